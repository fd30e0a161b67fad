/**
 * The contract between the style and the map components: source and layer ids, the
 * global-state name of the selection, and which properties each app source's features
 * carry (the GeoJSON is built in lib/domain/map, so the types are taken from there).
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { PlaceAreaProperties, PlacePointProperties } from '$lib/domain/map/place-features';
import type { PositionProperties } from '$lib/domain/map/position-features';
import type { RouteLegProperties } from '$lib/domain/map/route-legs';

export const SOURCE_IDS = {
	basemap: 'basemap',
	detail: 'detail',
	places: 'places',
	placeAreas: 'place-areas',
	routes: 'routes',
	userLocation: 'user-location'
} as const;

/** Layers the app listens to (clicks, hover) or needs to find. */
export const LAYER_IDS = {
	clusters: 'places-clusters',
	clusterCount: 'places-cluster-count',
	points: 'places-points',
	approxPoints: 'places-points-approx',
	icons: 'places-icons',
	labels: 'places-labels',
	selected: 'places-selected',
	areas: 'place-areas-fill',
	routes: 'routes-line',
	userAccuracy: 'user-accuracy-fill',
	userPosition: 'user-position'
} as const;

/** Global-state property holding the selected place's id ('' for none). */
export const SELECTED_PLACE_STATE = 'selectedPlaceId';

/** What the app puts on the features of each of its GeoJSON sources. */
export type AppFeatureProperties = {
	places: PlacePointProperties;
	placeAreas: PlaceAreaProperties;
	routes: RouteLegProperties;
	userLocation: PositionProperties;
};

/** `['get', key]` for a property that the features of source `S` really carry. */
export function appProp<S extends keyof AppFeatureProperties>(key: keyof AppFeatureProperties[S] & string): ExpressionSpecification {
	return ['get', key];
}
