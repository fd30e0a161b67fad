/**
 * What the static map renderer takes: basemap features in lon/lat (already picked for the area, or not: the
 * renderer clips), one overlay (a place or a route), the view and an accessible title.
 */
import type { LonLat } from '../roads/polyline';
import type { RoadClass } from '../roads/road-class';
import type { View } from './projection';

export type MapRoad = { cls: RoadClass; ref?: string | null; coords: LonLat[] };
export type MapWaterway = { cls: string; name?: string; coords: LonLat[] };
export type MapSettlement = { name: string; cls: string; lon: number; lat: number };
export type MapPeak = { name?: string; ele?: number; lon: number; lat: number };

export type StaticMapData = {
	roads: MapRoad[];
	/** Lakes and river areas: polygons as rings of lon/lat. */
	waterAreas: LonLat[][][];
	waterways: MapWaterway[];
	settlements: MapSettlement[];
	peaks: MapPeak[];
	/** The national border (drawn, never labelled). */
	border?: LonLat[][];
};

export type PlaceOverlay = {
	type: 'place';
	lon: number;
	lat: number;
	/** Drawn as a circle when it is wider than the marker. */
	uncertaintyM: number;
	color: string;
};

export type RouteOverlay = {
	type: 'route';
	/** One line per leg, along the roads. */
	legs: LonLat[][];
	/** Numbered stops, in order. */
	stops: { lon: number; lat: number; n: number }[];
	color: string;
};

/** Many places at once (the home page's province overview): a small dot each, in its kind's colour. */
export type PointsOverlay = {
	type: 'points';
	points: { lon: number; lat: number; color: string }[];
};

export type StaticMapInput = {
	view: View;
	data: StaticMapData;
	overlay?: PlaceOverlay | RouteOverlay | PointsOverlay;
	/** The accessible name, e.g. "Map: Thác Bản Giốc and the roads and villages around it". */
	title: string;
	/** Prefix of the element ids, unique per page when several maps share one. */
	idPrefix?: string;
	/** Text of the scale bar's unit. */
	units?: { km: string; m: string };
};
