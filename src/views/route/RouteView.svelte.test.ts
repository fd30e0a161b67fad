/**
 * The route page tells a visitor how far each next stop is, and how sure that is: a road
 * distance a source gives (with the source), else the road distance and driving time measured
 * on OpenStreetMap 2021, "close by" where two stops are nearer than their positions are known,
 * a straight line that says it is not a road where a stop is not on the road map, and nothing
 * at all when a stop has no known position.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { roads } from '$lib/state/instances';
import { i18n } from '$lib/i18n/i18n.svelte';
import { northOfCity, makeBundle, makePlace, makeRoute } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import RouteView from './RouteView.svelte';

const at = northOfCity;

// 0.045° of latitude is 5.0 km on the ground (D to F).
const places = [
	makePlace({ id: 'a', name: 'Stop A', location: at(0) }),
	makePlace({ id: 'b', name: 'Stop B', location: at(0.1) }),
	makePlace({ id: 'c', name: 'Stop C', location: at(0.2) }),
	makePlace({ id: 'd', name: 'Stop D', location: at(0.201) }),
	makePlace({ id: 'f', name: 'Stop F', location: at(0.246) }),
	makePlace({ id: 'e', name: 'Stop E', location: { confidence: 'none' } })
];
const route = makeRoute({
	id: 'test-route',
	name: 'Test route',
	stops: ['a', 'b', 'c', 'd', 'f', 'e'],
	legs: [{ from: 'a', to: 'b', km: 12, driveMin: 25, source: 'https://www.example.org/a-b' }],
	roadLegs: [
		{ from: 'a', to: 'b', km: 14.8, driveMin: 30, closeBy: false },
		{ from: 'b', to: 'c', km: 8.4, driveMin: 31, closeBy: false },
		{ from: 'c', to: 'd', km: 0.2, driveMin: 1, closeBy: true }
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
	it('says where each figure comes from: a source, the OSM road map, close by, a straight line, or nothing', () => {
		i18n.setLanguage('en');
		const target = render(RouteView, { route, bundle });
		expect(target.querySelector('h1')?.textContent).toBe('Test route');
		expect(legTexts(target)).toEqual([
			'12 km by road · about 25 min driving · source: example.org',
			'8.4 km by road (OpenStreetMap 2021) · about 31 min driving',
			'close by',
			'5 km in a straight line (road distance unknown)',
			'',
			''
		]);
		expect(target.querySelector<HTMLAnchorElement>('.leg a')?.getAttribute('href')).toBe('https://www.example.org/a-b');
		const unlocated = [...target.querySelectorAll('ol > li')][5];
		expect(unlocated?.textContent).toContain('location unknown');
	});

	it('speaks Vietnamese on the Vietnamese page', () => {
		i18n.setLanguage('vi');
		const target = render(RouteView, { route, bundle: { ...bundle, lang: 'vi' } });
		const [first, second, third, fourth] = legTexts(target);
		expect(first).toBe('12 km đường bộ · khoảng 25 phút lái xe · nguồn: example.org');
		expect(second).toBe('8,4 km đường bộ (OpenStreetMap 2021) · khoảng 31 phút lái xe');
		expect(third).toBe('ở ngay gần');
		expect(fourth).toBe('5 km đường chim bay (chưa rõ quãng đường bộ)');
	});

	it('links each stop to its page', () => {
		i18n.setLanguage('en');
		const target = render(RouteView, { route, bundle });
		const links = [...target.querySelectorAll<HTMLAnchorElement>('ol > li > a')].map((a) => [a.textContent, a.getAttribute('href')]);
		expect(links[0]).toEqual(['Stop A', '/en/place/a']);
		expect(links).toHaveLength(6);
	});
});

describe('RouteView: "Around" each stop', () => {
	it("is folded, and the road file is asked for only once a stop's block is opened", () => {
		i18n.setLanguage('en');
		const reads = vi.spyOn(roads, 'reader', 'get');
		const target = render(RouteView, { route, bundle });
		const blocks = target.querySelectorAll<HTMLDetailsElement>('details.around');
		expect(blocks).toHaveLength(6);
		expect([...blocks].every((d) => !d.open && d.querySelector('ul') === null)).toBe(true);
		expect(reads).not.toHaveBeenCalled();
		blocks[1]!.querySelector('summary')!.click();
		flushSync();
		expect(reads).toHaveBeenCalled();
		expect(blocks[1]!.querySelector('h4')?.textContent).toBe('Get there');
		expect(blocks[0]!.querySelector('h4')).toBeNull();
		reads.mockRestore();
	});
});
