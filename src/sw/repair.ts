/**
 * The worker's own copy of the app after the browser evicted Cache Storage: which precached files
 * are gone, and putting them back. Workbox only refills a precache on install, and without the
 * files the guide no longer opens offline, so the page asks (`PRECACHE_STATUS`) and, on the
 * visitor's tap, repairs (`PRECACHE_REPAIR`).
 *
 * A repair must never mix versions: a file whose name carries its hash (`revision: null`) is the
 * same file wherever it is fetched; any other file is stored only if its MD5 equals the revision
 * Workbox's build gave it. When the server already has a newer version, such a file is not stored
 * and the answer says `newer`: the page then offers the update, whose install precaches it whole.
 */
import { md5 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** One precached file: the URL to fetch, the key Workbox keeps it under, and its revision. */
export type PrecacheItem = { url: string; cacheKey: string; revision: string | null };

export type CacheOf = {
	match(key: string): Promise<Response | undefined>;
	put(key: string, res: Response): Promise<void>;
};

export type RepairResult = { missing: number; newer: boolean };

/** The files of the precache list that the cache no longer holds. */
export async function missingItems(cache: CacheOf, items: readonly PrecacheItem[]): Promise<PrecacheItem[]> {
	const missing: PrecacheItem[] = [];
	for (const item of items) if (!(await cache.match(item.cacheKey))) missing.push(item);
	return missing;
}

/**
 * Fetches the missing files again and stores each one that is this version's. Never throws: a
 * file that cannot be fetched stays missing and is counted in the answer.
 */
export async function repairItems(
	cache: CacheOf,
	items: readonly PrecacheItem[],
	fetchFile: (url: string) => Promise<Response>
): Promise<RepairResult> {
	let newer = false;
	for (const item of await missingItems(cache, items)) {
		try {
			const res = await fetchFile(item.url);
			if (!res.ok || res.status !== 200) continue;
			const bytes = new Uint8Array(await res.arrayBuffer());
			if (item.revision !== null && bytesToHex(md5(bytes)) !== item.revision) {
				newer = true;
				continue;
			}
			// A new Response: a redirected one cannot be served to a navigation.
			await cache.put(item.cacheKey, new Response(bytes, { status: 200, headers: res.headers }));
		} catch {
			// Offline, or the server is unreachable: the file stays missing and is counted below.
		}
	}
	return { missing: (await missingItems(cache, items)).length, newer };
}
