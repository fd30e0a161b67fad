/**
 * The two things every layer component does to the map: wait until the style can take data,
 * then hand a GeoJSON source its data. Both give up quietly when `signal` aborts (the
 * component went away or its data changed again).
 */
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { isStyleReady } from './maplibre-private';

/** Resolves once the map's style has loaded (at once if it has); never rejects. */
export function whenStyleLoaded(map: MaplibreMap, signal: AbortSignal): Promise<boolean> {
	if (isStyleReady(map)) return Promise.resolve(!signal.aborted);
	return new Promise((resolve) => {
		const done = () => {
			loaded.unsubscribe();
			signal.removeEventListener('abort', done);
			resolve(!signal.aborted);
		};
		const loaded = map.on('style.load', done);
		signal.addEventListener('abort', done);
	});
}

/** Sets the data of a GeoJSON source once the style allows; returns false if it could not. */
export async function setSourceData(map: MaplibreMap, sourceId: string, data: FeatureCollection, signal: AbortSignal): Promise<boolean> {
	if (!(await whenStyleLoaded(map, signal))) return false;
	const source = map.getSource<GeoJSONSource>(sourceId);
	if (!source) return false;
	try {
		await source.setData(data);
		return true;
	} catch {
		// Replaced by newer data (or the style went away) before the worker finished.
		return false;
	}
}
