/**
 * Point-in-polygon tests for GeoJSON-style coordinates ([lon, lat], planar maths on degrees), used
 * by the content check to keep coordinates inside the province (build time only, not shipped).
 * Fine for province-sized areas away from the poles and the antimeridian. A point exactly on
 * an edge may be reported either way.
 */

/** A GeoJSON position: [lon, lat] (extra values such as altitude are ignored). */
export type Position = number[];
/** A linear ring: closed or not, the closing edge is implied. */
export type Ring = Position[];
/** A polygon: the outer ring first, then holes. */
export type PolygonCoordinates = Ring[];

export type PolygonGeometry = { type: 'Polygon'; coordinates: PolygonCoordinates };
export type MultiPolygonGeometry = { type: 'MultiPolygon'; coordinates: PolygonCoordinates[] };
/** Either geometry, also in the loose shape that a parsed GeoJSON file often has. */
export type AreaGeometry =
	PolygonGeometry | MultiPolygonGeometry | { type: 'Polygon' | 'MultiPolygon'; coordinates: PolygonCoordinates | PolygonCoordinates[] };

/** Even-odd ray casting: does a ray going east from the point cross the ring an odd number of times? */
export function pointInRing(point: Position, ring: Ring): boolean {
	const [x = NaN, y = NaN] = point;
	let inside = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
		const [xi = NaN, yi = NaN] = ring[i] ?? [];
		const [xj = NaN, yj = NaN] = ring[j] ?? [];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
	}
	return inside;
}

/** True when the point is inside the outer ring and outside every hole. */
export function pointInPolygon(point: Position, polygon: PolygonCoordinates): boolean {
	const [outer, ...holes] = polygon;
	if (!outer || !pointInRing(point, outer)) return false;
	return !holes.some((hole) => pointInRing(point, hole));
}

/** True when `coordinates` has the depth of one polygon (rings of positions), not of several. */
function isPolygonCoordinates(coordinates: PolygonCoordinates | PolygonCoordinates[]): coordinates is PolygonCoordinates {
	const firstPosition = coordinates[0]?.[0];
	return firstPosition !== undefined && typeof firstPosition[0] === 'number';
}

/** True when the point lies inside a Polygon or any part of a MultiPolygon. */
export function pointInGeometry(point: Position, geometry: AreaGeometry): boolean {
	const { coordinates } = geometry;
	const polygons = isPolygonCoordinates(coordinates) ? [coordinates] : coordinates;
	return polygons.some((polygon) => pointInPolygon(point, polygon));
}
