import { describe, expect, it } from 'vitest';
import { localDay, localIsoString } from './local-iso-string.ts';

describe('localIsoString', () => {
	it('names the same instant as the date it was given', () => {
		for (const d of [new Date(2026, 2, 5, 6, 30, 15, 7), new Date(2025, 11, 31, 23, 59, 59, 999), new Date(2026, 6, 1, 0, 0, 0, 0)]) {
			expect(new Date(localIsoString(d)).getTime()).toBe(d.getTime());
		}
	});

	it('writes the local wall-clock time with an offset', () => {
		const s = localIsoString(new Date(2026, 2, 5, 6, 30, 15, 7));
		expect(s).toMatch(/^2026-03-05T06:30:15\.007[+-]\d{2}:\d{2}$/);
	});

	it('gives the local calendar day', () => {
		expect(localDay(new Date(2026, 0, 9, 0, 5))).toBe('2026-01-09');
		expect(localDay(new Date(2026, 11, 31, 23, 55))).toBe('2026-12-31');
	});
});
