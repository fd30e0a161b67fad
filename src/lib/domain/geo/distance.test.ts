import { describe, expect, it } from 'vitest';
import { bearingDeg, compassPoint, distanceM, EARTH_MEAN_RADIUS_M, type LatLon } from './distance.ts';

const CAO_BANG_CITY: LatLon = { lat: 22.66568, lon: 106.25786 };
const PAC_BO: LatLon = { lat: 22.9736, lon: 106.0506 };
const BAN_GIOC: LatLon = { lat: 22.85436, lon: 106.72427 };
const HA_NOI: LatLon = { lat: 21.0285, lon: 105.8542 };

/** Independent check: the spherical law of cosines, on the same sphere. */
function lawOfCosinesM(a: LatLon, b: LatLon): number {
	const r = Math.PI / 180;
	const c = Math.sin(a.lat * r) * Math.sin(b.lat * r) + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lon - a.lon) * r);
	return EARTH_MEAN_RADIUS_M * Math.acos(Math.min(1, c));
}

/**
 * Geodesic distances and initial azimuths on the WGS84 ellipsoid, computed separately with
 * Vincenty's inverse formula (a = 6378137, f = 1/298.257223563), to bound the sphere's error.
 */
const VINCENTY = {
	pacBo: { m: 40_193.1, azimuth: 328.08 },
	banGioc: { m: 52_260.4, azimuth: 66.34 },
	haNoi: { m: 186_022.0, azimuth: 193.04 }
};

describe('distanceM', () => {
	it('Cao Bằng city to Pác Bó is about 40 km in a straight line', () => {
		const d = distanceM(CAO_BANG_CITY, PAC_BO);
		expect(d).toBeCloseTo(lawOfCosinesM(CAO_BANG_CITY, PAC_BO), 0);
		expect(Math.abs(d - VINCENTY.pacBo.m) / VINCENTY.pacBo.m).toBeLessThan(0.005);
		expect(d).toBeGreaterThan(40_000);
		expect(d).toBeLessThan(40_500);
	});

	it('agrees with the ellipsoid within 0.5 % for Bản Giốc and Hà Nội', () => {
		expect(Math.abs(distanceM(CAO_BANG_CITY, BAN_GIOC) - VINCENTY.banGioc.m) / VINCENTY.banGioc.m).toBeLessThan(0.005);
		expect(Math.abs(distanceM(CAO_BANG_CITY, HA_NOI) - VINCENTY.haNoi.m) / VINCENTY.haNoi.m).toBeLessThan(0.005);
	});

	it('is symmetric and zero for the same point', () => {
		expect(distanceM(PAC_BO, CAO_BANG_CITY)).toBeCloseTo(distanceM(CAO_BANG_CITY, PAC_BO), 6);
		expect(distanceM(PAC_BO, PAC_BO)).toBe(0);
	});

	it('gives half the circumference for antipodes', () => {
		expect(distanceM({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_M, 3);
	});

	it('measures one degree of latitude as about 111.2 km', () => {
		expect(distanceM({ lat: 22, lon: 106 }, { lat: 23, lon: 106 })).toBeCloseTo(111_195, -1);
	});
});

describe('bearingDeg and compassPoint', () => {
	it('matches the ellipsoid azimuth within half a degree', () => {
		expect(bearingDeg(CAO_BANG_CITY, PAC_BO)).toBeCloseTo(VINCENTY.pacBo.azimuth, 0);
		expect(Math.abs(bearingDeg(CAO_BANG_CITY, BAN_GIOC) - VINCENTY.banGioc.azimuth)).toBeLessThan(0.5);
		expect(Math.abs(bearingDeg(CAO_BANG_CITY, HA_NOI) - VINCENTY.haNoi.azimuth)).toBeLessThan(0.5);
	});

	it('names the direction from Cao Bằng city', () => {
		expect(compassPoint(bearingDeg(CAO_BANG_CITY, PAC_BO))).toBe('NW');
		expect(compassPoint(bearingDeg(CAO_BANG_CITY, BAN_GIOC))).toBe('NE');
		expect(compassPoint(bearingDeg(CAO_BANG_CITY, HA_NOI))).toBe('S');
	});

	it('gives the cardinal bearings', () => {
		expect(bearingDeg({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(0, 9);
		expect(bearingDeg({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(90, 9);
		expect(bearingDeg({ lat: 1, lon: 0 }, { lat: 0, lon: 0 })).toBeCloseTo(180, 9);
		expect(bearingDeg({ lat: 0, lon: 1 }, { lat: 0, lon: 0 })).toBeCloseTo(270, 9);
	});

	it.each([
		[0, 'N'],
		[22.4, 'N'],
		[22.5, 'NE'],
		[90, 'E'],
		[135, 'SE'],
		[180, 'S'],
		[225, 'SW'],
		[270, 'W'],
		[315, 'NW'],
		[337.6, 'N'],
		[359.9, 'N'],
		[360, 'N'],
		[-45, 'NW'],
		[405, 'NE']
	] as const)('compassPoint(%s) → %s', (deg, point) => {
		expect(compassPoint(deg)).toBe(point);
	});
});
