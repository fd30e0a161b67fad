import { describe, expect, it } from 'vitest';
import { createPlace, createRoute } from '../../../../tests/helpers/create-fixtures';
import { DEFAULT_FILTER, countUnknownHours, filterPlaces, filterRoutes, isFiltering, isOpenAt, toggleKind } from './filter';

/** Thursday 26 November 2026, 10:00 in Vietnam (03:00 UTC). */
const THU_10 = new Date('2026-11-26T03:00:00Z');
/** The same day at 20:00 in Vietnam. */
const THU_20 = new Date('2026-11-26T13:00:00Z');

const museum = () =>
	createPlace({
		id: 'museum',
		kind: 'relic',
		hours: { rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '08:00', close: '17:00' }] }
	});
const park = () => createPlace({ id: 'park', kind: 'nature', hours: { always: true } });
const cave = () => createPlace({ id: 'cave', kind: 'geosite' });
const inn = () => createPlace({ id: 'inn', kind: 'service' });

describe('filterPlaces', () => {
	it('lets everything through by default, keeping the order', () => {
		const places = [cave(), museum(), park(), inn()];
		expect(filterPlaces(places, DEFAULT_FILTER, [], THU_10).map((p) => p.id)).toEqual(['cave', 'museum', 'park', 'inn']);
		expect(isFiltering(DEFAULT_FILTER)).toBe(false);
	});

	it('keeps only the kinds that are switched on', () => {
		const filter = toggleKind(toggleKind(DEFAULT_FILTER, 'relic', false), 'service', false);
		expect(filter.kinds).toEqual(['geosite', 'culture', 'nature']);
		expect(isFiltering(filter)).toBe(true);
		expect(filterPlaces([cave(), museum(), park(), inn()], filter, [], THU_10).map((p) => p.id)).toEqual(['cave', 'park']);
		expect(toggleKind(filter, 'relic', true).kinds).toEqual(['geosite', 'relic', 'culture', 'nature']);
	});

	it("keeps only a route's stops when a route is chosen", () => {
		const routes = [createRoute({ id: 'east', stops: ['park', 'cave'] }), createRoute({ id: 'west', stops: ['museum'] })];
		const filter = { ...DEFAULT_FILTER, route: 'east' };
		expect(filterPlaces([cave(), museum(), park(), inn()], filter, routes, THU_10).map((p) => p.id)).toEqual(['cave', 'park']);
		expect(filterRoutes(routes, filter).map((r) => r.id)).toEqual(['east']);
		expect(filterRoutes(routes, DEFAULT_FILTER).map((r) => r.id)).toEqual(['east', 'west']);
		expect(filterPlaces([cave()], { ...DEFAULT_FILTER, route: 'gone' }, routes, THU_10)).toEqual([]);
	});

	it('"open now" keeps places open at that instant or always open, and leaves out unknown hours', () => {
		const filter = { ...DEFAULT_FILTER, openNow: true };
		const places = [cave(), museum(), park(), inn()];
		expect(filterPlaces(places, filter, [], THU_10).map((p) => p.id)).toEqual(['museum', 'park']);
		expect(filterPlaces(places, filter, [], THU_20).map((p) => p.id)).toEqual(['park']);
		expect(isOpenAt(museum(), THU_20)).toBe(false);
		expect(countUnknownHours(places, THU_10)).toBe(2);
	});

	it('combines kind, route and open now', () => {
		const routes = [createRoute({ id: 'east', stops: ['park', 'museum', 'cave'] })];
		const filter = { kinds: ['relic', 'geosite'] as const, route: 'east', openNow: true };
		expect(filterPlaces([cave(), museum(), park(), inn()], filter, routes, THU_10).map((p) => p.id)).toEqual(['museum']);
	});
});
