/**
 * The map of one MapCanvas, shared with the layer components inside it (svelte-maplibre-gl's
 * pattern): MapCanvas calls `setMapContext`, layers call `getMapContext`.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

export class MapContext {
	/** The map, once it is attached to this canvas; null before and after. */
	map = $state.raw<MaplibreMap | null>(null);
	/**
	 * Bumped whenever the style is (re)built: after the first load, a language change or a
	 * restored WebGL context. Layers read it so they set their data again.
	 */
	styleRevision = $state(0);
}

const KEY = Symbol('map');

export function setMapContext(context: MapContext): MapContext {
	return setContext(KEY, context);
}

export function getMapContext(): MapContext {
	const context = getContext<MapContext | undefined>(KEY);
	if (!context) throw new Error('getMapContext() called outside a <MapCanvas>: map layers must be placed inside it.');
	return context;
}
