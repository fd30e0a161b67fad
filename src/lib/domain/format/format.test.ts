import { describe, expect, it } from 'vitest';
import { formatDate, formatDistance, formatDuration, formatNumber, formatVnd } from './format.ts';

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

describe('the same text as Intl, without asking Intl (no ICU start-up while a page hydrates)', () => {
	const langs = ['vi', 'en'] as const;
	/** A reproducible spread of values: small, large, halves, and values just around the rounding edges. */
	const values = [
		...Array.from({ length: 2001 }, (_, i) => i * 7.25),
		...Array.from({ length: 500 }, (_, i) => i / 20 + 0.05),
		...[0.15, 1.005, 1.05, 2.675, 9.95, 9.949, 999.95, 1e6 + 0.5, 123_456_789.25, 0.0004, 5e-7]
	];

	it('formatNumber matches Intl.NumberFormat with maximumFractionDigits 0 to 3, signs included', () => {
		for (const lang of langs) {
			for (const digits of [0, 1, 2, 3]) {
				const intl = new Intl.NumberFormat(lang, { maximumFractionDigits: digits });
				for (const v of [...values, ...values.slice(0, 300).map((x) => -x)]) {
					expect(formatNumber(v, lang, digits), `${lang} ${digits} ${v}`).toBe(intl.format(v));
				}
			}
		}
	});

	it('formatDistance matches Intl unit formatting from 0 m to 2,000 km', () => {
		for (const lang of langs) {
			const m = new Intl.NumberFormat(lang, { style: 'unit', unit: 'meter' });
			const km = (d: number) => new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: d });
			for (let metres = 0; metres < 2_000_000; metres += metres < 20_000 ? 1 : 997) {
				const rounded = metres < 100 ? metres : Math.round(metres / 10) * 10;
				const expected = rounded < 1000 ? m.format(rounded) : km(metres / 1000 < 9.95 ? 1 : 0).format(metres / 1000);
				expect(formatDistance(metres, lang), `${lang} ${metres}`).toBe(expected);
			}
		}
	});

	it('formatVnd matches Intl currency formatting', () => {
		for (const lang of langs) {
			const intl = new Intl.NumberFormat(lang, { style: 'currency', currency: 'VND' });
			for (const v of [0, 1, 999, 1000, 45_000, 45_000.4, 45_000.5, 1_250_000, 99_999_999, -5, -45_000]) {
				expect(formatVnd(v, lang), `${lang} ${v}`).toBe(intl.format(v));
			}
		}
	});

	it('formatDate matches Intl.DateTimeFormat for every day of 2024 to 2027 and every month', () => {
		for (const lang of langs) {
			const dayFmt = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
			const monthFmt = new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' });
			for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
				const iso = new Date(t).toISOString().slice(0, 10);
				expect(formatDate(iso, lang), iso).toBe(dayFmt.format(new Date(t)));
				if (iso.endsWith('-01')) expect(formatDate(iso.slice(0, 7), lang), iso).toBe(monthFmt.format(new Date(t)));
			}
		}
	});

	it('formatDuration matches Intl long unit words for every range up to 10 hours', () => {
		for (const lang of langs) {
			const unit = (u: 'hour' | 'minute') =>
				new Intl.NumberFormat(lang, { style: 'unit', unit: u, unitDisplay: 'long', maximumFractionDigits: 1 });
			const part = (min: number) => (min < 60 ? unit('minute').format(min) : unit('hour').format(Math.round(min / 30) / 2));
			for (let a = 0; a <= 600; a += 5) {
				for (const b of [a, a + 15, a + 60]) {
					const text = formatDuration([a, b], lang);
					const hi = part(b);
					if (part(a) === hi) expect(text).toBe(hi);
					else expect(text.endsWith(hi), `${lang} ${a}-${b}: ${text}`).toBe(true);
				}
			}
		}
	});
});
