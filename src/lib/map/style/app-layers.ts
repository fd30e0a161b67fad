/**
 * The app's own sources and layers, filled by the app with `setData` (GeoJSON built in
 * lib/domain/map): routes and the areas of approximately placed places below the basemap
 * labels; place markers (clustered), the selection highlight and the visitor's position above.
 */
import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { byZoom, kindMatch, textLayout, textPaint } from './expressions';
import { LAYER_IDS, SELECTED_PLACE_STATE, SOURCE_IDS, appProp } from './ids';
import { KIND_COLORS, KIND_ICONS, type StyleColors } from './tokens';

/** Places are clustered up to this zoom (inclusive), within this many pixels. */
export const CLUSTER_MAX_ZOOM = 9;
export const CLUSTER_RADIUS_PX = 32;

/** Initial data of the app sources; the app normally sets it later with `setData`. */
export type AppData = {
	places?: FeatureCollection;
	placeAreas?: FeatureCollection;
	routes?: FeatureCollection;
	userLocation?: FeatureCollection;
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

const isCluster: ExpressionSpecification = ['has', 'point_count'];
const isPlace: ExpressionSpecification = ['!', ['has', 'point_count']];
const isApprox: ExpressionSpecification = ['==', appProp<'places'>('approx'), true];
/** True for the selected place's marker and area (both carry the place's `id`). */
const isSelected: ExpressionSpecification = ['==', appProp<'places' | 'placeAreas'>('id'), ['global-state', SELECTED_PLACE_STATE]];
const userRole = (role: 'accuracy' | 'position'): ExpressionSpecification => ['==', appProp<'userLocation'>('role'), role];

export function appSources(data: AppData = {}): Record<string, GeoJSONSourceSpecification> {
	return {
		[SOURCE_IDS.places]: {
			type: 'geojson',
			data: data.places ?? EMPTY,
			cluster: true,
			// Clustered only at province scale: from z10 (a district on a phone) every place has its own marker.
			clusterRadius: CLUSTER_RADIUS_PX,
			clusterMaxZoom: CLUSTER_MAX_ZOOM
		},
		[SOURCE_IDS.placeAreas]: { type: 'geojson', data: data.placeAreas ?? EMPTY },
		[SOURCE_IDS.routes]: { type: 'geojson', data: data.routes ?? EMPTY },
		[SOURCE_IDS.userLocation]: { type: 'geojson', data: data.userLocation ?? EMPTY }
	};
}

/** Routes and approximate places' areas: drawn under every label. */
export function appBelowLabels(c: StyleColors): LayerSpecification[] {
	return [
		{
			id: 'routes-casing',
			type: 'line',
			source: SOURCE_IDS.routes,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-opacity': byZoom(12, 0.85, 15, 0.35), 'line-width': byZoom(6, 4, 14, 8) }
		},
		{
			id: LAYER_IDS.routes,
			type: 'line',
			source: SOURCE_IDS.routes,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': ['to-color', appProp<'routes'>('color'), c.route],
				'line-width': byZoom(6, 2, 14, 4),
				// Up close a route line would hide the road it follows (or look like a path); let it recede.
				'line-opacity': byZoom(12, 1, 15, 0.45),
				// Dashed where straight (not a road), solid where the leg follows the roads.
				'line-dasharray': ['case', ['==', appProp<'routes'>('road'), true], ['literal', [1, 0]], ['literal', [2, 1.5]]]
			}
		},
		{
			id: LAYER_IDS.areas,
			type: 'fill',
			source: SOURCE_IDS.placeAreas,
			// Faint when zoomed in (a big area would tint the whole screen), clearer when selected.
			paint: {
				'fill-color': kindMatch(KIND_COLORS, c.markerStroke),
				'fill-opacity': ['interpolate', ['linear'], ['zoom'], 6, ['case', isSelected, 0.2, 0.12], 13, ['case', isSelected, 0.14, 0.02]]
			}
		},
		{
			id: 'place-areas-line',
			type: 'line',
			source: SOURCE_IDS.placeAreas,
			paint: {
				'line-color': kindMatch(KIND_COLORS, c.markerStroke),
				// Up close only the selected place's area stays clear: other places' areas could
				// be mistaken for the visitor's own accuracy circle.
				'line-opacity': ['interpolate', ['linear'], ['zoom'], 11, ['case', isSelected, 0.9, 0.7], 13, ['case', isSelected, 0.9, 0.2]],
				'line-width': ['case', isSelected, 2.5, 1.2],
				'line-dasharray': [2, 2]
			}
		}
	];
}

/** Place markers, clusters, icons and names, with the selection highlight under them. */
export function appMarkers(c: StyleColors): LayerSpecification[] {
	const source = SOURCE_IDS.places;
	const radius = byZoom(6, 5, 11, 8, 15, 11);
	return [
		{
			id: LAYER_IDS.selected,
			type: 'circle',
			source,
			filter: ['all', isPlace, isSelected],
			paint: {
				'circle-color': c.textHalo,
				'circle-opacity': 0.9,
				'circle-radius': byZoom(6, 10, 11, 14, 15, 18),
				'circle-stroke-color': c.selected,
				'circle-stroke-width': 3
			}
		},
		{
			id: LAYER_IDS.clusters,
			type: 'circle',
			source,
			filter: isCluster,
			paint: {
				'circle-color': c.cluster,
				'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 30, 22],
				'circle-stroke-color': '#ffffff',
				'circle-stroke-width': 2
			}
		},
		{
			id: LAYER_IDS.clusterCount,
			type: 'symbol',
			source,
			filter: isCluster,
			layout: {
				...textLayout(12),
				'text-field': ['get', 'point_count_abbreviated'],
				'text-allow-overlap': true,
				'text-ignore-placement': true
			},
			paint: { 'text-color': c.clusterText }
		},
		{
			id: LAYER_IDS.points,
			type: 'circle',
			source,
			filter: ['all', isPlace, ['!', isApprox]],
			paint: {
				'circle-color': kindMatch(KIND_COLORS, c.markerStroke),
				'circle-radius': radius,
				'circle-stroke-color': c.markerStroke,
				'circle-stroke-width': 1.5
			}
		},
		{
			// Approximate places: a hollow marker; their area is in `place-areas`.
			id: LAYER_IDS.approxPoints,
			type: 'circle',
			source,
			filter: ['all', isPlace, isApprox],
			paint: {
				'circle-color': c.textHalo,
				'circle-radius': radius,
				'circle-stroke-color': kindMatch(KIND_COLORS, c.markerStroke),
				'circle-stroke-width': 3
			}
		},
		{
			id: LAYER_IDS.icons,
			type: 'symbol',
			source,
			filter: ['all', isPlace, ['!', isApprox]],
			minzoom: 11,
			layout: {
				'icon-image': kindMatch(KIND_ICONS, KIND_ICONS.service),
				'icon-size': byZoom(11, 0.7, 15, 0.95),
				'icon-allow-overlap': true,
				'icon-ignore-placement': true
			}
		},
		{
			id: LAYER_IDS.labels,
			type: 'symbol',
			source,
			filter: isPlace,
			minzoom: 10,
			layout: {
				...textLayout(12.5),
				'text-field': appProp<'places'>('name'),
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.2,
				'text-max-width': 9,
				'text-optional': true
			},
			paint: textPaint(c, c.text)
		}
	];
}

/** "You are here": the accuracy circle, then the position on top of everything. */
export function appUserLocation(c: StyleColors): LayerSpecification[] {
	const source = SOURCE_IDS.userLocation;
	return [
		{
			id: LAYER_IDS.userAccuracy,
			type: 'fill',
			source,
			filter: userRole('accuracy'),
			paint: { 'fill-color': c.position, 'fill-opacity': 0.12 }
		},
		{
			id: 'user-accuracy-line',
			type: 'line',
			source,
			filter: userRole('accuracy'),
			paint: { 'line-color': c.position, 'line-opacity': 0.6, 'line-width': 1.5 }
		},
		{
			// A soft halo and a thick white ring set the visitor apart from the (blue) service markers.
			id: 'user-position-halo',
			type: 'circle',
			source,
			filter: userRole('position'),
			paint: { 'circle-color': c.position, 'circle-opacity': 0.25, 'circle-radius': 17, 'circle-blur': 0.2 }
		},
		{
			id: LAYER_IDS.userPosition,
			type: 'circle',
			source,
			filter: userRole('position'),
			paint: { 'circle-color': c.position, 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 }
		}
	];
}
