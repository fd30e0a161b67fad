import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { circlePolygon, destinationPoint } from './circle.ts';
import { EARTH_MEAN_RADIUS_M } from './distance.ts';

/** Great-circle distance in metres (haversine), written independently of circle.ts. */
function haversineM(a: Position, b: Position): number {
	const rad = Math.PI / 180;
	const [lon1 = 0, lat1 = 0] = a;
	const [lon2 = 0, lat2 = 0] = b;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** Shoelace area in squared degrees: positive for a counter-clockwise ring. */
function signedArea(ring: readonly Position[]): number {
	let sum = 0;
	for (let i = 0; i < ring.length - 1; i++) {
		const [x1 = 0, y1 = 0] = ring[i] ?? [];
		const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
		sum += x1 * y2 - x2 * y1;
	}
	return sum / 2;
}

/** Bản Giốc waterfall. */
const LON = 106.72427;
const LAT = 22.85436;

describe('destinationPoint', () => {
	it('goes due north and due east by the given distance', () => {
		const north = destinationPoint(LON, LAT, 1000, 0);
		expect(north[0]).toBeCloseTo(LON, 9);
		expect(north[1]).toBeGreaterThan(LAT);
		expect(haversineM([LON, LAT], north)).toBeCloseTo(1000, 3);

		const east = destinationPoint(LON, LAT, 1000, 90);
		expect(east[0]).toBeGreaterThan(LON);
		expect(haversineM([LON, LAT], east)).toBeCloseTo(1000, 3);
	});
});

describe('circlePolygon', () => {
	it('puts every vertex at the radius from the centre', () => {
		const polygon = circlePolygon(LON, LAT, 1500, 32);
		const ring = polygon.coordinates[0] ?? [];
		expect(polygon.type).toBe('Polygon');
		for (const position of ring) {
			// Rounding to 6 decimals moves a vertex by at most ~0.1 m.
			expect(Math.abs(haversineM([LON, LAT], position) - 1500)).toBeLessThan(0.2);
		}
	});

	it('is a closed, counter-clockwise ring of steps + 1 positions starting due north', () => {
		const ring = circlePolygon(LON, LAT, 500, 16).coordinates[0] ?? [];
		expect(ring).toHaveLength(17);
		expect(ring[16]).toEqual(ring[0]);
		expect(ring[0]?.[0]).toBeCloseTo(LON, 6);
		expect(ring[0]?.[1]).toBeGreaterThan(LAT);
		expect(signedArea(ring)).toBeGreaterThan(0);
		// A quarter of the way round, counter-clockwise from north, is due west.
		expect(ring[4]?.[0]).toBeLessThan(LON);
		expect(ring[4]?.[1]).toBeCloseTo(LAT, 4);
	});

	it('has about the area of the circle', () => {
		const radius = 2000;
		const ring = circlePolygon(LON, LAT, radius, 128).coordinates[0] ?? [];
		const metresPerDegreeLat = (Math.PI / 180) * EARTH_MEAN_RADIUS_M;
		const metresPerDegreeLon = metresPerDegreeLat * Math.cos((LAT * Math.PI) / 180);
		const areaM2 = signedArea(ring) * metresPerDegreeLat * metresPerDegreeLon;
		expect(areaM2 / (Math.PI * radius * radius)).toBeCloseTo(1, 2);
	});

	it('defaults to 64 steps and gives the same result every time', () => {
		const a = circlePolygon(LON, LAT, 300);
		expect(a.coordinates[0]).toHaveLength(65);
		expect(circlePolygon(LON, LAT, 300)).toEqual(a);
	});

	it('refuses impossible input', () => {
		expect(() => circlePolygon(LON, LAT, 0)).toThrow(RangeError);
		expect(() => circlePolygon(LON, LAT, -5)).toThrow(RangeError);
		expect(() => circlePolygon(LON, LAT, Number.NaN)).toThrow(RangeError);
		expect(() => circlePolygon(LON, 95, 100)).toThrow(RangeError);
		expect(() => circlePolygon(LON, LAT, 100, 2)).toThrow(RangeError);
		expect(() => circlePolygon(LON, LAT, 100, 7.5)).toThrow(RangeError);
	});
});
