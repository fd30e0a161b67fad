import { describe, expect, it } from 'vitest';
import type { Bundle, Location, RoadLeg, Route } from '../content/types.ts';
import { legDistances } from './leg-distances.ts';

const at = (lat: number, lon: number): Location => ({ confidence: 'strong', lat, lon, uncertaintyM: 100, source: 't' });
const bundle = {
	places: [
		{ id: 'a', location: at(22.85, 106.72) },
		{ id: 'b', location: at(22.86, 106.7) },
		{ id: 'c', location: { confidence: 'none' } },
		{ id: 'd', location: at(22.87, 106.7) }
	]
} as unknown as Bundle;
const roadLeg = (from: string, to: string, km: number, closeBy = false): RoadLeg => ({
	from,
	to,
	km,
	driveMin: Math.round(km * 2),
	closeBy
});

describe('legDistances', () => {
	const route = { stops: ['a', 'b', 'c'], legs: [] } as unknown as Route;

	it('gives the straight-line distance where both stops are located but not on the road map, nothing otherwise', () => {
		const [ab, bc] = legDistances(route, bundle);
		expect(ab?.basis).toBe('straight');
		expect(ab?.straightM).toBeGreaterThan(2000);
		expect(ab?.straightM).toBeLessThan(3000);
		expect(ab?.km).toBeUndefined();
		expect(bc).toEqual({ from: 'b', to: 'c', basis: 'none' });
	});

	it('uses the road distance measured on OpenStreetMap, and says "close" rather than a tiny distance', () => {
		const onRoads = { ...route, stops: ['a', 'b', 'd'], roadLegs: [roadLeg('a', 'b', 3.4), roadLeg('b', 'd', 0.2, true)] } as Route;
		expect(legDistances(onRoads, bundle)).toEqual([
			{ from: 'a', to: 'b', basis: 'road', km: 3.4, driveMin: 7 },
			{ from: 'b', to: 'd', basis: 'close' }
		]);
	});

	it('prefers a road distance a source gives over the measured one', () => {
		const withLeg = {
			...route,
			legs: [{ from: 'a', to: 'b', km: 3, source: 'https://x.test' }],
			roadLegs: [roadLeg('a', 'b', 3.4)]
		} as Route;
		expect(legDistances(withLeg, bundle)[0]).toEqual({ from: 'a', to: 'b', basis: 'source', km: 3, source: 'https://x.test' });
	});
});
