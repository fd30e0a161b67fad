/** MapLibre's own UI strings (button titles, the canvas's name) from our locale files. */
import type { I18nKey } from '$lib/i18n/i18n.svelte';

const KEYS: Record<string, I18nKey> = {
	'Map.Title': 'map.canvas.label',
	'NavigationControl.ZoomIn': 'map.control.zoomIn',
	'NavigationControl.ZoomOut': 'map.control.zoomOut',
	'NavigationControl.ResetBearing': 'map.control.resetBearing',
	'AttributionControl.ToggleAttribution': 'map.control.toggleAttribution'
};

export function mapLocale(t: (key: I18nKey) => string): Record<string, string> {
	return Object.fromEntries(Object.entries(KEYS).map(([id, key]) => [id, t(key)]));
}
