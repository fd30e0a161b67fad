/**
 * Great-circle distance and direction between WGS84 points, on a sphere of the mean Earth
 * radius. Good to about 0.5 % against the ellipsoid: plenty for "12 km away" and for
 * sorting places, not for surveying.
 */

export type LatLon = { lat: number; lon: number };

/** Mean Earth radius R1 = (2a + b) / 3 of WGS84, in metres (IUGG). */
export const EARTH_MEAN_RADIUS_M = 6371008.8;

export type CompassPoint = 'N' | 'NE' | 'E' | 'SE' | 'S' | 'SW' | 'W' | 'NW';
const COMPASS_POINTS: readonly CompassPoint[] = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];

const toRad = (deg: number): number => (deg * Math.PI) / 180;
const toDeg = (rad: number): number => (rad * 180) / Math.PI;

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

/** Something that may have a position (unlocated places have none). */
export type MaybeLocated = { lat?: number | null; lon?: number | null };

/** An item with its distance from the reference point; undefined when it has no position. */
export type WithDistance<T> = { item: T; distanceM: number | undefined };

function positionOf(item: MaybeLocated): LatLon | undefined {
	const { lat, lon } = item;
	if (typeof lat !== 'number' || typeof lon !== 'number') return undefined;
	if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
	return { lat, lon };
}

/**
 * Pairs each item with its distance from `from` and sorts nearest first. Items without a
 * position go last, in their original order. The input array is not changed.
 */
export function sortByDistance<T extends MaybeLocated>(items: readonly T[], from: LatLon): WithDistance<T>[] {
	const paired = items.map((item) => {
		const at = positionOf(item);
		return { item, distanceM: at === undefined ? undefined : distanceM(from, at) };
	});
	return paired.sort((x, y) => compareDistance(x.distanceM, y.distanceM));
}

/** Ascending, with missing distances last (and equal to each other, so the sort keeps order). */
function compareDistance(a: number | undefined, b: number | undefined): number {
	if (a === undefined || b === undefined) return (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0);
	return a - b;
}
