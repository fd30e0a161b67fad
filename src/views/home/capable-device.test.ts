/**
 * Which phones start the live map by themselves when idle (issue 14): the others keep the picture until the visitor
 * taps it, so a cheap phone on a slow network never parses MapLibre unasked.
 */
import { describe, expect, it } from 'vitest';
import { capableDevice } from './capable-device';

describe('capableDevice', () => {
	it('starts the map on four cores or more with enough memory, or memory not said', () => {
		expect(capableDevice({ hardwareConcurrency: 8, deviceMemory: 8 })).toBe(true);
		expect(capableDevice({ hardwareConcurrency: 4 })).toBe(true);
	});

	it('waits for a tap on two cores, little memory, data saving or 2G', () => {
		expect(capableDevice({ hardwareConcurrency: 2, deviceMemory: 8 })).toBe(false);
		expect(capableDevice({ hardwareConcurrency: 8, deviceMemory: 2 })).toBe(false);
		expect(capableDevice({ hardwareConcurrency: 8, deviceMemory: 8, connection: { saveData: true } })).toBe(false);
		expect(capableDevice({ hardwareConcurrency: 8, connection: { effectiveType: 'slow-2g' } })).toBe(false);
		expect(capableDevice({ hardwareConcurrency: 8, connection: { effectiveType: '4g' } })).toBe(true);
	});
});
