import { describe, expect, it } from 'vitest';
import { formatDate, formatDistance, formatDuration, formatVnd } from './format.ts';

/** ICU puts a no-break space between an amount and "₫" in Vietnamese. */
const NBSP = '\u00a0';

describe('formatDistance', () => {
	it.each([
		[850, '850 m', '850 m'],
		[854, '850 m', '850 m'],
		[42, '42 m', '42 m'],
		[0, '0 m', '0 m'],
		[999, '1 km', '1 km'],
		[1000, '1 km', '1 km'],
		[1200, '1,2 km', '1.2 km'],
		[9940, '9,9 km', '9.9 km'],
		[9960, '10 km', '10 km'],
		[12_345, '12 km', '12 km'],
		[40_293, '40 km', '40 km'],
		[1_234_567, '1.235 km', '1,235 km']
	])('%s m → vi "%s", en "%s"', (m, vi, en) => {
		expect(formatDistance(m, 'vi')).toBe(vi);
		expect(formatDistance(m, 'en')).toBe(en);
	});

	it('counts a negative distance as zero and gives nothing for NaN', () => {
		expect(formatDistance(-5, 'en')).toBe('0 m');
		expect(formatDistance(Number.NaN, 'en')).toBe('');
	});
});

describe('formatVnd', () => {
	it('uses Vietnamese grouping and the đồng sign after the amount in Vietnamese', () => {
		expect(formatVnd(45_000, 'vi')).toBe(`45.000${NBSP}₫`);
		expect(formatVnd(1_250_000, 'vi')).toBe(`1.250.000${NBSP}₫`);
	});

	it('uses English grouping and the sign before the amount in English', () => {
		expect(formatVnd(45_000, 'en')).toBe('₫45,000');
	});

	it('shows no decimals (the đồng has no minor unit in use)', () => {
		expect(formatVnd(45_000.4, 'en')).toBe('₫45,000');
	});
});

describe('formatDate', () => {
	it('formats a date in each language', () => {
		expect(formatDate('2026-11-22', 'vi')).toBe('22 tháng 11, 2026');
		expect(formatDate('2026-11-22', 'en')).toBe('November 22, 2026');
	});

	it('formats a month when the day is missing', () => {
		expect(formatDate('2023-10', 'vi')).toBe('tháng 10 năm 2023');
		expect(formatDate('2023-10', 'en')).toBe('October 2023');
	});

	it('keeps the written date of a timestamp, whatever its offset', () => {
		expect(formatDate('2026-11-22T23:30:00+07:00', 'en')).toBe('November 22, 2026');
		expect(formatDate('2026-01-01T00:00:00Z', 'en')).toBe('January 1, 2026');
	});

	it('returns what it cannot read unchanged', () => {
		expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
		expect(formatDate('2026-13', 'en')).toBe('2026-13');
		expect(formatDate('soon', 'vi')).toBe('soon');
	});
});

describe('formatDuration', () => {
	it.each([
		[[120, 180], '2–3 giờ', '2–3 hours'],
		[[30, 45], '30–45 phút', '30–45 minutes'],
		[[45, 90], '45 phút – 1,5 giờ', '45 minutes – 1.5 hours'],
		[[90, 120], '1,5–2 giờ', '1.5–2 hours'],
		[[60, 60], '1 giờ', '1 hour'],
		[[100, 110], '1,5–2 giờ', '1.5–2 hours'],
		[[1, 1], '1 phút', '1 minute'],
		[[180, 120], '2–3 giờ', '2–3 hours']
	] as [[number, number], string, string][])('%j → vi "%s", en "%s"', (range, vi, en) => {
		expect(formatDuration(range, 'vi')).toBe(vi);
		expect(formatDuration(range, 'en')).toBe(en);
	});

	it('collapses a range that rounds to one value', () => {
		expect(formatDuration([115, 125], 'en')).toBe('2 hours');
	});
});
