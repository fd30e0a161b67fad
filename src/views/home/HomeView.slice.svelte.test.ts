/**
 * The home hydrates from its own slice of the bundle (domain/content/page-slice.ts) and stays on it while the
 * visitor filters, lists more rows or shows the services (App.svelte waits for the whole bundle only on the way to
 * another page). So the slice must draw the same home as the whole bundle, before and after each of those.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { homePageSlice } from '$lib/domain/content/page-slice';
import type { PlaceKind } from '$lib/domain/content/types';
import { makeBundle, makePlace, makeRoute, makeService, northOfCity } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import HomeView from './HomeView.svelte';

const kinds: PlaceKind[] = ['geosite', 'relic', 'culture'];
const places = Array.from({ length: 60 }, (_, i) =>
	makePlace({
		id: `place-${i}`,
		name: `Place ${i}`,
		kind: kinds[i % kinds.length]!,
		commune: `Commune ${i % 4}`,
		html: `<p>The story of place ${i}</p>`,
		hoursNote: 'Ask at the gate',
		access: 'By road',
		hours: i % 2 ? { rules: [{ days: ['mon', 'tue'], open: '07:00', close: '17:00' }] } : {},
		location: northOfCity(0.01 * i),
		sources: [{ url: `https://www.example.org/${i}`, checked: '2026-01-01' }]
	})
);
const routes = [
	makeRoute({ id: 'loop', name: 'Loop', html: '<p>A day along the loop</p>', stops: ['place-1', 'place-4', 'place-9'] }),
	makeRoute({ id: 'east', name: 'East', stops: ['place-2', 'place-5'] })
];
const services = Array.from({ length: 30 }, (_, i) =>
	makeService({ id: `stay-${i}`, name: `Stay ${i}`, html: '<p>Rooms</p>', places: [`place-${i}`], location: northOfCity(0.011 * i) })
);
const full = makeBundle({ places, routes, services });

afterEach(cleanup);

/** The home drawn from `bundle`, then after each of the visitor's steps; the HTML at each step. */
async function steps(bundle: typeof full): Promise<string[]> {
	const target = render(HomeView, { bundle });
	const seen = [target.innerHTML];
	// The filters and the list's buttons come one task after the page starts.
	await new Promise((resolve) => setTimeout(resolve, 0));
	flushSync();
	seen.push(target.innerHTML);
	const step = (act: () => void) => {
		act();
		flushSync();
		seen.push(target.innerHTML);
	};
	step(() => target.querySelector<HTMLButtonElement>('.show-more button')?.click());
	step(() => {
		const services = [...target.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((c) =>
			c.closest('label')?.textContent?.includes(i18n.t('map.services.toggle'))
		);
		services?.click();
	});
	step(() => {
		const select = target.querySelector<HTMLSelectElement>('select');
		if (!select) throw new Error('no route filter');
		select.value = 'loop';
		select.dispatchEvent(new Event('change', { bubbles: true }));
	});
	return seen;
}

describe("the home's slice of the bundle", () => {
	it('draws the same home as the whole bundle, and the same after listing more, the services and a route filter', async () => {
		for (const lang of ['en', 'vi'] as const) {
			i18n.setLanguage(lang);
			const bundle = { ...full, lang };
			const fromFull = await steps(bundle);
			cleanup();
			const fromSlice = await steps(homePageSlice(bundle));
			cleanup();
			expect(fromSlice).toEqual(fromFull);
			// Each step changed what the home shows (the steps did something).
			expect(new Set(fromFull).size).toBe(fromFull.length);
			expect(fromFull[0]).toContain('Summary of place-0');
			expect(fromFull[3]).toContain('Stay 3');
		}
	});

	it('leaves out the text of the pages, the sources and the trips', () => {
		const slice = homePageSlice(full);
		expect(slice.places).toHaveLength(places.length);
		expect(slice.places.every((p) => p.html === '' && p.sources.length === 0 && p.hoursNote === undefined)).toBe(true);
		expect(slice.places[0]?.summary).toBe('Summary of place-0');
		expect(slice.routes.map((r) => [r.id, r.html, r.stops])).toEqual(routes.map((r) => [r.id, '', r.stops]));
		expect(slice.services.every((s) => s.html === '' && s.location !== undefined)).toBe(true);
		expect(slice.pages).toEqual([]);
	});
});
