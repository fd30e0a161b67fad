/**
 * "Around <place>" keeps the chain readable: fixed group order, three per group with the rest
 * behind "see all", distances labelled as estimates, and a plain sentence for an empty group.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { aroundPlace } from '$lib/domain/services/around';
import { northOfCity, makePlace, makeService } from '../../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../../tests/fixtures/mount';
import AroundPlace from './AroundPlace.svelte';

afterEach(() => {
	cleanup();
	i18n.setLanguage('vi');
});

const at = northOfCity;

describe('AroundPlace', () => {
	it('lists the groups in order, nearest first, three shown and the rest behind "see all"', () => {
		i18n.setLanguage('en');
		const place = makePlace({ id: 'falls', name: 'Bản Giốc' });
		const stays = [0.05, 0.01, 0.04, 0.02, 0.03].map((d, i) =>
			makeService({ id: `stay-${i}`, name: `Stay ${d}`, kind: 'homestay', location: at(d) })
		);
		const coach = makeService({ id: 'coach', name: 'Coach', kind: 'coach', places: ['falls'] });
		const board = makeService({ id: 'board', name: 'Site board', kind: 'information-centre', location: at(0) });
		const target = render(AroundPlace, { placeId: place.id, placeName: place.name, groups: aroundPlace(place, [...stays, coach, board]) });

		expect(target.querySelector('h2')?.textContent).toBe('Around Bản Giốc');
		expect([...target.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
			'Get there',
			'Stay',
			'Eat',
			'Guide',
			'Buy',
			'Information'
		]);
		const lists = [...target.querySelectorAll('section > ul')];
		expect([...lists[1]!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Stay 0.01', 'Stay 0.02', 'Stay 0.03']);
		const more = target.querySelector('details');
		expect(more?.querySelector('summary')?.textContent).toBe('See all (5)');
		expect([...more!.querySelectorAll('a')].map((a) => a.textContent)).toEqual(['Stay 0.04', 'Stay 0.05']);
		expect(lists[1]!.textContent).toMatch(/1\.1 km in a straight line/);
		expect(target.textContent).toContain('the distance is a straight line; the road is longer.');
		expect(target.textContent).not.toContain('OpenStreetMap');
		expect(target.textContent).toContain('No place to eat is known near here yet.');
		expect(lists[0]!.querySelector('a')?.getAttribute('href')).toBe('/en/service/coach');
		expect(lists[0]!.textContent).not.toContain('by road');
		expect(lists[2]!.textContent).toContain('Site board · Information centre · at this place');
	});

	it('says there are more within reach when a busy stop has more than it lists, in both languages', () => {
		const place = makePlace({ id: 'falls', name: 'Bản Giốc' });
		const stays = Array.from({ length: 10 }, (_, i) =>
			makeService({ id: `stay-${i}`, name: `Stay ${i}`, kind: 'homestay', location: at(0.01 * (i + 1)) })
		);
		const groups = aroundPlace(place, stays);
		i18n.setLanguage('en');
		let target = render(AroundPlace, { placeId: place.id, placeName: place.name, groups });
		expect(target.querySelectorAll('a[href^="/en/service/stay-"]')).toHaveLength(6);
		expect(target.querySelector('.more')?.textContent).toBe('There are more within 30 km, farther away.');
		cleanup();
		i18n.setLanguage('vi');
		target = render(AroundPlace, { placeId: place.id, placeName: place.name, groups });
		expect(target.querySelector('.more')?.textContent).toBe('Còn những nơi khác trong vòng 30 km, xa hơn.');
	});

	it('says in Vietnamese when nothing is known, and claims no estimate without distances', () => {
		const place = makePlace({ id: 'cave', name: 'Ngườm Ngao' });
		const target = render(AroundPlace, { placeId: place.id, placeName: place.name, groups: aroundPlace(place, []) });
		expect(target.querySelector('h2')?.textContent).toBe('Quanh Ngườm Ngao');
		expect(target.textContent).toContain('Chưa biết chỗ nghỉ nào gần đây.');
		expect(target.textContent).not.toContain('chim bay');
	});

	it('prints road distances as such, "close by" for a shared road point, and folds on a route stop', () => {
		i18n.setLanguage('vi');
		const place = makePlace({ id: 'falls', name: 'Bản Giốc', location: at(0) });
		const hotel = makeService({ id: 'hotel', name: 'Khách sạn', kind: 'hotel', location: at(0.02) });
		const raft = makeService({ id: 'raft', name: 'Bè mảng', kind: 'guide', location: at(0.001) });
		const road = (_a: string, b: string) =>
			b === 'hotel' ? { km: 4.2, closerThanPositions: false } : { km: 0, closerThanPositions: true };
		const target = render(AroundPlace, {
			placeId: place.id,
			placeName: place.name,
			groups: aroundPlace(place, [hotel, raft], road),
			folded: true
		});
		const details = target.querySelector('details')!;
		expect(details.querySelector(':scope > summary h3')?.textContent).toBe('Quanh Bản Giốc');
		// Folded, the lists are not drawn yet: a link to the place's own "Around" stands in for them.
		expect(target.querySelectorAll('ul')).toHaveLength(0);
		const link = details.querySelector<HTMLAnchorElement>(':scope > p a');
		expect(link?.getAttribute('href')).toBe('/vi/place/falls#around-falls');
		expect(link?.textContent).toBe('Dịch vụ quanh Bản Giốc, trên trang của nơi này');
		details.querySelector('summary')!.click();
		flushSync();
		expect(details.open).toBe(true);
		expect(details.querySelector(':scope > p a')).toBeNull();
		expect(target.querySelector('[data-group="stay"]')?.textContent).toContain('4,2 km đường bộ');
		expect(target.querySelector('[data-group="guide"]')?.textContent).toContain('ngay gần đây');
		expect(target.textContent).toContain('OpenStreetMap năm 2021');
		expect(target.textContent).not.toContain('chim bay');
		expect(target.querySelectorAll('h4')).toHaveLength(6);
	});

	it('draws a folded block opened without a click (find-in-page, a script): on its toggle event', () => {
		const place = makePlace({ id: 'falls', name: 'Bản Giốc' });
		const stay = makeService({ id: 'stay', name: 'Nhà nghỉ', kind: 'homestay', location: at(0.01) });
		const target = render(AroundPlace, { placeId: place.id, placeName: place.name, groups: aroundPlace(place, [stay]), folded: true });
		const details = target.querySelector('details')!;
		expect(target.querySelector('[data-group="stay"]')).toBeNull();
		details.open = true;
		details.dispatchEvent(new Event('toggle'));
		flushSync();
		expect(target.querySelector('[data-group="stay"]')?.textContent).toContain('Nhà nghỉ');
	});
});
