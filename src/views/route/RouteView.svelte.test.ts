/**
 * The route page tells a visitor how far each next stop is, and how sure that is: a road
 * distance (and driving time) only where a source gives one, else a straight line that says
 * it is not a road, else nothing at all when a stop has no known position.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { CAO_BANG_CITY, makeBundle, makePlace, makeRoute } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import RouteView from './RouteView.svelte';

const at = (dLat: number) => ({
	confidence: 'strong' as const,
	lat: CAO_BANG_CITY.lat + dLat,
	lon: CAO_BANG_CITY.lon,
	uncertaintyM: 50,
	source: 'test'
});

// 0.045° of latitude is 5.0 km on the ground.
const places = [
	makePlace({ id: 'a', name: 'Stop A', location: at(0) }),
	makePlace({ id: 'b', name: 'Stop B', location: at(0.1) }),
	makePlace({ id: 'c', name: 'Stop C', location: at(0.2) }),
	makePlace({ id: 'd', name: 'Stop D', location: at(0.245) }),
	makePlace({ id: 'e', name: 'Stop E', location: { confidence: 'none' } })
];
const route = makeRoute({
	id: 'test-route',
	name: 'Test route',
	stops: ['a', 'b', 'c', 'd', 'e'],
	legs: [
		{ from: 'a', to: 'b', km: 12, driveMin: 25, source: 'https://example.org/a-b' },
		{ from: 'b', to: 'c', km: 3.5, source: 'https://example.org/b-c' }
	]
});
const bundle = makeBundle({ places, routes: [route] });

/** The text under each stop of the list, in order ('' where none is shown). */
function legTexts(target: HTMLElement): string[] {
	return [...target.querySelectorAll('ol > li')].map((li) => li.querySelector('.leg')?.textContent?.replace('↓', '').trim() ?? '');
}

afterEach(() => {
	cleanup();
	i18n.setLanguage('vi');
});

describe('RouteView: the legs between stops', () => {
	it('says road distance and driving time where a source gives them, a straight line otherwise, nothing without positions', () => {
		i18n.setLanguage('en');
		const target = render(RouteView, { route, bundle });
		expect(target.querySelector('h1')?.textContent).toBe('Test route');
		expect(legTexts(target)).toEqual([
			'12 km by road · about 25 min driving',
			'3.5 km by road',
			'5 km in a straight line (road distance unknown)',
			'',
			''
		]);
		const unlocated = [...target.querySelectorAll('ol > li')][4];
		expect(unlocated?.textContent).toContain('location unknown');
	});

	it('speaks Vietnamese on the Vietnamese page', () => {
		i18n.setLanguage('vi');
		const target = render(RouteView, { route, bundle: { ...bundle, lang: 'vi' } });
		const [first, , third] = legTexts(target);
		expect(first).toBe('12 km đường bộ · khoảng 25 phút lái xe');
		expect(third).toBe('5 km đường chim bay (chưa rõ quãng đường bộ)');
	});

	it('links each stop to its page', () => {
		i18n.setLanguage('en');
		const target = render(RouteView, { route, bundle });
		const links = [...target.querySelectorAll<HTMLAnchorElement>('ol > li > a')].map((a) => [a.textContent, a.getAttribute('href')]);
		expect(links[0]).toEqual(['Stop A', '/en/place/a']);
		expect(links).toHaveLength(5);
	});
});
