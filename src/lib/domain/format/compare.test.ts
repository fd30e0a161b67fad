import { describe, expect, it } from 'vitest';
import { compareText } from './compare';

describe('compareText', () => {
	it('sorts ids, slugs and ISO dates as localeCompare does, without a collator', () => {
		const ids = ['pac-bo', 'ban-gioc-waterfall', 'ban-gioc', 'a1', 'a-1', 'a10', 'a2', '2026-12-03T09:00:00Z', '2026-12-03T10:00:00Z', 'z'];
		expect([...ids].sort(compareText)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
		expect(compareText('x', 'x')).toBe(0);
	});
});
