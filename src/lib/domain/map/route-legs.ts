/**
 * GeoJSON for the map's `routes` source: for each route, a line from each located stop to the
 * next located stop. Where the roads file has that leg's line (OpenStreetMap 2021, `lineOf`),
 * the line follows the roads (`road: true`); otherwise it is a
 * straight line (`road: false`, drawn dashed: not a road, and the legend says so). Stops
 * without a known location are skipped, so the line joins the stops on either side of them.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { isLocated, type Place, type Route } from '../content/types.ts';

/** Properties of each feature of the map's `routes` source (read by lib/map/style): the route, its two stops, and whether the line follows the roads. */
export type RouteLegProperties = { id: string; color: string; name: string; from: string; to: string; road: boolean };

/** `lineOf` gives a leg's line along the roads (from the roads file, once loaded), or undefined. */
export type LegLine = (from: string, to: string) => readonly (readonly [number, number])[] | undefined;

export function routeLegs(
	routes: readonly Route[],
	places: readonly Place[],
	lineOf: LegLine = () => undefined
): FeatureCollection<LineString, RouteLegProperties> {
	const byId = new Map(places.map((place) => [place.id, place]));
	const features: Feature<LineString, RouteLegProperties>[] = [];
	for (const route of routes) {
		let previous: { id: string; lon: number; lat: number } | undefined;
		for (const stopId of route.stops) {
			const loc = byId.get(stopId)?.location;
			if (!isLocated(loc)) continue;
			const here = { id: stopId, lon: loc.lon, lat: loc.lat };
			if (previous && (previous.lon !== here.lon || previous.lat !== here.lat)) {
				const road = lineOf(previous.id, here.id);
				const useRoad = road !== undefined && road.length >= 2;
				features.push({
					type: 'Feature',
					geometry: {
						type: 'LineString',
						coordinates: useRoad
							? road.map(([lon, lat]) => [lon, lat])
							: [
									[previous.lon, previous.lat],
									[here.lon, here.lat]
								]
					},
					properties: { id: route.id, color: route.color, name: route.name, from: previous.id, to: here.id, road: useRoad }
				});
			}
			previous = here;
		}
	}
	return { type: 'FeatureCollection', features };
}
