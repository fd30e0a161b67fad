/**
 * Whether the home starts the live map by itself (issue 14): only on a phone that can afford MapLibre without
 * blocking the visitor, and only once the browser is idle. Others keep the picture until the visitor taps it.
 */
type DeviceHints = Pick<Navigator, 'hardwareConcurrency'> & {
	deviceMemory?: number;
	connection?: { saveData?: boolean; effectiveType?: string };
};

/**
 * A device that can start the live map unasked: four cores or more, 4 GB or more where the browser says, and no
 * data saving or 2G. Others start it when the visitor touches the map.
 */
export function capableDevice(nav: DeviceHints): boolean {
	if (nav.connection?.saveData || /(^|-)2g$/.test(nav.connection?.effectiveType ?? '')) return false;
	return (nav.hardwareConcurrency ?? 0) >= 4 && (nav.deviceMemory ?? 4) >= 4;
}

/** Runs `task` when the browser is idle (after a pause where there is no idle callback); returns a cancel. */
export function whenIdle(task: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(task);
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(task, 2000);
	return () => clearTimeout(id);
}
