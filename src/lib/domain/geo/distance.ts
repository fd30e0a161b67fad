/**
 * Great-circle distance and direction between WGS84 points, on a sphere of the mean Earth
 * radius. Good to about 0.5 % against the ellipsoid: plenty for "12 km away" and for
 * sorting places, not for surveying.
 */

export type LatLon = { lat: number; lon: number };

/** A measured position: where, and how far off it may be (the radius, in metres). */
export type Fix = LatLon & { accuracyM: number };

/** Mean Earth radius R1 = (2a + b) / 3 of WGS84, in metres (IUGG): the one sphere of the guide. */
export const EARTH_MEAN_RADIUS_M = 6371008.8;

export type CompassPoint = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';
const COMPASS_POINTS: readonly CompassPoint[] = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

export const toRad = (deg: number): number => (deg * Math.PI) / 180;
export const toDeg = (rad: number): number => (rad * 180) / Math.PI;

/** Haversine distance in metres between two points. */
export function distanceM(a: LatLon, b: LatLon): number {
	const dLat = toRad(b.lat - a.lat);
	const dLon = toRad(b.lon - a.lon);
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Initial bearing from `a` towards `b`, in degrees clockwise from true north, in [0, 360). */
export function bearingDeg(a: LatLon, b: LatLon): number {
	const φ1 = toRad(a.lat);
	const φ2 = toRad(b.lat);
	const Δλ = toRad(b.lon - a.lon);
	const y = Math.sin(Δλ) * Math.cos(φ2);
	const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
	return (toDeg(Math.atan2(y, x)) + 360) % 360;
}

/** The nearest of the eight compass points to a bearing; any angle is accepted (−45 → NW). */
export function compassPoint(deg: number): CompassPoint {
	const normalised = ((deg % 360) + 360) % 360;
	return COMPASS_POINTS[Math.round(normalised / 45) % 8] ?? 'N';
}
