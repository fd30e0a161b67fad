import { describe, expect, it } from 'vitest';
import type { Location } from '../content/types.ts';
import { nearby, neighbours } from './nearby.ts';

const at = (lat: number, lon: number): Location => ({ confidence: 'strong', lat, lon, uncertaintyM: 100, source: 'test' });
const items = [
	{ id: 'coc-bo-cave', location: at(22.9736, 106.0506) },
	{ id: 'ban-gioc-waterfall', location: at(22.85436, 106.72427) },
	{ id: 'cao-bang-city', location: at(22.66568, 106.25786) },
	{ id: 'unknown', location: { confidence: 'none' } as Location }
];

describe('nearby', () => {
	it('sorts by distance and leaves out places with no location', () => {
		const near = nearby(items, { lat: 22.97, lon: 106.05 });
		expect(near.map((n) => n.item.id)).toEqual(['coc-bo-cave', 'cao-bang-city', 'ban-gioc-waterfall']);
	});
	it('gives direction as a compass point', () => {
		const [city] = nearby(items, { lat: 22.9736, lon: 106.0506 }, { excludeId: 'coc-bo-cave' });
		expect(city?.item.id).toBe('cao-bang-city');
		expect(city?.compass).toBe('SE');
		expect(city?.distanceM).toBeGreaterThan(35_000);
		expect(city?.distanceM).toBeLessThan(45_000);
	});
	it('does not claim a precise distance between positions closer than their uncertainty', () => {
		const twins = [
			{ id: 'lenin-stream', location: { ...at(22.98708, 106.0504), uncertaintyM: 400 } },
			{ id: 'milestone', location: { ...at(22.99072, 106.04876), uncertaintyM: 600 } },
			{ id: 'city', location: at(22.66568, 106.25786) }
		];
		const near = nearby(twins, { lat: 22.98708, lon: 106.0504 }, { fromUncertaintyM: 300 });
		expect(near.map((n) => [n.item.id, n.blurred])).toEqual([
			['lenin-stream', true],
			['milestone', true],
			['city', false]
		]);
	});

	it('respects the radius and the limit', () => {
		expect(nearby(items, { lat: 22.97, lon: 106.05 }, { maxM: 5_000 }).map((n) => n.item.id)).toEqual(['coc-bo-cave']);
		expect(nearby(items, { lat: 22.97, lon: 106.05 }, { limit: 2 })).toHaveLength(2);
	});
});

describe('neighbours', () => {
	it('finds the previous and next stop', () => {
		expect(neighbours(['a', 'b', 'c'], 'b')).toEqual({ previous: 'a', next: 'c' });
		expect(neighbours(['a', 'b', 'c'], 'a')).toEqual({ next: 'b' });
		expect(neighbours(['a', 'b', 'c'], 'x')).toEqual({});
	});
});
