import { describe, expect, it } from 'vitest';
import { pointInRing } from '../content/point-in-polygon.ts';
import { createRingTester, readProvinceRing } from './province-graph.ts';

describe('createRingTester', () => {
	it('agrees with the plain ray-casting test on the province outline', () => {
		const ring = readProvinceRing();
		const inside = createRingTester(ring);
		for (let x = 105.2; x <= 106.9; x += 0.037) {
			for (let y = 22.3; y <= 23.2; y += 0.031) expect(inside([x, y])).toBe(pointInRing([x, y], ring));
		}
	});

	it('knows Cao Bằng city is in the province and Jingxi (China) is not', () => {
		const inside = createRingTester(readProvinceRing());
		expect(inside([106.25833, 22.66667])).toBe(true);
		expect(inside([106.417, 23.135])).toBe(false);
	});
});
