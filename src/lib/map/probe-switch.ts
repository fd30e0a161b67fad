/**
 * The switch for MapProbe, the browser tests' read-out of what the map drew. Only tests turn it
 * on, before the page's own scripts run (tests/e2e/helpers/map-probe.ts, via `addInitScript`).
 */
declare global {
	interface Window {
		__CAOBANG_MAP_PROBE__?: boolean;
	}
}

export function isMapProbeOn(): boolean {
	return typeof window !== 'undefined' && window.__CAOBANG_MAP_PROBE__ === true;
}
