import { square } from './test-shapes.ts';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { labelPoint } from './label-point';
import { lonLatToTile, outlineInside, tilesCovering } from './tile-geometry';

describe('lonLatToTile and tilesCovering', () => {
	it('finds the tile of Cao Bằng city', () => {
		expect(lonLatToTile(106.25, 22.67, 10)).toEqual({ z: 10, x: 814, y: 445 });
		expect(lonLatToTile(0, 0, 0)).toEqual({ z: 0, x: 0, y: 0 });
	});

	it('lists every tile a box touches', () => {
		const tiles = tilesCovering([104.8, 21.9, 107.4, 23.6], 8);
		expect(tiles).toHaveLength(9);
		expect(tiles[0]).toEqual({ z: 8, x: 202, y: 110 });
	});
});

describe('labelPoint', () => {
	it('puts the label in the middle of a square', () => {
		const [lon, lat] = labelPoint(square(0, 0, 2));
		expect(lon).toBeCloseTo(1, 2);
		expect(lat).toBeCloseTo(1, 2);
	});

	it('stays inside a U shape, whose centre is outside', () => {
		const u: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[3, 0],
					[3, 3],
					[2, 3],
					[2, 1],
					[1, 1],
					[1, 3],
					[0, 3],
					[0, 0]
				]
			]
		};
		const [lon, lat] = labelPoint(u);
		const inLeftArm = lon > 0 && lon < 1 && lat > 0 && lat < 3;
		const inRightArm = lon > 2 && lon < 3 && lat > 0 && lat < 3;
		const inBase = lon > 0 && lon < 3 && lat > 0 && lat < 1;
		expect(inLeftArm || inRightArm || inBase).toBe(true);
	});

	it('labels the largest part of a MultiPolygon', () => {
		const [lon] = labelPoint({ type: 'MultiPolygon', coordinates: [square(0, 0, 1).coordinates, square(10, 0, 3).coordinates] });
		expect(lon).toBeGreaterThan(10);
	});
});

describe('outlineInside', () => {
	it('drops the edges on the frame and joins what is left of the ring', () => {
		const outline = outlineInside(square(106, 23, 0.5), [105, 22, 106.5, 23.5]);
		expect(outline.coordinates).toEqual([
			[
				[106, 23.5],
				[106, 23],
				[106.5, 23]
			]
		]);
	});

	it('keeps a ring that does not touch the frame whole', () => {
		const outline = outlineInside(square(0, 0, 1), [-10, -10, 10, 10]);
		expect(outline.coordinates).toEqual(square(0, 0, 1).coordinates);
	});

	it('gives no lines for a polygon that is the frame', () => {
		expect(outlineInside(square(0, 0, 1), [0, 0, 1, 1]).coordinates).toEqual([]);
	});
});
