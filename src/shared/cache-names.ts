/**
 * Every Cache Storage name the guide uses, defined once and shared by the page and the service
 * worker. Bump a version suffix only when the layout of that cache changes.
 */
export const CACHE_PREFIX = 'caobang';

export const CACHE_NAMES = {
	/** Workbox's precache: the app shell, both content bundles, search index, fonts, overview map. */
	precache: `${CACHE_PREFIX}-precache-v1`,
	/** Hashed assets fetched at run time that were not precached (e.g. by a page of a newer build). */
	assets: `${CACHE_PREFIX}-assets-v1`,
	/** Downloaded media (photos, audio, detail map) of the offline packs, every file verified. */
	media: `${CACHE_PREFIX}-offline-media-v1`,
	/** Where a download writes verified files before the pack is complete; never served. */
	incoming: `${CACHE_PREFIX}-offline-incoming-v1`
} as const;

/** Visited pages are kept per build: HTML of one build refers to that build's assets only. */
export const PAGES_CACHE_PREFIX = `${CACHE_PREFIX}-pages-`;

export function pagesCacheName(build: string): string {
	return `${PAGES_CACHE_PREFIX}${build}`;
}
