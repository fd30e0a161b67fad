/**
 * Colours and sizes of the static locator maps. The colour VALUES are copied from the live map's tokens
 * (src/lib/map/style/build-style.ts, DEFAULT_COLORS and KIND_COLORS, December 2026) so that both maps look alike;
 * domain code may not import the map adapter. When the style tokens move to a shared module, import them here.
 */
import type { RoadClass } from '../roads/road-class';

export const MAP_COLORS = {
	land: '#f5f3ec',
	water: '#b7d3ea',
	river: '#7fb0d6',
	road: '#ffffff',
	roadCasing: '#cfc8b8',
	roadMajor: '#fde7b0',
	roadMajorCasing: '#d9b56a',
	border: '#8a2f66',
	text: '#3b3830',
	textMuted: '#6b6558',
	textHalo: '#fbfaf6',
	markerStroke: '#1f2933',
	route: '#8a5a00',
	position: '#1a5fb4'
} as const;

export const KIND_COLORS = {
	geosite: '#E69F00',
	relic: '#D55E00',
	culture: '#CC79A7',
	nature: '#009E73',
	service: '#0072B2'
} as const;

export type RoadStyle = { casing: string; fill: string; casingWidth: number; width: number; dash?: string };

/** Road hierarchy: national roads yellow with a darker casing, others white on a grey casing, tracks dashed. */
export const ROAD_STYLES: Record<RoadClass, RoadStyle> = {
	trunk: { casing: MAP_COLORS.roadMajorCasing, fill: MAP_COLORS.roadMajor, casingWidth: 6, width: 4 },
	primary: { casing: MAP_COLORS.roadMajorCasing, fill: MAP_COLORS.roadMajor, casingWidth: 5.5, width: 3.5 },
	secondary: { casing: MAP_COLORS.roadMajorCasing, fill: MAP_COLORS.road, casingWidth: 4.5, width: 3 },
	tertiary: { casing: MAP_COLORS.roadCasing, fill: MAP_COLORS.road, casingWidth: 4, width: 2.5 },
	minor: { casing: MAP_COLORS.roadCasing, fill: MAP_COLORS.road, casingWidth: 2.8, width: 1.6 },
	track: { casing: '', fill: '#a59f91', casingWidth: 0, width: 1, dash: '3 2' },
	path: { casing: '', fill: '#a59f91', casingWidth: 0, width: 0.8, dash: '1 2' }
};

export const FONT_FAMILY = "'Noto Sans', system-ui, sans-serif";
export const ATTRIBUTION = '© OpenStreetMap contributors';
