// The home map's list twins at any size of guide (issue 14): a page of rows at a time, "Show more" adds the next
// page and moves the focus to its first row, and a place selected on the map is always in its list.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { render } from '../../../../tests/helpers/mount-component';
import { createPlace } from '../../../../tests/helpers/create-fixtures';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { PlaceKind } from '$lib/domain/content/types';
import { makeService, northOfCity } from '../../../../tests/fixtures/bundle';
import { LIST_FIRST, LIST_PAGE, pageGroups, showMore, type RowLimits } from '$lib/domain/map/list-pages';
import { groupByKind } from '$lib/domain/map/relevance';
import { mapServices } from '$lib/domain/services/service-features';
import MapPlaceList from './MapPlaceList.svelte';
import MapServiceList from '../services/MapServiceList.svelte';

const relics = Array.from({ length: 2 * LIST_PAGE + 7 }, (_, i) => createPlace({ id: `relic-${i}`, name: `Relic ${i}`, kind: 'relic' }));
const groups = groupByKind([createPlace({ id: 'falls', name: 'Falls', kind: 'geosite' }), ...relics]);
const rows = (target: HTMLElement) => [...target.querySelectorAll('li[data-place-id]')].map((li) => li.getAttribute('data-place-id'));

describe('MapPlaceList', () => {
	it('shows a page of each long group, says how many are left, and "Show more" moves the focus to the first added row', async () => {
		const state = $state({ limits: {} as RowLimits });
		const target = render(MapPlaceList, {
			get groups() {
				return pageGroups(groups, state.limits);
			},
			interactive: true,
			onshow: () => {},
			onmore: (kind: PlaceKind, shown: number) => {
				state.limits = showMore(state.limits, kind, shown);
			}
		});
		// A short first page (LIST_FIRST), then a page of LIST_PAGE per tap, then what is left.
		const left = relics.length - LIST_FIRST;
		expect(rows(target)).toHaveLength(1 + LIST_FIRST);
		expect(target.textContent).toContain(i18n.t('map.list.hidden', { count: left, formatted: String(left) }));
		const more = target.querySelector<HTMLButtonElement>('.show-more button');
		expect(more?.getAttribute('aria-label')).toBe(i18n.t('map.list.moreNamed', { count: LIST_PAGE, kind: i18n.t('kind.relic') }));
		more?.click();
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
		expect(rows(target)).toHaveLength(1 + LIST_FIRST + LIST_PAGE);
		const focused = document.activeElement?.closest('li')?.getAttribute('data-place-id');
		expect(focused).toBe(`relic-${LIST_FIRST}`);
		expect(target.querySelector('.show-more button')?.textContent).toBe(i18n.t('map.list.more', { count: left - LIST_PAGE }));
		target.querySelector<HTMLButtonElement>('.show-more button')?.click();
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
		expect(rows(target)).toHaveLength(1 + relics.length);
		expect(target.querySelector('.show-more')).toBeNull();
	});

	it('lists a place selected on the map even when it lies beyond the first page', () => {
		const target = render(MapPlaceList, {
			groups: pageGroups(groups, {}, 'relic-90'),
			selectedId: 'relic-90',
			interactive: true,
			onshow: () => {}
		});
		expect(rows(target).at(-1)).toBe('relic-90');
		expect(target.querySelector('li[aria-current="true"]')?.getAttribute('data-place-id')).toBe('relic-90');
	});

	it('in the prerendered page (no buttons yet) says how many are not listed', () => {
		const target = render(MapPlaceList, { groups: pageGroups(groups, {}), interactive: false, onshow: () => {} });
		expect(target.querySelector('.show-more button')).toBeNull();
		const left = relics.length - LIST_FIRST;
		expect(target.querySelector('.show-more')?.textContent).toContain(i18n.t('map.list.hidden', { count: left, formatted: String(left) }));
	});
});

describe('MapServiceList', () => {
	it('shows a page of services and "Show more" adds the next, focusing its first link', async () => {
		const services = Array.from({ length: LIST_PAGE + 3 }, (_, i) =>
			makeService({ id: `inn-${i}`, name: `Inn ${i}`, kind: 'homestay', location: northOfCity(0.001 * i) })
		);
		const target = render(MapServiceList, { items: mapServices(services), unplaced: 0 });
		expect(target.querySelectorAll('li[data-service]')).toHaveLength(LIST_PAGE);
		const more = [...target.querySelectorAll('button')].find((b) => b.textContent === i18n.t('map.services.more', { count: 3 }));
		more?.click();
		await new Promise((r) => setTimeout(r, 0));
		flushSync();
		expect(target.querySelectorAll('li[data-service]')).toHaveLength(LIST_PAGE + 3);
		expect(document.activeElement?.closest('li')?.getAttribute('data-service')).toBe(mapServices(services)[LIST_PAGE]?.service.id);
		expect(target.querySelector('button')).toBeNull();
	});
});
