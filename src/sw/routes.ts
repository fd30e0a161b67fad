/**
 * Which requests the service worker handles, and how: pure predicates over URLs, tested with
 * plain `URL` objects. No Workbox, no Cache Storage here.
 */
import { LANG_PATH } from '../lib/domain/content/types';

/** A page load of the app (a navigation to `/`, `/vi/…` or `/en/…`) on our own origin. */
export function isAppNavigation(mode: RequestMode, url: URL, origin: string): boolean {
	if (mode !== 'navigate' || url.origin !== origin) return false;
	return url.pathname === '/' || LANG_PATH.test(url.pathname);
}

/** Photos, audio and the detail map: downloaded into an offline pack, never precached. */
export function isDownloadableMedia(url: URL, origin: string): boolean {
	return url.origin === origin && (url.pathname.startsWith('/content/media/') || url.pathname.startsWith('/content/basemap/'));
}

/** A build asset whose name carries its content hash, so a stored copy never goes stale. */
export function isHashedAsset(url: URL, origin: string): boolean {
	if (url.origin !== origin) return false;
	if (url.pathname.startsWith('/assets/')) return true;
	return /^\/(content|basemap)\/[^/]+\.[0-9a-f]{8,}\.(json|geojson|pmtiles)$/.test(url.pathname);
}

/** A compiled content bundle, search index or places GeoJSON. */
export function isContentBundle(url: URL, origin: string): boolean {
	return url.origin === origin && /^\/content\/[^/]+\.[0-9a-f]{8,}\.(json|geojson)$/.test(url.pathname);
}

/** Map style parts: glyph ranges, sprites and the overview tiles. */
export function isStyleOrGlyph(url: URL, origin: string): boolean {
	return url.origin === origin && url.pathname.startsWith('/basemap/');
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

export type ByteRange = { start: number; end: number };

/**
 * Reads a `Range: bytes=…` header against a file of `size` bytes. Returns the inclusive range,
 * `null` if there is no usable single range (serve the whole file) or `'unsatisfiable'`.
 * Map tiles (PMTiles) are read this way, so cached archives must answer with 206.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
	if (!header) return null;
	const m = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/.exec(header.trim());
	if (!m) return null;
	const [, a = '', b = ''] = m;
	if (a === '' && b === '') return null;
	if (a === '') {
		const suffix = Number(b);
		if (suffix === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}
	const start = Number(a);
	const end = b === '' ? size - 1 : Math.min(Number(b), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}
