/**
 * The two places the app reaches past MapLibre's public API, kept here so a MapLibre upgrade
 * has one file to check (docs/decisions/0004-one-map-instance.md). Both are typed by MapLibre
 * itself and used widely, but neither is documented.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Whether the style's sources and layers exist. Unlike `isStyleLoaded()`, this does not wait for
 * tiles, so a layer can set its data as soon as the style is parsed.
 */
export function isStyleReady(map: MaplibreMap): boolean {
	return map.style?._loaded === true;
}

/**
 * Replaces the UI strings of MapLibre's own controls ('NavigationControl.ZoomIn'…). The map takes
 * them only as the `locale` option at creation; controls added afterwards read `_locale`.
 */
export function setControlStrings(map: MaplibreMap, strings: Record<string, string>): void {
	Object.assign(map._locale, strings);
}
