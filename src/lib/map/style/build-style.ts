/**
 * The MapLibre style of the guide, built by a pure function: same options → same style.
 *
 * Drawing order, bottom to top:
 *
 * 1. Overview basemap (our own archive, tools/basemap/): land, Cao Bằng's soft fill,
 *    rivers, neighbouring provinces' outlines, Cao Bằng's outline, the national border.
 * 2. Detail basemap, only when `detailUrl` is given: an OpenStreetMap extract in the
 *    Protomaps basemap schema (layers `water`, `roads`, `places`). Layers that the
 *    archive does not have simply draw nothing.
 * 3. App data, filled by the app with `setData` (see the `*FeatureProperties` types):
 *    routes, areas of places whose position is approximate, then basemap labels, then
 *    place markers (clustered) and the selected-place highlight on top.
 *
 * All text uses the one font stack we ship as glyph PBFs ("Noto Sans Regular"); all
 * sources are local (pmtiles:// or same-origin paths), so the map works offline.
 * The selected place is a global-state property: `map.setGlobalStateProperty(SELECTED_PLACE_STATE, id)`.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	GeoJSONSourceSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Lang, PlaceKind } from '$lib/domain/content/types';
import { DETAIL_ATTRIBUTION_DEFAULT } from './attribution';

/** The only font stack in the style; its glyph ranges are in public/basemap/glyphs/. */
export const FONT_STACK = ['Noto Sans Regular'];

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

/** Places are clustered up to this zoom (inclusive), within this many pixels. */
export const CLUSTER_MAX_ZOOM = 9;
export const CLUSTER_RADIUS_PX = 32;

/** Global-state property holding the selected place's id ('' for none). */
export const SELECTED_PLACE_STATE = 'selectedPlaceId';

/**
 * Marker colour per kind of place: the Okabe–Ito palette, which stays distinct with the
 * common colour-vision deficiencies. Every colour has at least 4:1 contrast with the
 * black sprite icon drawn on it, and markers get a dark outline so they stand out (3:1)
 * from the light land colours. Show a legend: colour is never the only cue.
 */
export const KIND_COLORS: Record<PlaceKind, string> = {
	geosite: '#E69F00', // orange: karst, rock, caves
	relic: '#D55E00', // vermilion: historic and revolutionary relics
	culture: '#CC79A7', // reddish purple: villages, crafts, festivals
	nature: '#009E73', // bluish green: forests, lakes, waterfalls
	service: '#0072B2' // blue: information, lodging, help
};

/** The sprite icon (data/basemap/sprites, Maki) drawn on each kind's marker. */
export const KIND_ICONS: Record<PlaceKind, string> = {
	geosite: 'mountain',
	relic: 'monument',
	culture: 'museum',
	nature: 'natural',
	service: 'information'
};

export type StyleColors = {
	/** Outside the data (beyond the region box). */
	background: string;
	/** Vietnam. */
	land: string;
	/** China, a little greyer (fades to `land` by zoom 9). */
	landAbroad: string;
	provinceFill: string;
	provinceLine: string;
	adminLine: string;
	border: string;
	borderGlow: string;
	river: string;
	water: string;
	road: string;
	roadCasing: string;
	roadMajor: string;
	roadMajorCasing: string;
	text: string;
	textMuted: string;
	textHalo: string;
	cluster: string;
	clusterText: string;
	markerStroke: string;
	selected: string;
	/** Routes whose feature has no usable `color`. */
	route: string;
	/** The visitor's own position and its accuracy circle. */
	position: string;
};

/** A calm, light palette. Text colours have at least 4.5:1 contrast with the land. */
export const DEFAULT_COLORS: StyleColors = {
	background: '#e6e9e3',
	land: '#f5f3ec',
	landAbroad: '#e9e6de',
	provinceFill: '#6fa87a',
	provinceLine: '#2e6b43',
	adminLine: '#a59f91',
	border: '#8a2f66',
	borderGlow: '#e4bcd3',
	river: '#7fb0d6',
	water: '#b7d3ea',
	road: '#ffffff',
	roadCasing: '#cfc8b8',
	roadMajor: '#fde7b0',
	roadMajorCasing: '#d9b56a',
	text: '#3b3830',
	textMuted: '#6b6558',
	textHalo: '#fbfaf6',
	cluster: '#2f3e46',
	clusterText: '#ffffff',
	markerStroke: '#1f2933',
	selected: '#111111',
	route: '#8a5a00',
	position: '#1a5fb4'
};

/** Properties the app puts on each feature of the `places` source. */
export type PlaceFeatureProperties = {
	/** Content id, e.g. "ban-gioc-waterfall"; matched by the selection highlight. */
	id: string;
	/** Name in the current language. */
	name: string;
	kind: PlaceKind;
	/** True when the position is only approximate; its area goes in `place-areas`. */
	approx?: boolean;
};

/** Properties of each polygon in `place-areas` (made with `circlePolygon` from lib/domain/geo/circle). */
export type PlaceAreaFeatureProperties = { id: string; kind: PlaceKind };

/** Properties of each line in `routes`. `color` is any CSS colour, e.g. "#0072B2". */
export type RouteFeatureProperties = { id: string; color?: string; name?: string };

/**
 * Properties of the `user-location` features: the accuracy circle (a polygon made with
 * `circlePolygon`) and the position itself (a point).
 */
export type UserLocationFeatureProperties = { role: 'accuracy' | 'position' };

export type BuildStyleOptions = {
	lang: Lang;
	/** The overview archive, e.g. 'pmtiles://overview' (registered with the pmtiles protocol). */
	basemapUrl: string;
	/** An optional detail archive in the Protomaps basemap schema, e.g. 'pmtiles://detail'. */
	detailUrl?: string;
	/** Shown for the detail archive (content/site.yaml `basemap.detail.attribution`). */
	detailAttribution?: string;
	/** e.g. '/basemap/glyphs/{fontstack}/{range}.pbf' */
	glyphsUrl: string;
	/** e.g. '/basemap/sprites/caobang' (without extension); resolved against `baseUrl`. */
	spriteUrl: string;
	/**
	 * The page's URL (`location.href`). MapLibre only accepts an absolute sprite URL, so a
	 * relative `spriteUrl` is resolved against this. Leave it out in tests and snapshots.
	 */
	baseUrl?: string;
	/** Shown for the overview archive: BASEMAP_ATTRIBUTION from ./attribution. */
	attribution: string;
	colors?: Partial<StyleColors>;
	/** Initial data; the app normally sets it later with `setData`. */
	data?: {
		places?: FeatureCollection;
		placeAreas?: FeatureCollection;
		routes?: FeatureCollection;
		userLocation?: FeatureCollection;
	};
	/** The place selected when the style loads. */
	selectedPlaceId?: string;
};

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Throws unless `url` is local: a relative path, a custom protocol such as pmtiles://, or
 * (when `baseUrl` is given) an absolute URL on the same origin as `baseUrl`.
 */
export function assertLocalUrl(url: string, what: string, baseUrl?: string): void {
	if (!/^(https?:)?\/\//i.test(url.trim())) return;
	if (baseUrl !== undefined && new URL(url, baseUrl).origin === new URL(baseUrl).origin) return;
	throw new Error(`${what} must be local for offline use, got "${url}"`);
}

const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const isCluster: ExpressionSpecification = ['has', 'point_count'];
const isPlace: ExpressionSpecification = ['!', ['has', 'point_count']];
const isApprox: ExpressionSpecification = ['==', ['get', 'approx'], true];

function kindMatch(values: Record<PlaceKind, string>, fallback: string): ExpressionSpecification {
	return [
		'match',
		['get', 'kind'],
		'geosite',
		values.geosite,
		'relic',
		values.relic,
		'culture',
		values.culture,
		'nature',
		values.nature,
		'service',
		values.service,
		fallback
	];
}

/** Linear interpolation over zoom: byZoom(5, 1, 11, 3) is 1 at z5 and 3 at z11. */
function byZoom(...stops: number[]): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], ...stops];
}

function textLayout(size: ExpressionSpecification | number): {
	'text-font': string[];
	'text-size': ExpressionSpecification | number;
} {
	return { 'text-font': FONT_STACK, 'text-size': size };
}

function overviewLayers(c: StyleColors, lang: Lang, hasDetail: boolean): { base: LayerSpecification[]; labels: LayerSpecification[] } {
	const source = SOURCE_IDS.basemap;
	const areaName: ExpressionSpecification = ['coalesce', ['get', `name_${lang}`], ['get', 'name_vi']];
	const base: LayerSpecification[] = [
		{ id: 'background', type: 'background', paint: { 'background-color': c.background } },
		{
			id: 'countries-fill',
			type: 'fill',
			source,
			'source-layer': 'countries',
			filter: isArea,
			// China is tinted only when zoomed out: Natural Earth's 1:10m border lies up to a few
			// km from the real one, so up close the tint would spill into Cao Bằng.
			paint: {
				'fill-color': ['interpolate', ['linear'], ['zoom'], 7, ['match', ['get', 'adm0'], 'VNM', c.land, c.landAbroad], 9, c.land]
			}
		},
		{
			id: 'province-fill',
			type: 'fill',
			source,
			'source-layer': 'province',
			filter: isArea,
			paint: { 'fill-color': c.provinceFill, 'fill-opacity': byZoom(5, 0.2, 11, 0.1) }
		},
		{
			id: 'water-line',
			type: 'line',
			source,
			'source-layer': 'water_line',
			...(hasDetail ? { maxzoom: 12 } : {}),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': c.river,
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					['match', ['get', 'level'], 2, 0.9, 3, 0.7, 0.5],
					11,
					['match', ['get', 'level'], 2, 2.4, 3, 1.8, 1.3],
					14,
					['match', ['get', 'level'], 2, 4, 3, 3, 2]
				]
			}
		},
		{
			// Natural Earth's coarse provincial lines: useful for orientation when zoomed
			// out, misleading up close, so they fade away by z10.
			id: 'admin-line',
			type: 'line',
			source,
			'source-layer': 'admin',
			filter: isLine,
			maxzoom: 10,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': c.adminLine,
				'line-width': byZoom(5, 0.6, 9, 1.2),
				'line-opacity': byZoom(8, 1, 10, 0)
			}
		}
	];
	const boundaries: LayerSpecification[] = [
		{
			id: 'province-glow',
			type: 'line',
			source,
			'source-layer': 'province',
			filter: isArea,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.provinceFill, 'line-opacity': 0.35, 'line-width': byZoom(5, 3, 10, 8, 14, 12), 'line-blur': 2 }
		},
		{
			id: 'province-line',
			type: 'line',
			source,
			'source-layer': 'province',
			filter: isArea,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.provinceLine, 'line-width': byZoom(5, 1.2, 10, 2.5, 14, 3.5) }
		},
		{
			id: 'boundary-glow',
			type: 'line',
			source,
			'source-layer': 'boundary',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.borderGlow, 'line-opacity': 0.7, 'line-width': byZoom(5, 3, 10, 7, 14, 10) }
		},
		{
			id: 'boundary-line',
			type: 'line',
			source,
			'source-layer': 'boundary',
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.border, 'line-width': byZoom(5, 1.2, 10, 2.2, 14, 3), 'line-dasharray': [3, 1.5] }
		}
	];
	const halo = { 'text-halo-color': c.textHalo, 'text-halo-width': 1.5 };
	const labels: LayerSpecification[] = [
		{
			id: 'country-label',
			type: 'symbol',
			source,
			'source-layer': 'countries',
			filter: isPoint,
			layout: {
				...textLayout(byZoom(5, 12, 10, 16)),
				'text-field': areaName,
				'text-transform': 'uppercase',
				'text-letter-spacing': 0.2,
				'text-max-width': 8
			},
			paint: { 'text-color': c.textMuted, ...halo }
		},
		{
			id: 'admin-label',
			type: 'symbol',
			source,
			'source-layer': 'admin',
			filter: isPoint,
			maxzoom: 11,
			layout: {
				...textLayout(byZoom(5, 10, 10, 13)),
				'text-field': areaName,
				'text-letter-spacing': 0.08,
				'text-max-width': 6
			},
			paint: { 'text-color': c.textMuted, ...halo }
		},
		{
			id: 'province-label',
			type: 'symbol',
			source,
			'source-layer': 'province',
			filter: isPoint,
			maxzoom: 9,
			layout: {
				...textLayout(byZoom(5, 12, 8, 16)),
				'text-field': areaName,
				'text-letter-spacing': 0.1,
				'text-max-width': 8
			},
			paint: { 'text-color': c.provinceLine, ...halo }
		},
		{
			// Capitals from z5, district seats from z8, the rest from z10.
			id: 'place-dot',
			type: 'circle',
			source,
			'source-layer': 'place',
			filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 8, 2, 10, 3]],
			...(hasDetail ? { maxzoom: 12 } : {}),
			paint: {
				'circle-color': c.text,
				'circle-radius': ['match', ['get', 'rank'], 1, 3.5, 2, 2.5, 2],
				'circle-stroke-color': c.textHalo,
				'circle-stroke-width': 1
			}
		},
		{
			id: 'place-label',
			type: 'symbol',
			source,
			'source-layer': 'place',
			filter: ['<=', ['get', 'rank'], ['step', ['zoom'], 1, 8, 2, 10, 3]],
			...(hasDetail ? { maxzoom: 12 } : {}),
			layout: {
				...textLayout(['match', ['get', 'rank'], 1, 15, 2, 12.5, 11]),
				'text-field': ['get', 'label'],
				'symbol-sort-key': ['get', 'rank'],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.6,
				'text-max-width': 8
			},
			paint: { 'text-color': c.text, ...halo }
		}
	];
	return { base: [...base, ...boundaries], labels };
}

/** Layers for an OpenStreetMap extract in the Protomaps basemap schema (v4: `kind`, `name:xx`). */
function detailLayers(c: StyleColors, lang: Lang): { base: LayerSpecification[]; labels: LayerSpecification[] } {
	const source = SOURCE_IDS.detail;
	const name: ExpressionSpecification = ['coalesce', ['get', `name:${lang}`], ['get', 'name']];
	const major: FilterSpecification = ['match', ['get', 'kind'], ['highway', 'major_road', 'medium_road'], true, false];
	const halo = { 'text-halo-color': c.textHalo, 'text-halo-width': 1.5 };
	const base: LayerSpecification[] = [
		{ id: 'detail-water', type: 'fill', source, 'source-layer': 'water', filter: isArea, paint: { 'fill-color': c.water } },
		{
			id: 'detail-water-line',
			type: 'line',
			source,
			'source-layer': 'water',
			filter: isLine,
			minzoom: 9,
			paint: { 'line-color': c.river, 'line-width': byZoom(9, 0.8, 14, 2.5) }
		},
		{
			id: 'detail-paths',
			type: 'line',
			source,
			'source-layer': 'roads',
			filter: ['==', ['get', 'kind'], 'path'],
			minzoom: 13,
			paint: { 'line-color': c.roadCasing, 'line-width': byZoom(13, 0.8, 16, 1.6), 'line-dasharray': [2, 1] }
		},
		{
			id: 'detail-roads-minor',
			type: 'line',
			source,
			'source-layer': 'roads',
			filter: ['==', ['get', 'kind'], 'minor_road'],
			minzoom: 12,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': c.roadCasing, 'line-width': byZoom(12, 0.6, 16, 3) }
		},
		{
			id: 'detail-roads-major-casing',
			type: 'line',
			source,
			'source-layer': 'roads',
			filter: major,
			minzoom: 8,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': c.roadMajorCasing, 'line-width': byZoom(8, 1.2, 12, 4, 16, 10) }
		},
		{
			id: 'detail-roads-major',
			type: 'line',
			source,
			'source-layer': 'roads',
			filter: major,
			minzoom: 8,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': c.roadMajor, 'line-width': byZoom(8, 0.6, 12, 2.6, 16, 8) }
		}
	];
	const labels: LayerSpecification[] = [
		{
			id: 'detail-roads-label',
			type: 'symbol',
			source,
			'source-layer': 'roads',
			filter: major,
			minzoom: 11,
			layout: {
				...textLayout(11),
				'text-field': ['coalesce', ['get', 'ref'], name],
				'symbol-placement': 'line',
				'symbol-spacing': 400
			},
			paint: { 'text-color': c.text, ...halo }
		},
		{
			id: 'detail-places-label',
			type: 'symbol',
			source,
			'source-layer': 'places',
			filter: ['match', ['get', 'kind'], ['locality', 'neighbourhood'], true, false],
			minzoom: 12,
			layout: { ...textLayout(byZoom(12, 11, 16, 14)), 'text-field': name, 'text-max-width': 8 },
			paint: { 'text-color': c.text, ...halo }
		}
	];
	return { base, labels };
}

function appSources(opts: BuildStyleOptions): Record<string, GeoJSONSourceSpecification> {
	return {
		[SOURCE_IDS.places]: {
			type: 'geojson',
			data: opts.data?.places ?? EMPTY,
			cluster: true,
			// Clustered only at province scale: from z10 (a district on a phone) every place has its own marker.
			clusterRadius: CLUSTER_RADIUS_PX,
			clusterMaxZoom: CLUSTER_MAX_ZOOM
		},
		[SOURCE_IDS.placeAreas]: { type: 'geojson', data: opts.data?.placeAreas ?? EMPTY },
		[SOURCE_IDS.routes]: { type: 'geojson', data: opts.data?.routes ?? EMPTY },
		[SOURCE_IDS.userLocation]: { type: 'geojson', data: opts.data?.userLocation ?? EMPTY }
	};
}

function appBelowLabels(c: StyleColors): LayerSpecification[] {
	const isSelected: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', SELECTED_PLACE_STATE]];
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
				'line-color': ['to-color', ['get', 'color'], c.route],
				'line-width': byZoom(6, 2, 14, 4),
				// Up close a straight leg would look like a path; let it recede.
				'line-opacity': byZoom(12, 1, 15, 0.45),
				'line-dasharray': [2, 1.5]
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

function appMarkers(c: StyleColors): LayerSpecification[] {
	const source = SOURCE_IDS.places;
	const isSelected: ExpressionSpecification = ['==', ['get', 'id'], ['global-state', SELECTED_PLACE_STATE]];
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
				'text-field': ['get', 'name'],
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 1.2,
				'text-max-width': 9,
				'text-optional': true
			},
			paint: { 'text-color': c.text, 'text-halo-color': c.textHalo, 'text-halo-width': 1.5 }
		}
	];
}

/** "You are here": the accuracy circle, then the position on top of everything. */
function appUserLocation(c: StyleColors): LayerSpecification[] {
	const source = SOURCE_IDS.userLocation;
	return [
		{
			id: LAYER_IDS.userAccuracy,
			type: 'fill',
			source,
			filter: ['==', ['get', 'role'], 'accuracy'],
			paint: { 'fill-color': c.position, 'fill-opacity': 0.12 }
		},
		{
			id: 'user-accuracy-line',
			type: 'line',
			source,
			filter: ['==', ['get', 'role'], 'accuracy'],
			paint: { 'line-color': c.position, 'line-opacity': 0.6, 'line-width': 1.5 }
		},
		{
			// A soft halo and a thick white ring set the visitor apart from the (blue) service markers.
			id: 'user-position-halo',
			type: 'circle',
			source,
			filter: ['==', ['get', 'role'], 'position'],
			paint: { 'circle-color': c.position, 'circle-opacity': 0.25, 'circle-radius': 17, 'circle-blur': 0.2 }
		},
		{
			id: LAYER_IDS.userPosition,
			type: 'circle',
			source,
			filter: ['==', ['get', 'role'], 'position'],
			paint: { 'circle-color': c.position, 'circle-radius': 7, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 }
		}
	];
}

/** Builds the complete style. Throws if a URL is not local. */
export function buildStyle(opts: BuildStyleOptions): StyleSpecification {
	assertLocalUrl(opts.basemapUrl, 'basemapUrl', opts.baseUrl);
	assertLocalUrl(opts.glyphsUrl, 'glyphsUrl', opts.baseUrl);
	assertLocalUrl(opts.spriteUrl, 'spriteUrl', opts.baseUrl);
	if (opts.detailUrl !== undefined) assertLocalUrl(opts.detailUrl, 'detailUrl', opts.baseUrl);
	// Only the sprite is resolved: resolving the glyphs template would escape its {braces}.
	const sprite = opts.baseUrl === undefined ? opts.spriteUrl : new URL(opts.spriteUrl, opts.baseUrl).href;

	const colors: StyleColors = { ...DEFAULT_COLORS, ...opts.colors };
	const hasDetail = opts.detailUrl !== undefined;
	const overview = overviewLayers(colors, opts.lang, hasDetail);
	const detail = hasDetail ? detailLayers(colors, opts.lang) : { base: [], labels: [] };

	const sources: Record<string, SourceSpecification> = {
		[SOURCE_IDS.basemap]: { type: 'vector', url: opts.basemapUrl, attribution: opts.attribution }
	};
	if (opts.detailUrl !== undefined) {
		sources[SOURCE_IDS.detail] = {
			type: 'vector',
			url: opts.detailUrl,
			attribution: opts.detailAttribution ?? DETAIL_ATTRIBUTION_DEFAULT
		};
	}
	Object.assign(sources, appSources(opts));

	// Keep the overview's boundaries above the detail's roads and water.
	const overviewFills = overview.base.filter((layer) => !/^(province|boundary)-(glow|line)$/.test(layer.id));
	const overviewLines = overview.base.filter((layer) => /^(province|boundary)-(glow|line)$/.test(layer.id));

	return {
		version: 8,
		name: 'Cao Bằng guide',
		metadata: { 'caobang:lang': opts.lang },
		glyphs: opts.glyphsUrl,
		sprite,
		state: { [SELECTED_PLACE_STATE]: { default: opts.selectedPlaceId ?? '' } },
		sources,
		layers: [
			...overviewFills,
			...detail.base,
			...overviewLines,
			...appBelowLabels(colors),
			...detail.labels,
			...overview.labels,
			...appMarkers(colors),
			...appUserLocation(colors)
		]
	};
}
