/**
 * The detail basemap's schema: the contract between the detail tile builder (tools/basemap/detail-*.ts), which writes
 * these layers from OpenStreetMap 2021, and the detail style (lib/map/style/detail-layers.ts), which reads them.
 * Layer names and `kind` values are those of the Protomaps basemap schema (v4), so an archive the tourism office cuts
 * with `pmtiles extract` from a Protomaps build draws with the same style; `kind_detail` carries our finer classes.
 */
import type { RoadClass } from '../roads/road-class';

export const DETAIL_LAYERS = ['water', 'roads', 'places', 'pois'] as const;
export type DetailLayer = (typeof DETAIL_LAYERS)[number];

export const DETAIL_MIN_ZOOM = 8;
export const DETAIL_MAX_ZOOM = 14;

export type DetailRoadKind = 'major_road' | 'medium_road' | 'minor_road' | 'path';

/** Protomaps' road kind of each of our road classes. */
export const ROAD_KIND: Record<RoadClass, DetailRoadKind> = {
	trunk: 'major_road',
	primary: 'major_road',
	secondary: 'medium_road',
	tertiary: 'medium_road',
	minor: 'minor_road',
	track: 'path',
	path: 'path'
};

/** The zoom from which each road class is in the tiles: the trunk roads from the first, footpaths only close up. */
export const ROAD_MIN_ZOOM: Record<RoadClass, number> = {
	trunk: 8,
	primary: 8,
	secondary: 10,
	tertiary: 10,
	minor: 12,
	track: 13,
	path: 13
};

/** Settlement classes (OpenStreetMap `place=*`) and the zoom from which each is in the tiles. */
export const SETTLEMENT_MIN_ZOOM: Record<string, number> = {
	city: 8,
	town: 9,
	village: 11,
	suburb: 12,
	hamlet: 12,
	neighbourhood: 13
};

/** Waterway classes and the zoom from which each is in the tiles. */
export const WATERWAY_MIN_ZOOM: Record<string, number> = { river: 9, stream: 12, ditch: 13 };

/** Lakes and reservoirs (areas) and their name points. */
export const LAKE_MIN_ZOOM = 10;
/** Peaks, with their height where OpenStreetMap has one. */
export const PEAK_MIN_ZOOM = 11;

export type DetailProperties = {
	/** `kind`: river | stream | ditch (lines), lake | water (areas and name points). */
	water: { kind: string; name?: string };
	/** `kind_detail`: our road class; `ref`: the route number, one spelling (`QL34`, `ĐT206`). */
	roads: { kind: DetailRoadKind; kind_detail: RoadClass; ref?: string; name?: string };
	/** `kind_detail`: city | town | village | suburb | hamlet | neighbourhood. */
	places: { kind: 'locality'; kind_detail: string; name: string };
	/** Only peaks: OpenStreetMap's other points of interest are uncurated and never shipped. */
	pois: { kind: 'peak'; name?: string; elevation?: number };
};
