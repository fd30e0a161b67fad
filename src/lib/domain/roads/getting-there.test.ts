import { describe, expect, it } from 'vitest';
import type { Bundle } from '../content/types.ts';
import { at, createPlace, createRoute } from '../../../../tests/helpers/create-fixtures.ts';
import { CITY_ID, gettingThere } from './getting-there.ts';
import type { RoadBetween } from './road-reader.ts';

function createBundle(): Bundle {
	return {
		places: [
			createPlace({ id: CITY_ID, name: 'Cao Bằng', location: at(106.258, 22.666) }),
			createPlace({ id: 'a', name: 'A', location: at(106.7, 22.85) }),
			createPlace({ id: 'b', name: 'B', location: at(106.72, 22.86) }),
			createPlace({ id: 'c', name: 'C', location: at(106.74, 22.87) })
		],
		routes: [
			createRoute({
				id: 'east',
				name: 'East',
				stops: ['a', 'b', 'c'],
				roadLegs: [
					{ from: 'a', to: 'b', km: 3.2, driveMin: 7, closeBy: false },
					{ from: 'b', to: 'c', km: 2.5, driveMin: 6, closeBy: false }
				]
			})
		]
	} as unknown as Bundle;
}

const matrix =
	(km: number): ((x: string, y: string) => RoadBetween | null) =>
	(x, y) =>
		x === CITY_ID && y !== CITY_ID ? { km, driveMin: 150, closerThanPositions: false } : null;

describe('gettingThere', () => {
	it('gives the road from Cao Bằng city and the legs to the previous and next stops', () => {
		const bundle = createBundle();
		const there = gettingThere(bundle.places[2]!, bundle, matrix(87.4));
		expect(there.fromCity?.road.km).toBe(87.4);
		expect(there.fromCity?.city.name).toBe('Cao Bằng');
		const [east] = there.routes;
		expect(east?.previous?.place.id).toBe('a');
		expect(east?.previous?.leg).toMatchObject({ basis: 'road', km: 3.2, driveMin: 7 });
		expect(east?.next?.place.id).toBe('c');
		expect(east?.next?.leg).toMatchObject({ basis: 'road', km: 2.5, driveMin: 6 });
	});

	it('has no previous stop at the start of a route and no next one at its end', () => {
		const bundle = createBundle();
		expect(gettingThere(bundle.places[1]!, bundle, matrix(80)).routes[0]?.previous).toBeUndefined();
		expect(gettingThere(bundle.places[3]!, bundle, matrix(80)).routes[0]?.next).toBeUndefined();
	});

	it('says nothing about the city on the city’s own page, or while the road is unknown', () => {
		const bundle = createBundle();
		expect(gettingThere(bundle.places[0]!, bundle, matrix(0)).fromCity).toBeNull();
		expect(gettingThere(bundle.places[1]!, bundle, () => null).fromCity).toBeNull();
	});
});
