/**
 * The journeys a visitor depends on, run in one engine against the production build behind
 * nginx. Short on purpose: the Chromium suite (tests/e2e) is the deep one; this one proves the
 * same guide works in the engines iPhones and Firefox users carry.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor, waitForReady, type EnginePage } from './engine.ts';
import { Site } from './site.ts';
import { encodeItinerary } from '../../src/lib/domain/itinerary/link-codec.ts';

const LANGS = ['vi', 'en'] as const;
type Lang = (typeof LANGS)[number];
const other = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');
const PLACE = { id: 'ban-gioc-waterfall', path: 'place/ban-gioc-waterfall', name: { vi: 'Thác Bản Giốc', en: 'Bản Giốc Waterfall' } };
const ROUTE = { path: 'route/east-traditional-cultures', name: { vi: 'Trải nghiệm văn hóa bản địa', en: 'Traditional cultures' } };

/**
 * A trip as an operator shares it. Codes are stable by rule (content/retired-codes.yaml): 1 is
 * Bản Giốc waterfall and 13 the Pác Bó relic site, in every version of the guide.
 */
const TRIP = {
	title: 'Engines trip',
	operatorName: '',
	operatorPhone: '',
	days: [
		{ title: '', note: '', stops: [{ code: 1, note: 'Mang áo mưa' }] },
		{ title: '', note: '', stops: [{ code: 13, note: '' }] }
	]
};

/** Opens a shared itinerary link and checks it shows the same days, stops and notes. */
async function expectSharedTrip(page: EnginePage, fragment: string): Promise<void> {
	await page.goto(`/en/itinerary#${fragment}`);
	await waitForReady(page);
	await waitFor(page, 'the shared trip', `() => document.querySelectorAll('main section.day').length === 2`, [], 30_000);
	const text = await page.run<string>(`() => document.querySelector('main').textContent`);
	expect(text).toContain('Engines trip');
	expect(text).toContain('Mang áo mưa');
	expect(text).toContain(PLACE.name.en);
}

/** Waits for a hydrated screen in `lang` whose main heading contains `name`. */
async function expectScreen(page: EnginePage, lang: Lang, name: string): Promise<void> {
	await waitForReady(page);
	await waitFor(page, `a heading with "${name}"`, `(name) => document.querySelector('h1')?.textContent?.includes(name)`, [name]);
	expect(await page.run<string>(`() => document.documentElement.lang`)).toBe(lang);
}

/** Distinct colours in a PNG, decoded by the page itself (no image library in Node). */
const countColours = `async (b64) => {
	const bin = atob(b64);
	const bytes = new Uint8Array(bin.length);
	for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
	const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
	const canvas = document.createElement('canvas');
	canvas.width = bitmap.width;
	canvas.height = bitmap.height;
	const ctx = canvas.getContext('2d');
	ctx.drawImage(bitmap, 0, 0);
	const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
	const seen = new Set();
	for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
	return seen.size;
}`;

/**
 * The home screen shows the map drawn once tapped (a canvas of many colours) or, where the engine has no
 * WebGL 2, the list that stands in for it. Returns which one.
 */
async function expectMapOrList(page: EnginePage): Promise<'map' | 'list'> {
	await waitForReady(page);
	const webgl2 = await page.run<boolean>(`() => !!document.createElement('canvas').getContext('webgl2')`);
	const listed = `() => document.querySelectorAll('.map-list li').length`;
	if (!webgl2) {
		// The picture of the map stays until the visitor asks for the live map; then the notice says why there is none.
		await page.click('.static-open');
		await waitFor(page, 'the map notice', `() => !!document.querySelector('.notice[role=alert]')`);
		// Each kind lists its first rows (src/lib/domain/map/list-pages.ts): five kinds, 51 rows in the guide today.
		expect(await page.run<number>(listed)).toBeGreaterThan(30);
		return 'list';
	}
	// The home paints a picture of the map first; a tap starts the live map (unless the device already started it).
	const live = `() => document.querySelector('[data-map]')?.dataset.mapState === 'ready'`;
	if (!(await page.run<boolean>(live)) && (await page.run<boolean>(`() => !!document.querySelector('.static-open')`))) {
		await page.click('.static-open');
	}
	await waitFor(page, 'the map to be ready', live, [], 45_000);
	const colours = await page.run<number>(countColours, await page.screenshot('[data-map] canvas'));
	expect(colours, 'distinct colours on the map canvas').toBeGreaterThan(16);
	return 'map';
}

/** Whether IndexedDB holds a saved record for the place id. */
const storedSaved = `(id) => new Promise((done) => {
	const open = indexedDB.open('caobang-guide');
	open.onerror = () => done(false);
	open.onsuccess = () => {
		const db = open.result;
		const get = db.transaction('saved').objectStore('saved').get(id);
		get.onsuccess = () => (db.close(), done(!!get.result));
		get.onerror = () => (db.close(), done(false));
	};
})`;

/** Service worker in control and active: the precache (shell, bundles, overview map) is complete. */
async function waitForOfflineReady(page: EnginePage): Promise<void> {
	await waitFor(
		page,
		'the service worker to control the page',
		`async () => !!navigator.serviceWorker.controller && (await navigator.serviceWorker.ready).active?.state === 'activated'`,
		[],
		60_000
	);
}

/** Cold loads of a place page, a route page and the map home in both languages, network gone. */
async function expectOfflineLoads(page: EnginePage): Promise<void> {
	for (const lang of LANGS) {
		await page.goto(`/${lang}/${PLACE.path}`);
		await expectScreen(page, lang, PLACE.name[lang]);
		await page.goto(`/${lang}/${ROUTE.path}`);
		await expectScreen(page, lang, ROUTE.name[lang]);
		await page.goto(`/${lang}/`);
		await expectMapOrList(page);
		expect(await page.run<string>(`() => document.documentElement.lang`)).toBe(lang);
	}
}

export type EngineOptions = {
	launch: (baseUrl: string) => Promise<EnginePage>;
	/** The driver can take the network away itself (else only stopping the server cuts it). */
	driverOffline: boolean;
};

export function engineJourneys(label: string, { launch, driverOffline }: EngineOptions): void {
	describe(label, () => {
		const site = new Site();
		let page: EnginePage;

		beforeAll(async () => {
			await site.start();
			page = await launch(site.url);
			console.log(`${label}: ${page.name}`);
			// A first visit that stays on its page until the worker has installed, as a visitor reading
			// the page they scanned. WebKitGTK 2.50 leaves a registration 'installing' for the rest of the
			// session when its page navigates away while sw.js is being fetched (seen in about half of
			// the full runs: sw.js served, no precache request ever made); see docs/browsers.md.
			await page.goto(`/vi/${PLACE.path}`);
			await waitForOfflineReady(page);
		});
		afterAll(async () => {
			await page?.close();
			await site.stop();
		});

		it('a deep link in each language shows its text, hydrates, and the language switch keeps the place', async () => {
			for (const lang of LANGS) {
				await page.goto(`/${lang}/${PLACE.path}`);
				await expectScreen(page, lang, PLACE.name[lang]);
				await page.click('[data-lang-switch]');
				const to = other(lang);
				await waitFor(page, `/${to}/${PLACE.path}`, `(path) => location.pathname === path`, [`/${to}/${PLACE.path}`]);
				await expectScreen(page, to, PLACE.name[to]);
			}
		});

		it('search without tone marks finds the place', async () => {
			await page.goto('/vi/search');
			await waitForReady(page);
			await page.type('#search-q', 'ban gioc');
			const first = await waitFor<string>(page, 'a first search result', `() => document.querySelector('ol.hits li')?.textContent ?? ''`);
			expect(first).toContain(PLACE.name.vi);
		});

		it('a saved place is still saved after a reload', async () => {
			const save = '.saved-actions button:first-of-type';
			const pressed = `(sel) => document.querySelector(sel)?.getAttribute('aria-pressed')`;
			await page.goto(`/en/${PLACE.path}`);
			await waitForReady(page);
			expect(await page.run<string>(`(sel) => document.querySelector(sel).textContent`, save)).toContain('Save');
			expect(await page.run(pressed, save)).toBe('false');
			await page.click(save);
			await waitFor(page, 'the save button to be pressed', `(sel) => (${pressed})(sel) === 'true'`, [save]);
			// The button turns at the tap; the record is written a moment later (a reload before then loses it).
			await waitFor(page, 'the saved place in IndexedDB', storedSaved, [PLACE.id]);
			await page.reload();
			await waitForReady(page);
			await waitFor(page, 'the place to be saved after a reload', `(sel) => (${pressed})(sel) === 'true'`, [save]);
		});

		it('the map draws, or the list takes over where WebGL 2 is missing', async () => {
			await page.goto('/en/');
			console.log(`${label}: home shows the ${await expectMapOrList(page)}`);
		});

		it('after one visit, with the server gone (connection refused), place, route and map pages load in both languages', async () => {
			await page.goto(`/vi/${PLACE.path}`);
			await waitForOfflineReady(page);
			await site.stop();
			try {
				await expectOfflineLoads(page);
			} finally {
				await site.start();
			}
		});

		it('an itinerary link opens the same trip, online and with the server gone, and shows its QR code', async () => {
			const fragment = await encodeItinerary(TRIP);
			await expectSharedTrip(page, fragment);
			await page.run(`() => [...document.querySelectorAll('button')].find((b) => b.textContent.includes('Show QR code')).click()`);
			await waitFor(page, 'the QR code', `() => !!document.querySelector('dialog[open] svg path')`);
			await waitForOfflineReady(page);
			await site.stop();
			try {
				await expectSharedTrip(page, fragment);
			} finally {
				await site.start();
			}
		});

		it.runIf(driverOffline)('after one visit, with the browser offline, the same pages load', async () => {
			await page.goto(`/en/${PLACE.path}`);
			await waitForOfflineReady(page);
			await page.setOffline!(true);
			try {
				await expectOfflineLoads(page);
			} finally {
				await page.setOffline!(false);
			}
		});
	});
}
