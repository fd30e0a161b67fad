import { describe, expect, it } from 'vitest';
import { buildIdOf, isAppNavigation, isDownloadableMedia, isHashedAsset, isServedFromPacks, pageCacheKey } from './routes';

const origin = 'https://guide.example';
const u = (path: string, base = origin) => new URL(path, base);

describe('isAppNavigation', () => {
	it('takes page loads of the root and of both languages', () => {
		for (const p of ['/', '/vi/', '/en/', '/vi', '/en/place/ban-gioc-waterfall', '/vi/search?q=ban', '/en/no-such-page']) {
			expect(isAppNavigation('navigate', u(p), origin)).toBe(true);
		}
	});
	it('takes the short address of a sign, which the app resolves (from the shell when offline)', () => {
		for (const p of ['/s/17', '/s/17/', '/s/999999']) expect(isAppNavigation('navigate', u(p), origin)).toBe(true);
		for (const p of ['/s/', '/s/abc', '/s/17/x', '/s/1234567']) expect(isAppNavigation('navigate', u(p), origin)).toBe(false);
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

describe('isServedFromPacks', () => {
	it('answers the map’s and the pages’ reads of media, but leaves the downloader’s requests to the network', () => {
		const detail = u('/content/basemap/caobang-detail.0123abcd.pmtiles');
		expect(isServedFromPacks(detail, 'default', origin)).toBe(true);
		// The downloader asks with `cache: 'no-store'`: a worker answering it would hold back an update.
		expect(isServedFromPacks(detail, 'no-store', origin)).toBe(false);
		expect(isServedFromPacks(u('/content/vi.0123456789.json'), 'default', origin)).toBe(false);
	});
});

describe('isHashedAsset', () => {
	it('recognises hashed build files', () => {
		expect(isHashedAsset(u('/assets/index-Dp39xpC7.js'), origin)).toBe(true);
		expect(isHashedAsset(u('/assets/maplibre-gl-worker-AbC123.mjs'), origin)).toBe(true);
		expect(isHashedAsset(u('/content/en.f1e1665c15.json'), origin)).toBe(true);
		expect(isHashedAsset(u('/basemap/overview.0a1b2c3d4e.pmtiles'), origin)).toBe(true);
		expect(isHashedAsset(u('/content/manifest.json'), origin)).toBe(false);
		expect(isHashedAsset(u('/sw.js'), origin)).toBe(false);
		expect(isHashedAsset(u('/assets/x.js', 'https://cdn.example'), origin)).toBe(false);
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
