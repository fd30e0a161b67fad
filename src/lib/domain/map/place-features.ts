/**
 * GeoJSON for the map's `places` and `place-areas` sources. Places with no known location
 * are left out (they are in the list only). A place whose position is derived or only
 * known to the commune is drawn hollow, with a circle of its uncertainty radius around it.
 */
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import { isApproximate, isLocated, type Place, type PlaceKind } from '../content/types.ts';
import { circlePolygon } from '../geo/circle.ts';

/** Properties of each feature of the map's `places` source (read by lib/map/style). */
export type PlacePointProperties = { id: string; name: string; kind: PlaceKind; approx?: boolean };
/** Properties of each feature of the map's `place-areas` source. */
export type PlaceAreaProperties = { id: string; kind: PlaceKind };

/** One point per located place, in the order given; `approx: true` only when approximate. */
export function placePoints(places: readonly Place[]): FeatureCollection<Point, PlacePointProperties> {
	const features: Feature<Point, PlacePointProperties>[] = [];
	for (const place of places) {
		const loc = place.location;
		if (!isLocated(loc)) continue;
		const properties: PlacePointProperties = { id: place.id, name: place.name, kind: place.kind };
		if (isApproximate(loc)) properties.approx = true;
		features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [loc.lon, loc.lat] }, properties });
	}
	return { type: 'FeatureCollection', features };
}

/** The uncertainty circle of each approximate place (`steps` vertices each). */
export function placeAreas(places: readonly Place[], steps = 48): FeatureCollection<Polygon, PlaceAreaProperties> {
	const features: Feature<Polygon, PlaceAreaProperties>[] = [];
	for (const place of places) {
		const loc = place.location;
		if (!isLocated(loc) || !isApproximate(loc) || !(loc.uncertaintyM > 0)) continue;
		features.push({
			type: 'Feature',
			geometry: circlePolygon(loc.lon, loc.lat, loc.uncertaintyM, steps),
			properties: { id: place.id, kind: place.kind }
		});
	}
	return { type: 'FeatureCollection', features };
}
