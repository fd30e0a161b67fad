import type { Bounds } from '$lib/domain/map/view';

/** A move asked of the map (MapCamera.svelte): to a place, or around a set of points. */
export type CameraRequest = { center: { lon: number; lat: number }; zoom: number } | { bounds: Bounds; maxZoom: number };
