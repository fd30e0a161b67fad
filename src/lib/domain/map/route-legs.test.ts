import { describe, expect, it } from 'vitest';
import { UNKNOWN, at, createPlace, createRoute } from '../../../../tests/helpers/create-fixtures';
import { routeLegs } from './route-legs';

const places = [
	createPlace({ id: 'a', location: at(106.0, 22.6) }),
	createPlace({ id: 'b', location: at(106.1, 22.7, 'derived', 1000) }),
	createPlace({ id: 'gone', location: UNKNOWN }),
	createPlace({ id: 'c', location: at(106.2, 22.8) }),
	createPlace({ id: 'twin', location: at(106.2, 22.8) })
];

describe('routeLegs', () => {
	it('joins consecutive stops with straight lines in the route colour', () => {
		const fc = routeLegs([createRoute({ id: 'east', name: 'Đông', color: '#1565c0', stops: ['a', 'b', 'c'] })], places);
		expect(fc.features).toEqual([
			{
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[106.0, 22.6],
						[106.1, 22.7]
					]
				},
				properties: { id: 'east', color: '#1565c0', name: 'Đông', from: 'a', to: 'b', road: false }
			},
			{
				type: 'Feature',
				geometry: {
					type: 'LineString',
					coordinates: [
						[106.1, 22.7],
						[106.2, 22.8]
					]
				},
				properties: { id: 'east', color: '#1565c0', name: 'Đông', from: 'b', to: 'c', road: false }
			}
		]);
	});

	it('skips stops without a location (and unknown ids), joining the located stops around them', () => {
		const fc = routeLegs([createRoute({ id: 'r', stops: ['a', 'gone', 'nowhere', 'c'] })], places);
		expect(fc.features.map((f) => [f.properties.from, f.properties.to])).toEqual([['a', 'c']]);
	});

	it('draws no leg between two stops at the same point, and none for a route of one located stop', () => {
		expect(routeLegs([createRoute({ id: 'r', stops: ['c', 'twin'] })], places).features).toEqual([]);
		expect(routeLegs([createRoute({ id: 'r', stops: ['gone', 'a'] })], places).features).toEqual([]);
	});

	it('keeps routes apart', () => {
		const fc = routeLegs(
			[createRoute({ id: 'r1', stops: ['a', 'b'] }), createRoute({ id: 'r2', color: '#b3261e', stops: ['b', 'c'] })],
			places
		);
		expect(fc.features.map((f) => [f.properties.id, f.properties.color])).toEqual([
			['r1', '#1565c0'],
			['r2', '#b3261e']
		]);
	});

	it('follows the roads where the content build measured the leg, and stays straight where it did not', () => {
		const alongRoads: [number, number][] = [
			[106.0, 22.6],
			[106.05, 22.62],
			[106.1, 22.7]
		];
		const route = createRoute({ id: 'r', stops: ['a', 'b', 'c'] });
		const lineOf = (from: string, to: string) => (from === 'a' && to === 'b' ? alongRoads : undefined);
		const [ab, bc] = routeLegs([route], places, lineOf).features;
		expect(ab?.geometry.coordinates).toEqual(alongRoads);
		expect(ab?.properties.road).toBe(true);
		expect(bc?.geometry.coordinates).toHaveLength(2);
		expect(bc?.properties.road).toBe(false);
	});
});
