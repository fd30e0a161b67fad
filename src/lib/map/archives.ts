/**
 * The basemap archives, read from memory: no HTTP range requests, so the map works from the
 * service worker's cache and from a plain static server alike.
 *
 * - The overview archive (~140 KB, precached with the app) is fetched once, whole.
 * - The optional detail archive is used only if an offline pack has stored it. The map never
 *   downloads it, nor opens Cache Storage: it asks a `PackFileReader`, which the composition
 *   root (state/instances.ts) wires to lib/offline, the one owner of the packs' caches.
 *
 * `registerArchives` adds the `pmtiles://` protocol to MapLibre once and makes
 * `pmtiles://overview` (and `pmtiles://detail`) point at these bytes.
 */
import * as maplibregl from 'maplibre-gl';
import { PMTiles, Protocol, type Source } from 'pmtiles';
export { BlobSource, BufferSource } from './pmtiles-sources';

export const OVERVIEW_KEY = 'overview';
export const DETAIL_KEY = 'detail';

let protocol: Protocol | null = null;
const loads = new Map<string, Promise<ArrayBuffer>>();

/** Fetches the overview archive once per page, whole. */
export function loadOverview(url: string): Promise<ArrayBuffer> {
	let load = loads.get(url);
	if (!load) {
		load = fetch(url)
			.then((res) => {
				if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
				return res.arrayBuffer();
			})
			.catch((err: unknown) => {
				loads.delete(url); // let a later visit try again
				throw err;
			});
		loads.set(url, load);
	}
	return load;
}

/** The port the map reads stored pack files through: the file, or undefined if no pack stored it. */
export type PackFileReader = (url: string) => Promise<Blob | undefined>;

/** The detail archive if an offline pack stored it, else undefined. Never touches the network. */
export async function findStoredDetail(url: string | undefined, read: PackFileReader | undefined): Promise<Blob | undefined> {
	if (url === undefined || read === undefined) return undefined;
	try {
		return await read(url);
	} catch {
		return undefined;
	}
}

/** Registers `pmtiles://` once and (re)points the archive keys at these sources. */
export function registerArchives(sources: Source[]): void {
	if (!protocol) {
		protocol = new Protocol();
		maplibregl.addProtocol('pmtiles', protocol.tile);
	}
	for (const source of sources) protocol.add(new PMTiles(source));
}
