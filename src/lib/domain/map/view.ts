/**
 * The map's view (centre and zoom) as the URL carries it, and the box the map stays in.
 * Pure maths; the map component only calls these.
 */
import type { MapView } from '../routing/url.ts';

/** [west, south, east, north]. */
export type Bounds = [number, number, number, number];

/** The overview basemap's extent (lon 104.8–107.4, lat 21.9–23.6): the map never leaves it. */
export const REGION_BOUNDS: Bounds = [104.8, 21.9, 107.4, 23.6];

/**
 * Cao Bằng province: the bounding box of its outline (data/basemap/cao_bang_province_osm.geojson,
 * the one the content check tests coordinates against), rounded outwards to 0.01°. The map's
 * first view when the URL gives none, and "near the province" for a position.
 */
export const PROVINCE_BOUNDS: Bounds = [105.26, 22.35, 106.84, 23.12];

export const MIN_ZOOM = 6;
/** The overview has tiles to z11; beyond that they are over-zoomed. Places stay sharp. */
export const MAX_ZOOM = 16;
/** Zoom used to show one place (above the clustering, which stops after z11). */
export const PLACE_ZOOM = 13;

/** A view moved inside the region and the zoom range. */
export function clampView(view: MapView): MapView {
	const [west, south, east, north] = REGION_BOUNDS;
	return {
		lat: Math.min(north, Math.max(south, view.lat)),
		lon: Math.min(east, Math.max(west, view.lon)),
		zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.zoom))
	};
}

/** Rounded as the URL writes it (5 decimals ≈ 1 m, zoom to 2 decimals), so comparisons are stable. */
export function roundView(view: MapView): MapView {
	const round = (value: number, digits: number) => Number(value.toFixed(digits));
	return { lat: round(view.lat, 5), lon: round(view.lon, 5), zoom: round(view.zoom, 2) };
}

/** Same view once rounded as in the URL. */
export function sameView(a: MapView | undefined, b: MapView | undefined): boolean {
	if (a === undefined || b === undefined) return a === b;
	const x = roundView(a);
	const y = roundView(b);
	return x.lat === y.lat && x.lon === y.lon && x.zoom === y.zoom;
}

/** The box around some points, or undefined for none. A single point gives a zero-size box. */
export function boundsOf(points: readonly { lon: number; lat: number }[]): Bounds | undefined {
	if (points.length === 0) return undefined;
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const { lon, lat } of points) {
		west = Math.min(west, lon);
		east = Math.max(east, lon);
		south = Math.min(south, lat);
		north = Math.max(north, lat);
	}
	return [west, south, east, north];
}

/**
 * Where clicking a cluster takes the map: the zoom at which it splits (MapLibre's
 * expansion zoom), but always at least one level in, and never past the maximum.
 */
export function clusterTargetZoom(expansionZoom: number, currentZoom: number, maxZoom = MAX_ZOOM): number {
	return Math.min(maxZoom, Math.max(expansionZoom, currentZoom + 1));
}
