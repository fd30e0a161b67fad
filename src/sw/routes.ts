/**
 * Which requests the service worker handles, and how: pure predicates over URLs, tested with
 * plain `URL` objects. No Workbox, no Cache Storage here.
 */
import { LANG_PATH } from '../lib/domain/content/types';

/** The short address a site's QR sign carries: `/s/17`. */
const SHORT_PATH = /^\/s\/\d{1,6}\/?$/;

/**
 * A page load of the app (a navigation to `/`, `/vi/…`, `/en/…`, or a sign's `/s/<code>`, which
 * the app resolves: offline from the shell) on our own origin.
 */
export function isAppNavigation(mode: RequestMode, url: URL, origin: string): boolean {
	if (mode !== 'navigate' || url.origin !== origin) return false;
	return url.pathname === '/' || LANG_PATH.test(url.pathname) || SHORT_PATH.test(url.pathname);
}

/** Photos, audio and the detail map: downloaded into an offline pack, never precached. */
export function isDownloadableMedia(url: URL, origin: string): boolean {
	return url.origin === origin && (url.pathname.startsWith('/content/media/') || url.pathname.startsWith('/content/basemap/'));
}

/**
 * A request the worker answers from the offline packs: media, but not the downloader's own
 * (`cache: 'no-store'`), which goes straight to the network. A fetch the worker handles holds
 * back a new worker's activation until it ends, so a download through it would keep the
 * visitor's "Reload" waiting for minutes; unhandled, Reload takes effect at once and the
 * download resumes from its stored parts on the new page.
 */
export function isServedFromPacks(url: URL, cache: RequestCache, origin: string): boolean {
	return isDownloadableMedia(url, origin) && cache !== 'no-store';
}

/** A build asset whose name carries its content hash, so a stored copy never goes stale. */
export function isHashedAsset(url: URL, origin: string): boolean {
	if (url.origin !== origin) return false;
	if (url.pathname.startsWith('/assets/')) return true;
	return /^\/(content|basemap)\/[^/]+\.[0-9a-f]{8,}\.(json|geojson|pmtiles)$/.test(url.pathname);
}

/**
 * The key a visited page is stored under: the path without query or hash. The server answers
 * `/vi/search?q=…` with the same HTML as `/vi/search`, so one copy serves every query.
 */
export function pageCacheKey(url: URL): string {
	return `${url.origin}${url.pathname}`;
}

/** A short, stable id of a build, from its precache list (the same list gives the same id). */
export function buildIdOf(entries: readonly (string | { url: string; revision?: string | null })[]): string {
	let h = 0x811c9dc5;
	for (const e of entries) {
		const s = typeof e === 'string' ? e : `${e.url}@${e.revision ?? ''}`;
		for (let i = 0; i < s.length; i++) {
			h ^= s.charCodeAt(i);
			h = Math.imul(h, 0x01000193) >>> 0;
		}
		h ^= 0x0a;
	}
	return h.toString(16).padStart(8, '0');
}
