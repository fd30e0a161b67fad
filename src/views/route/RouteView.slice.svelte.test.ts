/**
 * A route page hydrates from its own slice of the bundle (routePageSlice in domain/content/page-slice.ts): it must
 * draw the very same page as the whole guide, with every stop's "Around" opened too (the prerenderer compares only
 * the page as it is first drawn, folded), and must not carry entries far from the route's stops.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { routePageSlice } from '$lib/domain/content/page-slice';
import { makeBundle, makePlace, makeRoute, makeService, northOfCity } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import RouteView from './RouteView.svelte';

const at = northOfCity;
const stops = [
	makePlace({ id: 'first', name: 'First stop', html: '<p>The story of the first stop</p>', location: at(0) }),
	makePlace({ id: 'second', name: 'Second stop', location: at(0.5) }), // 55 km on: none of the stays is around it
	makePlace({ id: 'unlocated', name: 'Somewhere', location: { confidence: 'none' } })
];
const far = Array.from({ length: 100 }, (_, i) => makePlace({ id: `far-${i}`, name: `Far ${i}`, location: at(1 + i * 0.01) }));
const route = makeRoute({
	id: 'loop',
	name: 'Loop',
	html: '<p>A day along the loop</p>',
	stops: ['first', 'second', 'unlocated'],
	legs: [{ from: 'first', to: 'second', km: 12, driveMin: 25, source: 'https://www.example.org/leg' }]
});
const services = [
	// Named after a stop but 200 km away: listed however far.
	makeService({
		id: 'linked-far',
		name: 'Named after the first stop',
		kind: 'guide',
		html: '<p>Tours</p>',
		places: ['first'],
		location: at(2)
	}),
	makeService({ id: 'linked-unlocated', name: 'Named after somewhere', kind: 'restaurant', places: ['unlocated'] }),
	// Ten homestays near the first stop: six listed, "more" said from the seventh.
	...Array.from({ length: 10 }, (_, i) => makeService({ id: `stay-${i}`, name: `Stay ${i}`, location: at(0.01 * (i + 1)) })),
	...Array.from({ length: 300 }, (_, i) => makeService({ id: `far-stay-${i}`, name: `Far stay ${i}`, location: at(1.5 + i * 0.001) }))
];
const full = makeBundle({
	places: [...far.slice(0, 50), ...stops, ...far.slice(50)],
	routes: [route, makeRoute({ id: 'elsewhere', name: 'Elsewhere', stops: ['far-1', 'far-2'] })],
	services,
	pages: [{ id: 'about', title: 'About', summary: 'About the guide', html: '<p>About</p>', untranslated: false }]
});

/** The page with every stop's "Around" opened. */
function drawnOpen(bundle: typeof full): string {
	const target = render(RouteView, { route, bundle });
	for (const summary of target.querySelectorAll<HTMLElement>('details.around > summary')) summary.click();
	flushSync();
	return target.innerHTML;
}

afterEach(cleanup);

describe('the slice of the bundle a route page hydrates from', () => {
	it('draws the same page as the whole bundle, folded and with every "Around" opened, in both languages', () => {
		for (const lang of ['en', 'vi'] as const) {
			i18n.setLanguage(lang);
			const bundle = { ...full, lang };
			const slice = routePageSlice(bundle, 'loop')!;
			const folded = render(RouteView, { route, bundle }).innerHTML;
			cleanup();
			expect(render(RouteView, { route, bundle: slice }).innerHTML).toBe(folded);
			cleanup();
			const open = drawnOpen(bundle);
			cleanup();
			expect(drawnOpen(slice)).toBe(open);
			cleanup();
			expect(open).toContain('Stay 5');
			expect(open).not.toContain('Stay 6');
			expect(open).toContain('Named after the first stop');
			expect(open).toContain('Named after somewhere');
			expect(open).toContain(i18n.t('around.more'));
		}
	});

	it('leaves out what the page does not draw, so its size follows the route, not the guide', () => {
		const slice = routePageSlice(full, 'loop')!;
		expect(slice.places.map((p) => p.id)).toEqual(['first', 'second', 'unlocated']);
		expect(slice.places.every((p) => p.html === '' && p.summary === '')).toBe(true);
		expect(slice.routes.map((r) => r.id)).toEqual(['loop']);
		expect(slice.routes[0]?.html).toBe('<p>A day along the loop</p>');
		const ids = slice.services.map((s) => s.id);
		expect(ids.filter((id) => id.startsWith('stay-'))).toHaveLength(7);
		expect(ids.some((id) => id.startsWith('far-stay'))).toBe(false);
		expect(ids).toEqual(expect.arrayContaining(['linked-far', 'linked-unlocated']));
		expect(slice.services.find((s) => s.id === 'linked-far')?.html).toBe('');
		expect(slice.pages).toEqual([]);
		expect(routePageSlice(full, 'no-such-route')).toBeNull();
	});
});
