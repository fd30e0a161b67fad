import { describe, expect, it } from 'vitest';
import { parseRange } from './serve.ts';

describe('parseRange', () => {
	it('reads open, closed and suffix ranges', () => {
		expect(parseRange('bytes=0-99', 1000)).toEqual({ start: 0, end: 99 });
		expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
		expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
		expect(parseRange('bytes=990-2000', 1000)).toEqual({ start: 990, end: 999 });
	});
	it('serves the whole file without a usable header', () => {
		expect(parseRange(null, 10)).toBeNull();
		expect(parseRange('items=0-1', 10)).toBeNull();
		expect(parseRange('bytes=0-1,4-5', 10)).toBeNull();
	});
	it('refuses ranges outside the file', () => {
		expect(parseRange('bytes=10-20', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=5-2', 10)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 10)).toBe('unsatisfiable');
	});
});
