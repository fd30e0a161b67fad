/**
 * Offline packs: what a pack contains, how much it weighs, what is already stored and what is
 * left to fetch. Pure: the downloader and the screen call these with what they found.
 *
 * The app shell, both content bundles, the search index and the overview map are precached by
 * the service worker and are in no pack. Packs hold the optional media of `ContentManifest.media`.
 */
import type { Bundle, MediaFile } from '../content/types.ts';
import type { StoreResult } from '../saved/ports.ts';

export type PackSpec = { id: 'province'; kind: 'province' } | { id: `route:${string}`; kind: 'route'; routeId: string };
export type PackId = PackSpec['id'];

export const provincePack: PackSpec = { id: 'province', kind: 'province' };

export function routePack(routeId: string): PackSpec {
	return { id: `route:${routeId}`, kind: 'route', routeId };
}

export function parsePackId(id: string): PackSpec | null {
	if (id === 'province') return provincePack;
	const m = /^route:([a-z0-9-]+)$/.exec(id);
	return m?.[1] ? routePack(m[1]) : null;
}

/** Owners (`place:<id>`, `service:<id>`, `route:<id>`) whose media a route pack carries. */
export function ownersForRoute(bundle: Bundle, routeId: string): Set<string> {
	const route = bundle.routes.find((r) => r.id === routeId);
	if (!route) return new Set();
	const stops = new Set(route.stops);
	const owners = new Set<string>([`route:${routeId}`, ...route.stops.map((id) => `place:${id}`)]);
	for (const s of bundle.services) {
		if (s.places.some((p) => stops.has(p))) owners.add(`service:${s.id}`);
	}
	return owners;
}

/** The files of a pack, each once, in manifest order. The whole province takes every file. */
export function packFiles(spec: PackSpec, bundle: Bundle, media: readonly MediaFile[]): MediaFile[] {
	const seen = new Set<string>();
	const owners = spec.kind === 'route' ? ownersForRoute(bundle, spec.routeId) : null;
	return media.filter((f) => {
		if (seen.has(f.url) || (owners && !owners.has(f.owner))) return false;
		seen.add(f.url);
		return true;
	});
}

export const totalBytes = (files: readonly MediaFile[]): number => files.reduce((sum, f) => sum + f.bytes, 0);

/** What the browser holds now: verified files of finished packs, and of an unfinished download. */
export type StoredFiles = { stored: ReadonlySet<string>; incoming: ReadonlySet<string> };

export type OfflinePlan = {
	packId: PackId;
	files: MediaFile[];
	totalBytes: number;
	/** Already in the offline packs (e.g. shared with another pack). */
	stored: MediaFile[];
	/** Downloaded and verified by an earlier, interrupted try: kept, not fetched again. */
	resumed: MediaFile[];
	toFetch: MediaFile[];
	/**
	 * Files to fetch of which an earlier try stored the first parts (`<url>.part-<offset>` in the
	 * incoming cache, large files only): the download resumes them from their last stored byte.
	 */
	partial: MediaFile[];
	fetchBytes: number;
};

/** Whether `path` is a stored part of the file `url` (the downloader's `<url>.part-<12 digits>`). */
const isPartOf = (path: string, url: string): boolean => path.startsWith(`${url}.part-`) && /^\d{12}$/.test(path.slice(url.length + 6));

export function planDownload(spec: PackSpec, files: readonly MediaFile[], have: StoredFiles): OfflinePlan {
	const stored = files.filter((f) => have.stored.has(f.url));
	const resumed = files.filter((f) => !have.stored.has(f.url) && have.incoming.has(f.url));
	const toFetch = files.filter((f) => !have.stored.has(f.url) && !have.incoming.has(f.url));
	const incoming = [...have.incoming];
	const partial = toFetch.filter((f) => incoming.some((p) => isPartOf(p, f.url)));
	return {
		packId: spec.id,
		files: [...files],
		totalBytes: totalBytes(files),
		stored,
		resumed,
		toFetch,
		partial,
		fetchBytes: totalBytes(toFetch)
	};
}

/** A pack whose every file was downloaded and verified. Kept in IndexedDB. */
export type PackRecord = {
	id: PackId;
	status: 'ready';
	urls: string[];
	bytes: number;
	/** The content version the pack was made for. */
	contentVersion: string;
	completedAt: string;
};

/**
 * The port the packs are kept through (IndexedDB in the app, a Map in tests). Like the saved
 * places' stores, failures come back as values (`StorageError`), never as exceptions.
 */
export interface PackStore {
	/** Every ready pack, in no particular order. */
	list(): Promise<StoreResult<PackRecord[]>>;
	/** Records a ready pack; recording it again replaces the earlier record. */
	put(record: PackRecord): Promise<StoreResult<void>>;
	/** Forgets a pack; forgetting one that is not recorded is not an error. */
	remove(id: PackId): Promise<StoreResult<void>>;
}

export type PackHealth = {
	/** Files of the pack that the browser no longer has (evicted, or cleared by hand). */
	missing: string[];
	/** Files the current content adds to the pack, not yet downloaded. */
	added: string[];
};

export function packHealth(record: PackRecord, stored: ReadonlySet<string>, currentFiles?: readonly MediaFile[]): PackHealth {
	const missing = record.urls.filter((u) => !stored.has(u));
	const added = (currentFiles ?? []).map((f) => f.url).filter((u) => !stored.has(u) && !record.urls.includes(u));
	return { missing, added };
}

/** Files to remove with a pack: those no other pack needs. */
export function urlsToDelete(id: PackId, records: readonly PackRecord[]): string[] {
	const others = new Set(records.filter((r) => r.id !== id).flatMap((r) => r.urls));
	const own = records.find((r) => r.id === id)?.urls ?? [];
	return own.filter((u) => !others.has(u));
}

export type StorageEstimate = { usage: number; quota: number };

/** Whether `bytes` more are likely to fit; undefined when the browser does not say. */
export function likelyFits(bytes: number, estimate: StorageEstimate | null): boolean | undefined {
	if (!estimate || estimate.quota <= 0) return undefined;
	return estimate.usage + bytes <= estimate.quota;
}

/** Compares a file's SHA-256 with the manifest's (hex, any case). */
export function hashMatches(expected: string, actual: string): boolean {
	return expected.length === 64 && expected.toLowerCase() === actual.toLowerCase();
}

export function toHex(digest: ArrayBuffer): string {
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
