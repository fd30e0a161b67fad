import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pointInGeometry, pointInPolygon, pointInRing, type AreaGeometry, type PolygonCoordinates } from './point-in-polygon.ts';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const province = (
	JSON.parse(readFileSync(join(REPO_ROOT, 'data/basemap/cao_bang_province_osm.geojson'), 'utf8')) as {
		features: { geometry: AreaGeometry }[];
	}
).features[0]?.geometry;

/** [lon, lat], the GeoJSON order. */
const at = (lat: number, lon: number): number[] => [lon, lat];

/** A 10 × 10 square with a 2 × 2 hole in the middle. */
const SQUARE_WITH_HOLE: PolygonCoordinates = [
	[
		[0, 0],
		[10, 0],
		[10, 10],
		[0, 10],
		[0, 0]
	],
	[
		[4, 4],
		[6, 4],
		[6, 6],
		[4, 6],
		[4, 4]
	]
];

describe('pointInRing', () => {
	it('handles a concave ring', () => {
		const l = [
			[0, 0],
			[4, 0],
			[4, 1],
			[1, 1],
			[1, 4],
			[0, 4]
		];
		expect(pointInRing([0.5, 3], l)).toBe(true);
		expect(pointInRing([3, 3], l)).toBe(false);
	});

	it('works with or without the closing position', () => {
		const open = [
			[0, 0],
			[2, 0],
			[2, 2],
			[0, 2]
		];
		expect(pointInRing([1, 1], open)).toBe(true);
		expect(pointInRing([1, 1], [...open, [0, 0]])).toBe(true);
	});
});

describe('pointInPolygon', () => {
	it('is inside the outer ring and outside the hole', () => {
		expect(pointInPolygon([2, 2], SQUARE_WITH_HOLE)).toBe(true);
		expect(pointInPolygon([5, 5], SQUARE_WITH_HOLE)).toBe(false);
		expect(pointInPolygon([11, 5], SQUARE_WITH_HOLE)).toBe(false);
	});

	it('is false for an empty polygon', () => {
		expect(pointInPolygon([0, 0], [])).toBe(false);
	});
});

describe('pointInGeometry', () => {
	it('checks every part of a MultiPolygon', () => {
		const multi: AreaGeometry = {
			type: 'MultiPolygon',
			coordinates: [
				SQUARE_WITH_HOLE,
				[
					[
						[20, 20],
						[30, 20],
						[30, 30],
						[20, 30],
						[20, 20]
					]
				]
			]
		};
		expect(pointInGeometry([25, 25], multi)).toBe(true);
		expect(pointInGeometry([2, 2], multi)).toBe(true);
		expect(pointInGeometry([5, 5], multi)).toBe(false);
		expect(pointInGeometry([15, 15], multi)).toBe(false);
	});

	describe('against the Cao Bằng province outline (OpenStreetMap)', () => {
		it('has the outline', () => {
			expect(province?.type).toMatch(/Polygon/);
		});

		it.each([
			['Thác Bản Giốc', 22.85436, 106.72427],
			['Cao Bằng city', 22.66568, 106.25786],
			['Pác Bó', 22.9736, 106.0506],
			['Tĩnh Túc', 22.6306, 105.8371]
		])('%s is inside', (_name, lat, lon) => {
			expect(pointInGeometry(at(lat, lon), province as AreaGeometry)).toBe(true);
		});

		it.each([
			['Hà Nội', 21.0285, 105.8542],
			['Lạng Sơn city', 21.8537, 106.7615],
			['Bắc Kạn city', 22.147, 105.8348],
			['Jingxi, Guangxi (China)', 23.1333, 106.4167],
			['lat and lon swapped', 106.72427, 22.85436]
		])('%s is outside', (_name, lat, lon) => {
			expect(pointInGeometry(at(lat, lon), province as AreaGeometry)).toBe(false);
		});
	});
});
