/**
 * GeoJSON for the map's `routes` source: for each route, a straight line from each located
 * stop to the next located stop. These are not roads (the guide has no road geometry), and
 * the legend says so. Stops without a known location are skipped, so the line joins the
 * stops on either side of them.
 */
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { isLocated, type Place, type Route } from '../content/types.ts';

/** Properties of each feature of the map's `routes` source (read by lib/map/style): the route and its two stops. */
export type RouteLegProperties = { id: string; color: string; name: string; from: string; to: string };

export function routeLegs(routes: readonly Route[], places: readonly Place[]): FeatureCollection<LineString, RouteLegProperties> {
	const byId = new Map(places.map((place) => [place.id, place]));
	const features: Feature<LineString, RouteLegProperties>[] = [];
	for (const route of routes) {
		let previous: { id: string; lon: number; lat: number } | undefined;
		for (const stopId of route.stops) {
			const loc = byId.get(stopId)?.location;
			if (!isLocated(loc)) continue;
			const here = { id: stopId, lon: loc.lon, lat: loc.lat };
			if (previous && (previous.lon !== here.lon || previous.lat !== here.lat)) {
				features.push({
					type: 'Feature',
					geometry: {
						type: 'LineString',
						coordinates: [
							[previous.lon, previous.lat],
							[here.lon, here.lat]
						]
					},
					properties: { id: route.id, color: route.color, name: route.name, from: previous.id, to: here.id }
				});
			}
			previous = here;
		}
	}
	return { type: 'FeatureCollection', features };
}
