import { describe, expect, it } from 'vitest';
import type { ContentManifest } from '../../src/lib/domain/content/types.ts';
import {
	glyphRangesFor,
	missingFromPrecache,
	requiredOfflineAssets,
	sizeGroupOf,
	wronglyPrecached,
	type DistListing
} from './check-precache.ts';

const content: ContentManifest = {
	version: 'abc',
	bundles: { vi: '/content/vi.0123456789.json', en: '/content/en.0123456789.json' },
	search: '/content/search.0123456789.json',
	roads: '/content/roads.0123456789.json',
	media: []
};

function createListing(overrides: Partial<DistListing> = {}): DistListing {
	return {
		files: [
			'shell.html',
			'index.html',
			'manifest.webmanifest',
			'sw.js',
			'vi/index.html',
			'vi/place/ban-gioc-waterfall/index.html',
			'assets/index-AbC.js',
			'assets/index-AbC.css',
			'assets/map-XyZ.js',
			'assets/maplibre-gl-worker-Qq1.mjs',
			'assets/logo-1.svg',
			'content/manifest.json',
			'content/vi.0123456789.json',
			'content/en.0123456789.json',
			'content/search.0123456789.json',
			'content/roads.0123456789.json',
			'content/media/places/a/cover.12345678.jpg',
			'fonts/noto.woff2',
			'fonts/OFL.txt',
			'icons/icon-192.png',
			'icons/icon-512.png',
			'basemap/overview.0a1b2c3d4e.pmtiles',
			'basemap/glyphs/Noto Sans Regular/0-255.pbf',
			'basemap/glyphs/Noto Sans Regular/256-511.pbf',
			'basemap/glyphs/Noto Sans Regular/7680-7935.pbf',
			'basemap/glyphs/LICENSE.md',
			'basemap/sprites/caobang.json',
			'basemap/sprites/caobang.png'
		],
		content,
		webManifestIcons: ['/icons/icon-192.png', '/icons/icon-512.png'],
		labels: ['Thác Bản Giốc', 'Pác Bó'],
		...overrides
	};
}

describe('glyphRangesFor', () => {
	it('finds the 256-character blocks a label needs', () => {
		expect(glyphRangesFor(['Ban Gioc'])).toEqual(['0-255']);
		// ả is U+1EA3, Đ is U+0110, ’ is U+2019
		expect(glyphRangesFor(['Thác Bản Giốc', 'Đền', 'Ban Gioc’s'])).toEqual(['0-255', '256-511', '7680-7935', '8192-8447']);
	});
	it('reads decomposed text as the precomposed characters the map draws', () => {
		expect(glyphRangesFor(['Ba\u0309n'])).toEqual(['0-255', '7680-7935']);
	});
});

describe('requiredOfflineAssets', () => {
	it('lists the shell, both bundles, search, roads, GeoJSON, every script and style, fonts, map files and icons', () => {
		const { urls, missingFromDist } = requiredOfflineAssets(createListing());
		expect(urls).toEqual(
			[
				'/shell.html',
				'/index.html',
				'/manifest.webmanifest',
				'/content/manifest.json',
				'/content/vi.0123456789.json',
				'/content/en.0123456789.json',
				'/content/search.0123456789.json',
				'/content/roads.0123456789.json',
				'/assets/index-AbC.js',
				'/assets/index-AbC.css',
				'/assets/map-XyZ.js',
				'/assets/maplibre-gl-worker-Qq1.mjs',
				'/fonts/noto.woff2',
				'/icons/icon-192.png',
				'/icons/icon-512.png',
				'/basemap/overview.0a1b2c3d4e.pmtiles',
				'/basemap/glyphs/Noto Sans Regular/0-255.pbf',
				'/basemap/glyphs/Noto Sans Regular/256-511.pbf',
				'/basemap/glyphs/Noto Sans Regular/7680-7935.pbf',
				'/basemap/sprites/caobang.json',
				'/basemap/sprites/caobang.png'
			].sort()
		);
		expect(missingFromDist).toEqual([]);
	});

	it('never asks for prerendered pages or downloadable media', () => {
		const { urls } = requiredOfflineAssets(createListing());
		expect(urls.filter((u) => u.startsWith('/vi/') || u.startsWith('/content/media/'))).toEqual([]);
	});

	it('asks for the small WebP of each place’s first photo, but for no other photo file', () => {
		const photo = 'content/photos/ban-gioc-waterfall/cover-480.0123456789.webp';
		const { urls } = requiredOfflineAssets(
			createListing({ files: [...createListing().files, photo, 'content/media/places/ban-gioc-waterfall/cover-960.0123456789.webp'] })
		);
		expect(urls.filter((u) => u.includes('/cover'))).toEqual([`/${photo}`]);
		expect(sizeGroupOf(`/${photo}`)).toBe('photos (first of each place)');
	});

	it('reports a glyph range a label needs that the build does not ship', () => {
		const { missingFromDist } = requiredOfflineAssets(createListing({ labels: ['Ban Gioc’s'] }));
		expect(missingFromDist).toEqual(['/basemap/glyphs/Noto Sans Regular/8192-8447.pbf']);
	});

	it('reports a bundle or icon that is not in dist/', () => {
		const files = createListing().files.filter((f) => f !== 'content/en.0123456789.json');
		const { missingFromDist } = requiredOfflineAssets(createListing({ files, webManifestIcons: ['/icons/icon-maskable-512.png'] }));
		expect(missingFromDist).toEqual(['/content/en.0123456789.json', '/icons/icon-maskable-512.png']);
	});
});

describe('missingFromPrecache', () => {
	it('is empty when everything is precached, with or without a leading slash or URL encoding', () => {
		expect(
			missingFromPrecache(
				['/a.js', '/basemap/glyphs/Noto Sans Regular/0-255.pbf'],
				['a.js', '/basemap/glyphs/Noto%20Sans%20Regular/0-255.pbf']
			)
		).toEqual([]);
	});
	it('names every required file the manifest lacks', () => {
		expect(missingFromPrecache(['/shell.html', '/content/en.1.json', '/assets/x.mjs'], ['/shell.html'])).toEqual([
			'/content/en.1.json',
			'/assets/x.mjs'
		]);
	});
});

describe('wronglyPrecached', () => {
	it('flags prerendered pages and downloadable media', () => {
		expect(
			wronglyPrecached(['/shell.html', '/vi/place/x/index.html', 'content/media/a.jpg', '/content/basemap/d.pmtiles', '/index.html'])
		).toEqual(['/vi/place/x/index.html', '/content/media/a.jpg', '/content/basemap/d.pmtiles']);
	});
});

describe('sizeGroupOf', () => {
	it('puts each file on one line of the report', () => {
		expect(sizeGroupOf('assets/index-AbC.js')).toBe('JavaScript');
		expect(sizeGroupOf('/assets/w.mjs')).toBe('JavaScript');
		expect(sizeGroupOf('/content/vi.0123456789.json')).toBe('content bundles');
		expect(sizeGroupOf('/content/search.0123456789.json')).toBe('search index');
		expect(sizeGroupOf('/content/roads.0123456789.json')).toBe('road distances and lines');
		expect(sizeGroupOf('/basemap/overview.0a1b2c3d4e.pmtiles')).toBe('overview map (PMTiles)');
		expect(sizeGroupOf('/basemap/glyphs/Noto Sans Regular/0-255.pbf')).toBe('map glyphs');
		expect(sizeGroupOf('/shell.html')).toBe('HTML (shell, chooser)');
	});
});
