/**
 * Layers for the detail basemap (tools/basemap/detail-build.ts; schema in lib/domain/map/detail-schema.ts): layers
 * `water`, `roads`, `places`, `pois` with Protomaps' `kind` values, so an extract of a Protomaps build draws too, and
 * our `kind_detail` for the finer road classes and settlement sizes. Layers an archive does not have draw nothing.
 *
 * Village names are OpenStreetMap's, in Vietnamese with their diacritics, in both languages of the guide: they are
 * the names on the road signs.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/domain/content/types';
import type { DetailLayer } from '$lib/domain/map/detail-schema';
import { byZoom, isArea, isLine, isPoint, textLayout, textPaint } from './expressions';
import { SOURCE_IDS } from './ids';
import { roadLines, routeShields } from './road-style';
import type { StyleColors } from './tokens';

export type DetailLayers = { base: LayerSpecification[]; labels: LayerSpecification[] };

function from(layer: DetailLayer): { source: string; 'source-layer': DetailLayer } {
	return { source: SOURCE_IDS.detail, 'source-layer': layer };
}

/** A road's class: our `kind_detail`, or one read from Protomaps' coarser `kind`. */
const ROAD_CLASS: ExpressionSpecification = [
	'coalesce',
	['get', 'kind_detail'],
	[
		'match',
		['get', 'kind'],
		'highway',
		'trunk',
		'major_road',
		'primary',
		'medium_road',
		'secondary',
		'minor_road',
		'minor',
		'path',
		'path',
		''
	]
];

/** A settlement's size: our `kind_detail`, else a village. */
const SETTLEMENT: ExpressionSpecification = ['coalesce', ['get', 'kind_detail'], 'village'];

function water(c: StyleColors): LayerSpecification[] {
	return [
		{ id: 'detail-water', type: 'fill', ...from('water'), filter: isArea, paint: { 'fill-color': c.water, 'fill-outline-color': c.river } },
		{
			id: 'detail-water-line',
			type: 'line',
			...from('water'),
			filter: ['all', isLine, ['!=', ['get', 'kind'], 'river']],
			minzoom: 12,
			paint: { 'line-color': c.river, 'line-width': byZoom(12, 0.8, 16, 2) }
		},
		{
			id: 'detail-river',
			type: 'line',
			...from('water'),
			filter: ['all', isLine, ['==', ['get', 'kind'], 'river']],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': c.river, 'line-width': byZoom(9, 1.2, 12, 2.5, 16, 6) }
		}
	];
}

function labels(c: StyleColors, lang: Lang): LayerSpecification[] {
	const name: ExpressionSpecification = ['coalesce', ['get', `name:${lang}`], ['get', 'name']];
	const major: ExpressionSpecification = ['match', ROAD_CLASS, ['trunk', 'primary', 'secondary', 'tertiary'], true, false];
	const size = (s: ExpressionSpecification | number) => textLayout(s);
	return [
		{
			id: 'detail-water-label',
			type: 'symbol',
			...from('water'),
			filter: ['all', isPoint, ['has', 'name']],
			minzoom: 11,
			layout: {
				...size(byZoom(11, 11, 16, 14)),
				'text-field': ['get', 'name'],
				'text-max-width': 8,
				'text-letter-spacing': 0.05
			},
			paint: textPaint(c, c.waterText)
		},
		{
			id: 'detail-river-label',
			type: 'symbol',
			...from('water'),
			filter: ['all', isLine, ['has', 'name']],
			minzoom: 12,
			layout: {
				...size(byZoom(12, 11, 16, 14)),
				'text-field': ['get', 'name'],
				'symbol-placement': 'line',
				'symbol-spacing': 500,
				'text-letter-spacing': 0.05
			},
			paint: textPaint(c, c.waterText)
		},
		{
			id: 'detail-roads-name',
			type: 'symbol',
			...from('roads'),
			filter: ['has', 'name'],
			minzoom: 14,
			layout: { ...size(byZoom(14, 11, 16, 13)), 'text-field': name, 'symbol-placement': 'line', 'symbol-spacing': 400 },
			paint: textPaint(c, c.text)
		},
		routeShields(c, 'detail-roads-label', from('roads'), major, 10),
		{
			id: 'detail-peak',
			type: 'circle',
			...from('pois'),
			filter: ['all', isPoint, ['==', ['get', 'kind'], 'peak']],
			minzoom: 11,
			paint: { 'circle-color': c.peak, 'circle-radius': 3, 'circle-stroke-color': c.textHalo, 'circle-stroke-width': 1.5 }
		},
		{
			id: 'detail-peak-label',
			type: 'symbol',
			...from('pois'),
			filter: ['all', isPoint, ['==', ['get', 'kind'], 'peak'], ['any', ['has', 'name'], ['has', 'elevation']]],
			minzoom: 11,
			layout: {
				...size(byZoom(11, 11, 16, 13)),
				'text-field': [
					'case',
					['all', ['has', 'name'], ['has', 'elevation']],
					['concat', ['get', 'name'], '\n', ['to-string', ['get', 'elevation']], ' m'],
					['has', 'name'],
					['get', 'name'],
					['concat', ['to-string', ['get', 'elevation']], ' m']
				],
				'text-anchor': 'top',
				'text-offset': [0, 0.5],
				'text-max-width': 8
			},
			paint: textPaint(c, c.peak)
		},
		{
			id: 'detail-places-label',
			type: 'symbol',
			...from('places'),
			filter: ['all', isPoint, ['==', ['get', 'kind'], 'locality'], ['has', 'name']],
			// Every settlement the tiles hold, from z11 (villages enter the tiles at 11, hamlets and suburbs at 12,
			// neighbourhoods at 13: detail-schema.ts); bigger ones win collisions. The guide's own place labels are placed first.
			minzoom: 11,
			layout: {
				...size([
					'interpolate',
					['linear'],
					['zoom'],
					11,
					['match', SETTLEMENT, ['city', 'town'], 14, ['village', 'suburb'], 12, 11],
					16,
					['match', SETTLEMENT, ['city', 'town'], 18, ['village', 'suburb'], 16, 14]
				]),
				'text-field': name,
				'text-max-width': 8,
				'symbol-sort-key': ['match', SETTLEMENT, ['city', 'town'], 0, ['village', 'suburb'], 1, 2]
			},
			paint: textPaint(c, c.text)
		}
	];
}

export function detailLayers(c: StyleColors, lang: Lang): DetailLayers {
	const roads = roadLines(c, 'detail-roads', from('roads'), 'kind_detail', [
		{ cls: 'path', minzoom: 13 },
		{ cls: 'track', minzoom: 13 },
		{ cls: 'minor', minzoom: 12 },
		{ cls: 'tertiary', minzoom: 10 },
		{ cls: 'secondary', minzoom: 10 },
		{ cls: 'primary', minzoom: 8 },
		{ cls: 'trunk', minzoom: 8 }
	]);
	return { base: [...water(c), ...roads.map((l) => withClassFilter(l))], labels: labels(c, lang) };
}

/** Road layers filter on the class expression, so archives with only Protomaps' `kind` draw too. */
function withClassFilter(layer: LayerSpecification): LayerSpecification {
	if (!('filter' in layer) || !Array.isArray(layer.filter) || layer.filter[0] !== '==') return layer;
	return { ...layer, filter: ['==', ROAD_CLASS, layer.filter[2]] } as LayerSpecification;
}
