/**
 * Reading the packs' Cache Storage (writing it is the downloader's job). `lib/offline` is the one
 * owner of those caches: the offline state lists and deletes through these functions, and the map
 * gets `readPackFile` from the composition root as a port, so neither opens a cache itself.
 */
import { CACHE_NAMES } from '$shared/cache-names';
import type { CacheStorageLike } from './downloader';

/** The site path of a cached request's URL (the manifest names files by path, the cache by full URL). */
export const pathOf = (url: string): string => (url.startsWith('/') ? url : new URL(url).pathname);

/** The paths stored in one of the packs' caches. */
export async function storedPaths(caches: CacheStorageLike, cacheName: string): Promise<ReadonlySet<string>> {
	const cache = await caches.open(cacheName);
	return new Set((await cache.keys()).map((r) => pathOf(r.url)));
}

/** Deletes these files from the packs' cache (those no other pack needs, see `urlsToDelete`). */
export async function deletePackFiles(caches: CacheStorageLike, urls: readonly string[]): Promise<void> {
	const cache = await caches.open(CACHE_NAMES.media);
	for (const url of urls) await cache.delete(url);
}

/** A file an offline pack stored, or undefined (not stored, or no Cache Storage here). Never touches the network. */
export async function readPackFile(caches: CacheStorageLike | undefined, url: string): Promise<Blob | undefined> {
	if (!caches) return undefined;
	try {
		const cached = await (await caches.open(CACHE_NAMES.media)).match(url);
		return cached?.ok ? await cached.blob() : undefined;
	} catch {
		return undefined;
	}
}
