/**
 * The basemap archives, read from memory: no HTTP range requests, so the map works from the
 * service worker's cache and from a plain static server alike.
 *
 * - The overview archive (~140 KB, precached with the app) is fetched once, whole.
 * - The optional detail archive is used only if the offline pack has put it in Cache
 *   Storage; the map never downloads it by itself.
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

/** The detail archive if the offline pack stored it, else undefined. Never touches the network. */
export async function findCachedDetail(url: string | undefined): Promise<Blob | undefined> {
	if (url === undefined || typeof caches === 'undefined') return undefined;
	try {
		const cached = await caches.match(url);
		return cached?.ok ? await cached.blob() : undefined;
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
