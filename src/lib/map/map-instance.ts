/**
 * The app's one MapLibre map, kept for the page's lifetime
 * (docs/decisions/0004-one-map-instance.md). MapCanvas asks for it when the home screen
 * mounts: the first time it is created inside a container element of its own; later the
 * same container (canvas, WebGL context, loaded tiles) is moved into the new host. When the
 * home screen unmounts, the container is only detached.
 */
import type { Map as MaplibreMap, NavigationControl } from 'maplibre-gl';
import type { Lang } from '$lib/domain/content/types';

/** What the map can do for the visitor right now. */
export type MapStatus = 'loading' | 'ready' | 'unavailable' | 'lost' | 'failed';

export type HeldMap = {
	map: MaplibreMap;
	/** The element MapLibre was created in; moved between hosts, never recreated. */
	container: HTMLDivElement;
	/** The language the style's labels are in. */
	lang: Lang;
	/** Whether a detail archive was found and is in the style. */
	hasDetail: boolean;
	/** Replaced when the language changes, so its button titles follow. */
	navigation: NavigationControl;
};

let held: HeldMap | null = null;
let pending: Promise<HeldMap> | null = null;

/**
 * The map, moved into `host`; `create` runs once, on the first call (or after
 * `destroyMap`), with a fresh container already inside `host`.
 */
export async function acquireMap(
	host: HTMLElement,
	create: (container: HTMLDivElement) => Promise<Omit<HeldMap, 'container'>>
): Promise<HeldMap> {
	if (held) {
		host.append(held.container);
		return held;
	}
	if (!pending) {
		const container = document.createElement('div');
		container.className = 'map-container';
		host.append(container);
		pending = create(container)
			.then((made) => (held = { ...made, container }))
			.catch((err: unknown) => {
				container.remove();
				throw err;
			})
			.finally(() => {
				pending = null;
			});
	}
	const map = await pending;
	// The home screen may have remounted while the map was being made.
	host.append(map.container);
	return map;
}

/**
 * Removes the map for good; the next acquire makes a new one. Only the map's owner calls it:
 * MapCanvas, as it unmounts with a lost WebGL context (the home screen's "try again"), and hot reload.
 */
export function destroyMap(): void {
	held?.container.remove();
	held?.map.remove();
	held = null;
}

if (import.meta.hot) import.meta.hot.dispose(destroyMap);
