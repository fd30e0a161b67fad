import { describe, expect, it } from 'vitest';
import {
	buildIdOf,
	isAppNavigation,
	isContentBundle,
	isDownloadableMedia,
	isHashedAsset,
	isStyleOrGlyph,
	pageCacheKey,
	parseRange
} from './routes';

const origin = 'https://guide.example';
const u = (path: string, base = origin) => new URL(path, base);

describe('isAppNavigation', () => {
	it('takes page loads of the root and of both languages', () => {
		for (const p of ['/', '/vi/', '/en/', '/vi', '/en/place/ban-gioc-waterfall', '/vi/search?q=ban', '/en/no-such-page']) {
			expect(isAppNavigation('navigate', u(p), origin)).toBe(true);
		}
	});
	it('leaves other paths, other origins and non-navigations to the network', () => {
		expect(isAppNavigation('navigate', u('/sitemap.xml'), origin)).toBe(false);
		expect(isAppNavigation('navigate', u('/video'), origin)).toBe(false);
		expect(isAppNavigation('navigate', u('/vi/', 'https://other.example'), origin)).toBe(false);
		expect(isAppNavigation('cors', u('/vi/'), origin)).toBe(false);
		expect(isAppNavigation('no-cors', u('/en/place/x'), origin)).toBe(false);
	});
});

describe('isDownloadableMedia', () => {
	it('matches photos, audio and the detail map', () => {
		expect(isDownloadableMedia(u('/content/media/places/ban-gioc-waterfall/cover.1a2b3c4d.jpg'), origin)).toBe(true);
		expect(isDownloadableMedia(u('/content/basemap/detail.pmtiles'), origin)).toBe(true);
	});
	it('does not match bundles, the overview map or other origins', () => {
		expect(isDownloadableMedia(u('/content/vi.0123456789.json'), origin)).toBe(false);
		expect(isDownloadableMedia(u('/basemap/overview.0123abcd.pmtiles'), origin)).toBe(false);
		expect(isDownloadableMedia(u('/content/media/x.jpg', 'https://cdn.example'), origin)).toBe(false);
	});
});

describe('isHashedAsset / isContentBundle / isStyleOrGlyph', () => {
	it('recognises hashed build files', () => {
		expect(isHashedAsset(u('/assets/index-Dp39xpC7.js'), origin)).toBe(true);
		expect(isHashedAsset(u('/assets/maplibre-gl-worker-AbC123.mjs'), origin)).toBe(true);
		expect(isHashedAsset(u('/content/en.f1e1665c15.json'), origin)).toBe(true);
		expect(isHashedAsset(u('/basemap/overview.0a1b2c3d4e.pmtiles'), origin)).toBe(true);
		expect(isHashedAsset(u('/content/manifest.json'), origin)).toBe(false);
		expect(isHashedAsset(u('/sw.js'), origin)).toBe(false);
		expect(isHashedAsset(u('/assets/x.js', 'https://cdn.example'), origin)).toBe(false);
	});
	it('tells content bundles apart from the manifest and media', () => {
		expect(isContentBundle(u('/content/search.e26c41f60e.json'), origin)).toBe(true);
		expect(isContentBundle(u('/content/places.677af338c2.geojson'), origin)).toBe(true);
		expect(isContentBundle(u('/content/manifest.json'), origin)).toBe(false);
		expect(isContentBundle(u('/content/media/places/a/b.1234abcd.jpg'), origin)).toBe(false);
	});
	it('recognises glyphs, sprites and the overview archive', () => {
		expect(isStyleOrGlyph(u('/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf'), origin)).toBe(true);
		expect(isStyleOrGlyph(u('/basemap/sprites/caobang@2x.png'), origin)).toBe(true);
		expect(isStyleOrGlyph(u('/assets/index.js'), origin)).toBe(false);
	});
});

describe('pageCacheKey', () => {
	it('drops the query and the hash', () => {
		expect(pageCacheKey(u('/vi/search?q=ban+gioc#r'))).toBe(`${origin}/vi/search`);
		expect(pageCacheKey(u('/en/place/x'))).toBe(`${origin}/en/place/x`);
	});
});

describe('buildIdOf', () => {
	it('is stable for the same list and changes when any revision changes', () => {
		const a = [
			{ url: '/shell.html', revision: '1' },
			{ url: '/assets/a-1.js', revision: null }
		];
		expect(buildIdOf(a)).toBe(buildIdOf(a.map((e) => ({ ...e }))));
		expect(buildIdOf(a)).not.toBe(buildIdOf([{ url: '/shell.html', revision: '2' }, a[1]!]));
		expect(buildIdOf(a)).toMatch(/^[0-9a-f]{8}$/);
	});
});

describe('parseRange', () => {
	it('reads open, closed and suffix ranges', () => {
		expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
		expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
		expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
		expect(parseRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
	});
	it('serves the whole file without a usable header', () => {
		expect(parseRange(null, 10)).toBeNull();
		expect(parseRange('items=0-1', 10)).toBeNull();
		expect(parseRange('bytes=0-1,4-5', 10)).toBeNull();
	});
	it('refuses ranges outside the file', () => {
		expect(parseRange('bytes=10-20', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=5-2', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
	});
});
