/**
 * The promise behind "ready offline": every file the guide needs without a network is in the
 * service worker's precache. `requiredOfflineAssets` lists them from what is in dist/;
 * `missingFromPrecache` compares that list with the injected manifest. Pure: tested without a build.
 */
import { LANGS, type ContentManifest } from '../../src/lib/domain/content/types.ts';

export type DistListing = {
	/** Every file in dist/, as a path relative to it with forward slashes. */
	files: readonly string[];
	content: ContentManifest;
	/** `src` of every icon in manifest.webmanifest (icons and shortcut icons). */
	webManifestIcons: readonly string[];
	/** Every label the app draws on the overview map (place names in both languages). */
	labels: readonly string[];
};

export type Required = {
	/** Site-absolute URLs (`/assets/index-abc.js`) that must be precached. */
	urls: string[];
	/** Files the map or the app needs that are not even in dist/. */
	missingFromDist: string[];
};

/** A prerendered page of a language (`/vi/place/x/index.html`), not the language's root. */
const LANG_PAGE = new RegExp(`^/(${LANGS.join('|')})/.+`);

const url = (path: string) => (path.startsWith('/') ? path : `/${path}`);

/** The glyph range files (`0-255`, `7680-7935`) needed to draw the given labels. */
export function glyphRangesFor(labels: readonly string[]): string[] {
	const starts = new Set<number>();
	for (const label of labels) {
		for (const ch of label.normalize('NFC')) {
			const cp = ch.codePointAt(0) ?? 0;
			if (cp > 0xffff) continue; // glyph PBFs stop at U+FFFF
			starts.add(Math.floor(cp / 256) * 256);
		}
	}
	return [...starts].sort((a, b) => a - b).map((s) => `${s}-${s + 255}`);
}

export function requiredOfflineAssets(listing: DistListing): Required {
	const files = new Set(listing.files);
	const required = new Set<string>(['/shell.html', '/index.html', '/manifest.webmanifest', '/content/manifest.json']);
	const c = listing.content;
	for (const u of [...Object.values(c.bundles), c.search, ...(c.roads ? [c.roads] : [])]) required.add(url(u));
	for (const f of listing.files) {
		if (/^assets\/.+\.(js|mjs|css)$/.test(f)) required.add(url(f));
		if (/^fonts\/[^/]+\.woff2$/.test(f)) required.add(url(f));
		if (/^content\/photos\/.+\.webp$/.test(f)) required.add(url(f));
		if (/^manifest\.[a-z]+\.webmanifest$/.test(f)) required.add(url(f));
		if (/^basemap\/.+\.pmtiles$/.test(f)) required.add(url(f));
		if (/^basemap\/sprites\/[^/]+\.(json|png)$/.test(f)) required.add(url(f));
		if (/^basemap\/glyphs\/[^/]+\/\d+-\d+\.pbf$/.test(f)) required.add(url(f));
	}
	for (const icon of listing.webManifestIcons) required.add(url(icon));

	// Every font stack shipped must cover every character of every label drawn offline.
	const stacks = [...new Set(listing.files.flatMap((f) => /^basemap\/glyphs\/([^/]+)\/\d+-\d+\.pbf$/.exec(f)?.[1] ?? []))];
	const ranges = glyphRangesFor(listing.labels);
	const missingFromDist: string[] = [];
	for (const stack of stacks) {
		for (const range of ranges) {
			const file = `basemap/glyphs/${stack}/${range}.pbf`;
			if (!files.has(file)) missingFromDist.push(url(file));
		}
	}
	for (const u of required) {
		if (!files.has(u.slice(1))) missingFromDist.push(u);
	}
	return { urls: [...required].sort(), missingFromDist: [...new Set(missingFromDist)].sort() };
}

/** Required URLs that the injected precache manifest does not list. */
export function missingFromPrecache(required: readonly string[], precached: readonly string[]): string[] {
	const have = new Set(precached.map((u) => url(decodeURI(u))));
	return required.filter((u) => !have.has(u));
}

/** Files that must never be precached (too many or too large): pages and downloadable media. */
export function wronglyPrecached(precached: readonly string[]): string[] {
	return precached.map(url).filter((u) => LANG_PAGE.test(u) || u.startsWith('/content/media/') || u.startsWith('/content/basemap/'));
}

export type SizeGroup = { group: string; files: number; raw: number; gzip: number };

/** Which line of the size report a precached file belongs to. */
export function sizeGroupOf(path: string): string {
	const p = url(path);
	if (p.endsWith('.html')) return 'HTML (shell, chooser)';
	if (p.startsWith('/assets/') && /\.(js|mjs)$/.test(p)) return 'JavaScript';
	if (p.endsWith('.css')) return 'CSS';
	if (p.startsWith('/content/photos/')) return 'photos (first of each place)';
	if (/^\/content\/search\./.test(p)) return 'search index';
	if (/^\/content\/roads\./.test(p)) return 'road distances and lines';
	if (LANGS.some((l) => p.startsWith(`/content/${l}.`))) return 'content bundles';
	if (p.startsWith('/content/')) return 'content other (GeoJSON, manifest)';
	if (p.endsWith('.woff2')) return 'fonts';
	if (p.endsWith('.pmtiles')) return 'overview map (PMTiles)';
	if (p.startsWith('/basemap/glyphs/')) return 'map glyphs';
	if (p.startsWith('/basemap/')) return 'map sprites and style';
	if (p.startsWith('/icons/')) return 'icons';
	if (p.endsWith('.webmanifest')) return 'web app manifest';
	return 'other';
}
