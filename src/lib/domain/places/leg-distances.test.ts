import { describe, expect, it } from 'vitest';
import type { Bundle, Location, Route } from '../content/types.ts';
import { legDistances } from './leg-distances.ts';

const at = (lat: number, lon: number): Location => ({ confidence: 'strong', lat, lon, uncertaintyM: 100, source: 't' });
const bundle = {
	places: [
		{ id: 'a', location: at(22.85, 106.72) },
		{ id: 'b', location: at(22.86, 106.7) },
		{ id: 'c', location: { confidence: 'none' } }
	]
} as unknown as Bundle;

describe('legDistances', () => {
	const route = { stops: ['a', 'b', 'c'], legs: [] } as unknown as Route;

	it('gives the straight-line distance where both stops are located, nothing otherwise', () => {
		const [ab, bc] = legDistances(route, bundle);
		expect(ab?.straightM).toBeGreaterThan(2000);
		expect(ab?.straightM).toBeLessThan(3000);
		expect(ab?.km).toBeUndefined();
		expect(bc?.straightM).toBeUndefined();
	});

	it('prefers a road distance from the content', () => {
		const withLeg = { ...route, legs: [{ from: 'a', to: 'b', km: 3, source: 'https://x.test' }] } as Route;
		expect(legDistances(withLeg, bundle)[0]).toEqual({ from: 'a', to: 'b', km: 3, source: 'https://x.test' });
	});
});
