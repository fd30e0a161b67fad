import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
	it('picks a unit a visitor reads at a glance', () => {
		expect(formatBytes(0, 'en')).toBe('0 kB');
		expect(formatBytes(512, 'en')).toBe('0.5 kB');
		expect(formatBytes(1_500, 'en')).toBe('1.5 kB');
		expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
		expect(formatBytes(35_000_000, 'en')).toBe('35 MB');
		expect(formatBytes(2_500_000_000, 'en')).toBe('2.5 GB');
	});
	it('writes Vietnamese numbers with a decimal comma', () => {
		expect(formatBytes(1_500_000, 'vi')).toBe('1,5 MB');
	});
});
