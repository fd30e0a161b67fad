/**
 * How roads look, shared by the overview's trunk and primary roads and the detail basemap's roads so the two draw the
 * same line where they overlap: a dark casing under a coloured fill, widths that grow with the road's rank, and route
 * numbers as small shields (white text on red for national roads, dark text on yellow for provincial ones). Made to be
 * read on a phone in sunlight: every fill has a casing at least 3:1 darker than the land.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { RoadClass } from '$lib/domain/roads/road-class';
import { byZoom, textLayout } from './expressions';
import type { StyleColors } from './tokens';

type Source = { source: string; 'source-layer': string };

/** Fill and casing colours of each road class. */
export function roadColors(c: StyleColors): Record<RoadClass, { fill: string; casing: string }> {
	return {
		trunk: { fill: c.roadTrunk, casing: c.roadTrunkCasing },
		primary: { fill: c.roadPrimary, casing: c.roadPrimaryCasing },
		secondary: { fill: c.roadSecondary, casing: c.roadMajorCasing },
		tertiary: { fill: c.roadSecondary, casing: c.roadMajorCasing },
		minor: { fill: c.road, casing: c.roadCasing },
		track: { fill: c.roadTrack, casing: c.roadTrack },
		path: { fill: c.roadTrack, casing: c.roadTrack }
	};
}

/** Fill widths in pixels at z8, z12 and z16; the casing adds 2 px (1 a side) and more close up. */
const WIDTHS: Record<RoadClass, [number, number, number]> = {
	trunk: [1.6, 4, 12],
	primary: [1.3, 3.4, 10],
	secondary: [0.8, 2.6, 8],
	tertiary: [0.7, 2.2, 7],
	minor: [0.4, 1.2, 5],
	track: [0.4, 1, 2],
	path: [0.4, 0.8, 1.6]
};

const ROUND = { 'line-join': 'round', 'line-cap': 'round' } as const;

/**
 * A casing and a fill layer for each listed road class, read from the class property `field`, lowest class first so
 * major roads are drawn on top. Tracks and paths get one dashed line and no casing.
 */
export function roadLines(
	c: StyleColors,
	idPrefix: string,
	from: Source,
	field: string,
	classes: { cls: RoadClass; minzoom: number }[],
	maxzoom?: number
): LayerSpecification[] {
	const colors = roadColors(c);
	const zoomLimit = maxzoom === undefined ? {} : { maxzoom };
	const casings: LayerSpecification[] = [];
	const fills: LayerSpecification[] = [];
	for (const { cls, minzoom } of classes) {
		const filter: FilterSpecification = ['==', ['get', field], cls];
		const [w8, w12, w16] = WIDTHS[cls];
		if (cls === 'track' || cls === 'path') {
			fills.push({
				id: `${idPrefix}-${cls}`,
				type: 'line',
				...from,
				filter,
				minzoom,
				...zoomLimit,
				paint: {
					'line-color': colors[cls].fill,
					'line-width': byZoom(12, w12, 16, w16),
					'line-dasharray': cls === 'track' ? [3, 1.5] : [1.5, 1.5]
				}
			});
			continue;
		}
		casings.push({
			id: `${idPrefix}-${cls}-casing`,
			type: 'line',
			...from,
			filter,
			minzoom,
			...zoomLimit,
			layout: ROUND,
			paint: { 'line-color': colors[cls].casing, 'line-width': byZoom(8, w8 + 1.2, 12, w12 + 2, 16, w16 + 3) }
		});
		fills.push({
			id: `${idPrefix}-${cls}`,
			type: 'line',
			...from,
			filter,
			minzoom,
			...zoomLimit,
			layout: ROUND,
			paint: { 'line-color': colors[cls].fill, 'line-width': byZoom(8, w8, 12, w12, 16, w16) }
		});
	}
	return [...casings, ...fills];
}

/** Route numbers as shields along the road, upright: `QL` white on red, others dark on yellow. */
export function routeShields(
	c: StyleColors,
	id: string,
	from: Source,
	filter: ExpressionSpecification,
	minzoom: number,
	maxzoom?: number
): LayerSpecification {
	const national: ExpressionSpecification = ['==', ['slice', ['get', 'ref'], 0, 2], 'QL'];
	return {
		id,
		type: 'symbol',
		...from,
		filter: ['all', filter, ['has', 'ref'], ['!=', ['get', 'ref'], '']] as FilterSpecification,
		minzoom,
		...(maxzoom === undefined ? {} : { maxzoom }),
		layout: {
			...textLayout(byZoom(8, 10, 14, 12.5)),
			'text-field': ['get', 'ref'],
			'symbol-placement': 'line',
			'symbol-spacing': 350,
			'text-rotation-alignment': 'viewport',
			'text-letter-spacing': 0.04,
			'text-padding': 6
		},
		paint: {
			'text-color': ['case', national, '#ffffff', c.text],
			'text-halo-color': ['case', national, c.shieldNational, c.shieldProvincial],
			'text-halo-width': 3
		}
	};
}
