import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chunkFiles, screenSources } from './prerender-assets.ts';

describe('screenSources', () => {
	it('finds the component of every screen a page can show, lazy or bilingual', () => {
		const sources = screenSources(readFileSync(new URL('../src/views/screens.svelte.ts', import.meta.url), 'utf8'));
		for (const name of [
			'home',
			'place',
			'routes',
			'route',
			'service',
			'search',
			'saved',
			'offline',
			'about',
			'practical',
			'signs',
			'itinerary',
			'trip',
			'near',
			'page'
		]) {
			expect(sources[name], name).toMatch(/^src\/views\/.+\.svelte$/);
			expect(() => readFileSync(new URL(`../${sources[name]!}`, import.meta.url)), name).not.toThrow();
		}
		expect(sources.signs).toBe('src/views/signs/SignsView.svelte');
	});
});

describe('chunkFiles', () => {
	it("collects a chunk's CSS and JS with those of the chunks it imports, once each", () => {
		const manifest = {
			'src/views/place/PlaceView.svelte': {
				file: 'assets/PlaceView-1.js',
				css: ['assets/PlaceView-1.css'],
				imports: ['_photos', '_shared']
			},
			_photos: { file: 'assets/photos-2.js', css: ['assets/photos-2.css'], imports: ['_shared'] },
			_shared: { file: 'assets/shared-3.js' }
		};
		expect(chunkFiles(manifest, 'src/views/place/PlaceView.svelte')).toEqual({
			css: ['/assets/PlaceView-1.css', '/assets/photos-2.css'],
			js: ['/assets/PlaceView-1.js', '/assets/photos-2.js', '/assets/shared-3.js']
		});
	});
});
