/**
 * A place page opened from a QR code hydrates from the slice of the bundle embedded in it
 * (domain/content/page-slice.ts). The slice must draw the very same page as the whole guide,
 * however big the guide is, and must not grow with entries far from the place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { placePageSlice } from '$lib/domain/content/page-slice';
import { makeBundle, makePlace, makeRoute, makeService, northOfCity } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import PlaceView from './PlaceView.svelte';

const at = northOfCity;
// Ten places within 10 km (the page lists the six nearest), then 200 far away (≥ 110 km).
const close = Array.from({ length: 10 }, (_, i) =>
	makePlace({ id: `near-${i}`, name: `Near ${i}`, html: `<p>The story of Near ${i}</p>`, location: at(0.01 * (i + 1)) })
);
const far = Array.from({ length: 200 }, (_, i) => makePlace({ id: `far-${i}`, name: `Far ${i}`, location: at(1 + i * 0.01) }));
const here = makePlace({ id: 'here', name: 'Here', location: at(0) });
const routes = [
	makeRoute({
		id: 'loop',
		name: 'Loop',
		html: '<p>A day along the loop</p>',
		stops: ['far-3', 'here', 'far-7'],
		legs: [{ from: 'far-3', to: 'here', km: 12, driveMin: 25, source: 'https://www.example.org/leg' }]
	}),
	makeRoute({ id: 'elsewhere', name: 'Elsewhere', stops: ['far-1', 'far-2'] })
];
const services = [
	makeService({ id: 'linked-far', name: 'Named after Here', kind: 'guide', html: '<p>Tours</p>', places: ['here'], location: at(2) }),
	...Array.from({ length: 8 }, (_, i) => makeService({ id: `stay-${i}`, name: `Stay ${i}`, location: at(0.02 * (i + 1)) })),
	...Array.from({ length: 300 }, (_, i) => makeService({ id: `far-stay-${i}`, name: `Far stay ${i}`, location: at(1.5 + i * 0.001) }))
];
const full = makeBundle({ places: [...far.slice(0, 100), here, ...close, ...far.slice(100)], routes, services });

afterEach(cleanup);

describe('the slice of the bundle a place page carries', () => {
	it('draws the same page as the whole bundle, in both languages', () => {
		for (const lang of ['en', 'vi'] as const) {
			i18n.setLanguage(lang);
			const bundle = { ...full, lang };
			const slice = placePageSlice(bundle, 'here')!;
			const fromFull = render(PlaceView, { place: here, bundle }).innerHTML;
			cleanup();
			const fromSlice = render(PlaceView, { place: here, bundle: slice }).innerHTML;
			expect(fromSlice).toBe(fromFull);
			expect(fromFull).toContain('Near 5');
			expect(fromFull).toContain('Far 7');
			expect(fromFull).toContain('Named after Here');
			cleanup();
		}
	});

	it('leaves out what the page does not draw, so its size does not follow the guide', () => {
		const slice = placePageSlice(full, 'here')!;
		expect(slice.places.map((p) => p.id).sort()).toEqual(['far-3', 'far-7', 'here', ...close.slice(0, 6).map((p) => p.id)].sort());
		expect(slice.routes.map((r) => r.id)).toEqual(['loop']);
		expect(slice.services.some((s) => s.id.startsWith('far-stay'))).toBe(false);
		expect(slice.services.map((s) => s.id)).toContain('linked-far');
		expect(slice.pages).toEqual([]);
		expect(slice.places.find((p) => p.id === 'near-0')?.html).toBe('');
	});

	it('carries the relic site a point belongs to, and the points of a site, however far they are', () => {
		const site = makePlace({ id: 'site', name: 'Special site', html: '<p>The site</p>', location: at(0) });
		const points = [
			makePlace({ id: 'point-near', name: 'Point near', partOf: 'site', location: at(0.005) }),
			makePlace({ id: 'point-far', name: 'Point far', partOf: 'site', location: at(3) })
		];
		const bundle = { ...makeBundle({ places: [...far, site, ...points] }), lang: 'en' as const };
		i18n.setLanguage('en');
		for (const [place, expected] of [
			[site, 'Point far'],
			[points[1]!, 'Special site']
		] as const) {
			const fromFull = render(PlaceView, { place, bundle }).innerHTML;
			cleanup();
			const fromSlice = render(PlaceView, { place, bundle: placePageSlice(bundle, place.id)! }).innerHTML;
			cleanup();
			expect(fromFull).toContain(expected);
			expect(fromSlice).toBe(fromFull);
		}
	});

	it('is null for a place the bundle does not have', () => {
		expect(placePageSlice(full, 'nowhere')).toBeNull();
	});
});
