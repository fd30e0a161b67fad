// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkFiles, deferScripts, screenModuleLinks, screenSources } from './prerender-assets.ts';

describe('screenSources', () => {
	it('finds the component of every screen a page can show, lazy or bilingual', () => {
		const sources = screenSources(readFileSync(join(process.cwd(), 'src/views/screens.svelte.ts'), 'utf8'));
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
			expect(() => readFileSync(join(process.cwd(), sources[name]!)), name).not.toThrow();
		}
		expect(sources.signs).toBe('src/views/signs/SignsView.svelte');
	});
});

describe('chunkFiles', () => {
	it("collects a chunk's JS with that of the chunks it imports, once each", () => {
		const manifest = {
			'src/views/place/PlaceView.svelte': { file: 'assets/PlaceView-1.js', imports: ['_photos', '_shared'] },
			_photos: { file: 'assets/photos-2.js', imports: ['_shared'] },
			_shared: { file: 'assets/shared-3.js' }
		};
		expect(chunkFiles(manifest, 'src/views/place/PlaceView.svelte')).toEqual([
			'/assets/PlaceView-1.js',
			'/assets/photos-2.js',
			'/assets/shared-3.js'
		]);
	});
});

describe('deferring the scripts of a prerendered page past its first paint', () => {
	const manifest = {
		'index.html': { file: 'assets/index-0.js', isEntry: true, imports: ['_runtime'] },
		'src/boot.ts': { file: 'assets/boot-8.js', isEntry: true },
		_runtime: { file: 'assets/runtime-9.js' },
		'src/views/place/PlaceView.svelte': { file: 'assets/PlaceView-1.js', imports: ['_photos', '_runtime'] },
		_photos: { file: 'assets/photos-2.js', imports: ['_runtime'] }
	};
	const page = [
		'<html><head><title>Thác Bản Giốc</title>',
		'<link rel="icon" href="/icons/icon.svg" type="image/svg+xml" />',
		'<link rel="manifest" href="/manifest.en.webmanifest" />',
		'<script type="module" crossorigin src="/assets/index-0.js"></script>',
		'<link rel="modulepreload" crossorigin href="/assets/runtime-9.js">',
		'<link rel="stylesheet" crossorigin href="/assets/style-5.css">',
		'</head><body><div id="app" data-prerendered><h1>Thác Bản Giốc</h1></div></body></html>'
	].join('\n');

	it("lists a screen's modules without those the entry already loads", () => {
		expect(screenModuleLinks(manifest, 'src/views/place/PlaceView.svelte')).toEqual([
			'<link rel="modulepreload" href="/assets/PlaceView-1.js" />',
			'<link rel="modulepreload" href="/assets/photos-2.js" />'
		]);
		expect(screenModuleLinks(manifest, 'src/views/Nowhere.svelte')).toEqual([]);
	});

	it('leaves only the stylesheet and the boot script to be fetched before the paint; the rest waits, inert, in the template', () => {
		const data = '<link rel="preload" as="fetch" crossorigin href="/content/pages/vi/ban-gioc.0123456789.json" />';
		const out = deferScripts(page, [...screenModuleLinks(manifest, 'src/views/place/PlaceView.svelte'), data], '/assets/boot-8.js');
		const doc = new DOMParser().parseFromString(out, 'text/html');
		// What the browser fetches while it parses: the head's own elements (a template's content is not in the
		// document). The icon is fetched when the browser finds time, and is tiny.
		const fetched = [...doc.head.querySelectorAll('script[src], link[href]:not([rel="icon"])')].map(
			(e) => e.getAttribute('src') ?? e.getAttribute('href')
		);
		expect(fetched).toEqual(['/assets/style-5.css', '/assets/boot-8.js']);
		const template = doc.getElementById('page-modules') as HTMLTemplateElement;
		expect(template.dataset.entry).toBe('/assets/index-0.js');
		expect([...template.content.querySelectorAll('link')].map((l) => [l.rel, l.getAttribute('href')])).toEqual([
			['manifest', '/manifest.en.webmanifest'],
			['modulepreload', '/assets/runtime-9.js'],
			['modulepreload', '/assets/PlaceView-1.js'],
			['modulepreload', '/assets/photos-2.js'],
			['preload', '/content/pages/vi/ban-gioc.0123456789.json']
		]);
		expect(doc.querySelector('#app h1')?.textContent).toBe('Thác Bản Giốc');
	});

	it('leaves a page without the entry script as it is', () => {
		const plain = '<html><head><title>x</title></head><body></body></html>';
		expect(deferScripts(plain, [], '/assets/boot-8.js')).toBe(plain);
	});
});
