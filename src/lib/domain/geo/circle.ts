/**
 * Circles on the ground as GeoJSON polygons. The map draws a place whose position is only
 * approximate (e.g. "somewhere in this commune") as a soft area of its uncertainty radius;
 * MapLibre circle layers are sized in pixels, so the area has to be a polygon in metres.
 */
import type { Polygon, Position } from 'geojson';
import { EARTH_MEAN_RADIUS_M, toDeg, toRad } from './distance.ts';
/** 6 decimals ≈ 0.1 m: plenty for a map, and keeps GeoJSON small. */
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

/**
 * The point `distanceM` metres from lon/lat along the great circle that leaves it at
 * `bearingDeg` (0 = north, 90 = east).
 */
export function destinationPoint(lon: number, lat: number, distanceM: number, bearingDeg: number): [number, number] {
	const delta = distanceM / EARTH_MEAN_RADIUS_M;
	const theta = toRad(bearingDeg);
	const phi1 = toRad(lat);
	const lambda1 = toRad(lon);
	const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
	const phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
	const lambda2 =
		lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1), Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
	return [toDeg(lambda2), toDeg(phi2)];
}

/**
 * A polygon approximating the circle of `radiusM` metres around lon/lat, with `steps`
 * vertices (default 64). The ring starts due north, runs counter-clockwise as RFC 7946
 * asks of outer rings, and is closed (its last position repeats the first). Coordinates
 * are rounded to 6 decimals. Longitudes are not wrapped, so a circle across the
 * antimeridian may go past ±180.
 */
export function circlePolygon(lon: number, lat: number, radiusM: number, steps = 64): Polygon {
	if (!Number.isFinite(lon) || !Number.isFinite(lat) || lat < -90 || lat > 90) {
		throw new RangeError(`not a position: ${lon}, ${lat}`);
	}
	if (!Number.isFinite(radiusM) || radiusM <= 0) {
		throw new RangeError(`the radius must be a positive number of metres, got ${radiusM}`);
	}
	if (!Number.isInteger(steps) || steps < 3) {
		throw new RangeError(`a circle needs at least 3 steps, got ${steps}`);
	}
	const ring: Position[] = [];
	for (let i = 0; i < steps; i++) {
		// Bearings decrease (north, west, south, east) so the ring is counter-clockwise.
		const [x, y] = destinationPoint(lon, lat, radiusM, (-360 * i) / steps);
		ring.push([round6(x), round6(y)]);
	}
	const first = ring[0];
	if (first !== undefined) ring.push([...first]);
	return { type: 'Polygon', coordinates: [ring] };
}
