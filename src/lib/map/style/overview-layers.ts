/**
 * Layers of the overview basemap (our own archive, tools/basemap/), in three groups that the
 * style stacks apart: fills (land, Cao Bằng's soft fill, rivers, neighbouring provinces'
 * outlines), boundaries (Cao Bằng's outline and the national border, kept above the detail
 * basemap's roads) and labels. Layer and property names come from the basemap schema.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Lang } from '$lib/domain/content/types';
import type { BasemapField, BasemapLayer } from '$lib/domain/map/basemap-schema';
import { byZoom, isArea, isLine, isPoint, textLayout, textPaint } from './expressions';
import { SOURCE_IDS } from './ids';
import { roadLines, routeShields } from './road-style';
import type { StyleColors } from './tokens';

export type OverviewLayers = { fills: LayerSpecification[]; boundaries: LayerSpecification[]; labels: LayerSpecification[] };

/** The source and source layer of a layer drawing `layer` of the overview archive. */
function from(layer: BasemapLayer): { source: string; 'source-layer': BasemapLayer } {
	return { source: SOURCE_IDS.basemap, 'source-layer': layer };
}

/** `['get', field]` for a property the tile builder writes on `layer`. */
function prop<L extends BasemapLayer>(_layer: L, field: BasemapField<L>): ExpressionSpecification {
	return ['get', field];
}

/** Towns shown at this zoom: capitals from z5, district seats from z8, the rest from z10. */
const TOWNS_BY_ZOOM: FilterSpecification = ['<=', prop('place', 'rank'), ['step', ['zoom'], 1, 8, 2, 10, 3]];

type AreaLabel = {
	id: string;
	layer: 'countries' | 'admin' | 'province';
	color: string;
	/** Layout beyond the text field: size, spacing, width. */
	layout: Record<string, unknown>;
	maxzoom?: number;
};

/** The label of an area, drawn at the one label point each area has in the archive. */
function areaLabel(c: StyleColors, lang: Lang, { id, layer, color, layout, maxzoom }: AreaLabel): LayerSpecification {
	const name: ExpressionSpecification = ['coalesce', prop(layer, `name_${lang}`), prop(layer, 'name_vi')];
	return {
		id,
		type: 'symbol',
		...from(layer),
		filter: isPoint,
		...(maxzoom === undefined ? {} : { maxzoom }),
		layout: { ...layout, 'text-field': name },
		paint: textPaint(c, color)
	} as LayerSpecification;
}

function fills(c: StyleColors, hasDetail: boolean): LayerSpecification[] {
	const level = prop('water_line', 'level');
	return [
		{ id: 'background', type: 'background', paint: { 'background-color': c.background } },
		{
			id: 'countries-fill',
			type: 'fill',
			...from('countries'),
			filter: isArea,
			// China is tinted only when zoomed out: Natural Earth's 1:10m border lies up to a few
			// km from the real one, so up close the tint would spill into Cao Bằng.
			paint: {
				'fill-color': ['interpolate', ['linear'], ['zoom'], 7, ['match', prop('countries', 'adm0'), 'VNM', c.land, c.landAbroad], 9, c.land]
			}
		},
		{
			id: 'province-fill',
			type: 'fill',
			...from('province'),
			filter: isArea,
			paint: { 'fill-color': c.provinceFill, 'fill-opacity': byZoom(5, 0.2, 11, 0.1) }
		},
		{
			// GSHHG's rivers are up to a kilometre off: from z9 OpenStreetMap's named rivers take over.
			id: 'water-line',
			type: 'line',
			...from('water_line'),
			maxzoom: 9,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': c.river,
				'line-width': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					['match', level, 2, 0.9, 3, 0.7, 0.5],
					11,
					['match', level, 2, 2.4, 3, 1.8, 1.3],
					14,
					['match', level, 2, 4, 3, 3, 2]
				]
			}
		},
		{
			id: 'river-line',
			type: 'line',
			...from('river'),
			minzoom: 8,
			...(hasDetail ? { maxzoom: 12 } : {}),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': c.river, 'line-width': byZoom(8, 1, 11, 2.2, 14, 4) }
		},
		...roadLines(c, 'road', from('road'), 'class', [
			{ cls: 'primary', minzoom: 7 },
			{ cls: 'trunk', minzoom: 6 }
		]),
		{
			// Natural Earth's coarse provincial lines: useful for orientation when zoomed
			// out, misleading up close, so they fade away by z10.
			id: 'admin-line',
			type: 'line',
			...from('admin'),
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
}

function boundaries(c: StyleColors): LayerSpecification[] {
	return [
		{
			id: 'province-glow',
			type: 'line',
			...from('province'),
			filter: isArea,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.provinceFill, 'line-opacity': 0.35, 'line-width': byZoom(5, 3, 10, 8, 14, 12), 'line-blur': 2 }
		},
		{
			id: 'province-line',
			type: 'line',
			...from('province'),
			filter: isArea,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.provinceLine, 'line-width': byZoom(5, 1.2, 10, 2.5, 14, 3.5) }
		},
		{
			id: 'boundary-glow',
			type: 'line',
			...from('boundary'),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.borderGlow, 'line-opacity': 0.7, 'line-width': byZoom(5, 3, 10, 7, 14, 10) }
		},
		{
			id: 'boundary-line',
			type: 'line',
			...from('boundary'),
			layout: { 'line-join': 'round' },
			paint: { 'line-color': c.border, 'line-width': byZoom(5, 1.2, 10, 2.2, 14, 3), 'line-dasharray': [3, 1.5] }
		}
	];
}

function labels(c: StyleColors, lang: Lang, hasDetail: boolean): LayerSpecification[] {
	const townZoom = hasDetail ? { maxzoom: 12 } : {};
	return [
		areaLabel(c, lang, {
			id: 'country-label',
			layer: 'countries',
			color: c.textMuted,
			layout: { ...textLayout(byZoom(5, 12, 10, 16)), 'text-transform': 'uppercase', 'text-letter-spacing': 0.2, 'text-max-width': 8 }
		}),
		areaLabel(c, lang, {
			id: 'admin-label',
			layer: 'admin',
			color: c.textMuted,
			maxzoom: 11,
			layout: { ...textLayout(byZoom(5, 10, 10, 13)), 'text-letter-spacing': 0.08, 'text-max-width': 6 }
		}),
		areaLabel(c, lang, {
			id: 'province-label',
			layer: 'province',
			color: c.provinceLine,
			maxzoom: 9,
			layout: { ...textLayout(byZoom(5, 12, 8, 16)), 'text-letter-spacing': 0.1, 'text-max-width': 8 }
		}),
		{
			id: 'river-label',
			type: 'symbol',
			...from('river'),
			minzoom: 10,
			...townZoom,
			layout: {
				...textLayout(12),
				'text-field': prop('river', 'name'),
				'symbol-placement': 'line',
				'symbol-spacing': 500,
				'text-letter-spacing': 0.05
			},
			paint: textPaint(c, c.waterText)
		},
		routeShields(c, 'road-shield', from('road'), ['has', 'ref'], 8, hasDetail ? 10 : undefined),
		{
			id: 'town-label',
			type: 'symbol',
			...from('town'),
			minzoom: 9,
			...townZoom,
			layout: { ...textLayout(byZoom(9, 11.5, 12, 13)), 'text-field': prop('town', 'name'), 'text-max-width': 8 },
			paint: textPaint(c, c.text)
		},
		{
			id: 'place-dot',
			type: 'circle',
			...from('place'),
			filter: TOWNS_BY_ZOOM,
			...townZoom,
			paint: {
				'circle-color': c.text,
				'circle-radius': ['match', prop('place', 'rank'), 1, 3.5, 2, 2.5, 2],
				'circle-stroke-color': c.textHalo,
				'circle-stroke-width': 1
			}
		},
		{
			id: 'place-label',
			type: 'symbol',
			...from('place'),
			filter: TOWNS_BY_ZOOM,
			...townZoom,
			layout: {
				...textLayout(['match', prop('place', 'rank'), 1, 15, 2, 12.5, 11]),
				'text-field': prop('place', 'label'),
				'symbol-sort-key': prop('place', 'rank'),
				'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
				'text-radial-offset': 0.6,
				'text-max-width': 8
			},
			paint: textPaint(c, c.text)
		}
	];
}

/** The overview's layers; `hasDetail` hands rivers and towns over to the detail basemap from z12. */
export function overviewLayers(c: StyleColors, lang: Lang, hasDetail: boolean): OverviewLayers {
	return { fills: fills(c, hasDetail), boundaries: boundaries(c), labels: labels(c, lang, hasDetail) };
}
