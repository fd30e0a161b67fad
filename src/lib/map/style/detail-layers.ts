/**
 * Layers for the optional detail basemap: an OpenStreetMap extract in the Protomaps basemap
 * schema (v4: layers `water`, `roads`, `places`; properties `kind`, `name`, `name:xx`, `ref`).
 * Layers that an archive does not have simply draw nothing.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/domain/content/types';
import { byZoom, isArea, isLine, textLayout, textPaint } from './expressions';
import { SOURCE_IDS } from './ids';
import type { StyleColors } from './tokens';

export type DetailLayers = { base: LayerSpecification[]; labels: LayerSpecification[] };

type ProtomapsLayer = 'water' | 'roads' | 'places';

function from(layer: ProtomapsLayer): { source: string; 'source-layer': ProtomapsLayer } {
	return { source: SOURCE_IDS.detail, 'source-layer': layer };
}

const ROUND = { 'line-join': 'round', 'line-cap': 'round' } as const;

/** A road drawn as a casing under a fill, both from `minzoom`, each with its own width ramp. */
function roadPair(
	id: string,
	filter: FilterSpecification,
	minzoom: number,
	casing: { color: string; width: ExpressionSpecification },
	fill: { color: string; width: ExpressionSpecification }
): LayerSpecification[] {
	return [casing, fill].map((part, i) => ({
		id: i === 0 ? `${id}-casing` : id,
		type: 'line',
		...from('roads'),
		filter,
		minzoom,
		layout: ROUND,
		paint: { 'line-color': part.color, 'line-width': part.width }
	}));
}

export function detailLayers(c: StyleColors, lang: Lang): DetailLayers {
	const name: ExpressionSpecification = ['coalesce', ['get', `name:${lang}`], ['get', 'name']];
	const major: FilterSpecification = ['match', ['get', 'kind'], ['highway', 'major_road', 'medium_road'], true, false];
	const base: LayerSpecification[] = [
		{ id: 'detail-water', type: 'fill', ...from('water'), filter: isArea, paint: { 'fill-color': c.water } },
		{
			id: 'detail-water-line',
			type: 'line',
			...from('water'),
			filter: isLine,
			minzoom: 9,
			paint: { 'line-color': c.river, 'line-width': byZoom(9, 0.8, 14, 2.5) }
		},
		{
			id: 'detail-paths',
			type: 'line',
			...from('roads'),
			filter: ['==', ['get', 'kind'], 'path'],
			minzoom: 13,
			paint: { 'line-color': c.roadCasing, 'line-width': byZoom(13, 0.8, 16, 1.6), 'line-dasharray': [2, 1] }
		},
		{
			id: 'detail-roads-minor',
			type: 'line',
			...from('roads'),
			filter: ['==', ['get', 'kind'], 'minor_road'],
			minzoom: 12,
			layout: ROUND,
			paint: { 'line-color': c.roadCasing, 'line-width': byZoom(12, 0.6, 16, 3) }
		},
		...roadPair(
			'detail-roads-major',
			major,
			8,
			{ color: c.roadMajorCasing, width: byZoom(8, 1.2, 12, 4, 16, 10) },
			{ color: c.roadMajor, width: byZoom(8, 0.6, 12, 2.6, 16, 8) }
		)
	];
	const labels: LayerSpecification[] = [
		{
			id: 'detail-roads-label',
			type: 'symbol',
			...from('roads'),
			filter: major,
			minzoom: 11,
			layout: {
				...textLayout(11),
				'text-field': ['coalesce', ['get', 'ref'], name],
				'symbol-placement': 'line',
				'symbol-spacing': 400
			},
			paint: textPaint(c, c.text)
		},
		{
			id: 'detail-places-label',
			type: 'symbol',
			...from('places'),
			filter: ['match', ['get', 'kind'], ['locality', 'neighbourhood'], true, false],
			minzoom: 12,
			layout: { ...textLayout(byZoom(12, 11, 16, 14)), 'text-field': name, 'text-max-width': 8 },
			paint: textPaint(c, c.text)
		}
	];
	return { base, labels };
}
