/**
 * GeoJSON for "show my location": the position as a point and the circle of its accuracy,
 * both in one collection for the map's `user-location` source.
 */
import type { FeatureCollection, Point, Polygon } from 'geojson';
import { circlePolygon } from '../geo/circle.ts';
import type { Fix } from '../geo/distance.ts';

export type { Fix };
export type PositionProperties = { role: 'accuracy' | 'position' };

/** Accuracy circles smaller than this are drawn at this size, so the circle stays visible. */
export const MIN_ACCURACY_M = 5;

/** Empty for no fix (or an unusable one). */
export function positionFeatures(fix: Fix | null | undefined): FeatureCollection<Point | Polygon, PositionProperties> {
	if (!fix || !Number.isFinite(fix.lat) || !Number.isFinite(fix.lon) || Math.abs(fix.lat) > 90) {
		return { type: 'FeatureCollection', features: [] };
	}
	const radius = Number.isFinite(fix.accuracyM) ? Math.max(MIN_ACCURACY_M, fix.accuracyM) : MIN_ACCURACY_M;
	return {
		type: 'FeatureCollection',
		features: [
			{ type: 'Feature', geometry: circlePolygon(fix.lon, fix.lat, radius), properties: { role: 'accuracy' } },
			{ type: 'Feature', geometry: { type: 'Point', coordinates: [fix.lon, fix.lat] }, properties: { role: 'position' } }
		]
	};
}
