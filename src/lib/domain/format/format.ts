/**
 * Numbers, money, dates and durations for display, each language with its own separators and
 * words ("1,2 km" in Vietnamese, "1.2 km" in English). Written out here rather than asked of Intl:
 * the first Intl formatter a page makes costs the browser its ICU start-up, 65 ms on a phone-class
 * CPU (4× slowdown), inside the hydration of every place page. The text is exactly what Intl
 * gives (format.test.ts compares both over thousands of values), and the same on every machine,
 * so a page prerendered by Node and hydrated by a browser never differs.
 */

import type { Lang } from '../content/types.ts';

/** The languages the guide formats for. */
export type FormatLang = Lang;

const SEPARATORS: Record<FormatLang, { group: string; decimal: string }> = {
	vi: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/** The digits of `abs` before and after the point, from its shortest text ("5e-7" → "0", "0000005"). */
function decimalDigits(abs: number): [string, string] {
	const [mantissa = '0', exponent = '0'] = String(abs).split('e');
	const [whole = '0', fraction = ''] = mantissa.split('.');
	let digits = whole + fraction;
	let point = whole.length + Number(exponent);
	if (point < 1) {
		digits = '0'.repeat(1 - point) + digits;
		point = 1;
	}
	if (point > digits.length) digits += '0'.repeat(point - digits.length);
	return [digits.slice(0, point), digits.slice(point)];
}

/** A string of decimal digits plus one ("199" → "200", "99" → "100"). */
function increment(digits: string): string {
	const out = digits.split('');
	for (let i = out.length - 1; i >= 0; i--) {
		if (out[i] !== '9') {
			out[i] = String(Number(out[i]) + 1);
			return out.join('');
		}
		out[i] = '0';
	}
	return '1' + out.join('');
}

/**
 * `n` with at most `digits` decimals, trailing zeros dropped, grouped by thousands: as
 * Intl.NumberFormat with `maximumFractionDigits`. Rounded on the number's shortest text, halves
 * away from zero (1.005 → 1.01, 0.15 → 0.2, 3.4499999999999997 → 3.4), as Intl does.
 */
export function formatNumber(n: number, lang: FormatLang, digits = 3): string {
	if (!Number.isFinite(n)) return n > 0 ? '∞' : n < 0 ? '-∞' : 'NaN';
	const sign = n < 0 || Object.is(n, -0) ? '-' : '';
	let [whole, fraction] = decimalDigits(Math.abs(n));
	if (fraction.length > digits) {
		const up = fraction[digits]! >= '5';
		const kept = whole + fraction.slice(0, digits);
		const next = up ? increment(kept) : kept;
		whole = next.slice(0, next.length - digits) || '0';
		fraction = next.slice(next.length - digits);
	}
	const { group, decimal } = SEPARATORS[lang];
	const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, group);
	const kept = fraction.replace(/0+$/, '');
	return sign + grouped + (kept ? decimal + kept : '');
}

/**
 * A distance for people, rounded to what matters: "850 m" (to 10 m from 100 m), "1,2 km"
 * below 10 km (one decimal, dropped when zero), "12 km" from 10 km. Negative counts as 0;
 * a non-finite value gives an empty string.
 */
export function formatDistance(m: number, lang: FormatLang): string {
	if (!Number.isFinite(m)) return '';
	const metres = Math.max(0, m);
	const rounded = metres < 100 ? Math.round(metres) : Math.round(metres / 10) * 10;
	if (rounded < 1000) return `${formatNumber(rounded, lang, 0)} m`;
	const km = metres / 1000;
	return `${formatNumber(km, lang, km < 9.95 ? 1 : 0)} km`;
}

/** An amount in đồng, whole: "45.000 ₫" (with a no-break space) in Vietnamese, "₫45,000" in English. */
export function formatVnd(n: number, lang: FormatLang): string {
	const amount = formatNumber(Math.abs(n), lang, 0);
	const sign = n < 0 && amount !== '0' ? '-' : '';
	return lang === 'vi' ? `${sign}${amount}\u00a0₫` : `${sign}₫${amount}`;
}

const MONTHS_EN = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A valid calendar date as Intl writes it with `{ day?, month: 'long', year }`. */
function writeDate(lang: FormatLang, year: number, month: number, day: number | undefined): string {
	if (lang === 'vi') return day === undefined ? `tháng ${month} năm ${year}` : `${day} tháng ${month}, ${year}`;
	const name = MONTHS_EN[month - 1]!;
	return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

/**
 * A calendar date: "22 tháng 11, 2026" / "November 22, 2026". Accepts `YYYY-MM-DD` (or a
 * longer ISO string, of which only the date is used) and `YYYY-MM` ("tháng 10 năm 2023" /
 * "October 2023"). Formatted in UTC, so the day never shifts with the device's time zone.
 * Anything else is returned unchanged rather than shown as "Invalid Date".
 */
export function formatDate(iso: string, lang: FormatLang): string {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso.trim());
	if (!m) return iso;
	const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day ?? 1));
	const valid = date.getUTCMonth() === month - 1 && (day === undefined || date.getUTCDate() === day);
	return valid ? writeDate(lang, year, month, day) : iso;
}

/** Minutes as a number of hours or minutes. */
type DurationPart = { value: number; unit: 'hour' | 'minute' };

/** Below an hour in minutes; from an hour in hours, to the nearest half hour. */
function durationPart(minutes: number): DurationPart {
	const m = Math.max(0, Math.round(minutes));
	return m < 60 ? { value: m, unit: 'minute' } : { value: Math.round(m / 30) / 2, unit: 'hour' };
}

const UNIT_WORDS: Record<FormatLang, Record<DurationPart['unit'], { one: string; other: string }>> = {
	vi: { hour: { one: 'giờ', other: 'giờ' }, minute: { one: 'phút', other: 'phút' } },
	en: { hour: { one: 'hour', other: 'hours' }, minute: { one: 'minute', other: 'minutes' } }
};

/** "1 hour", "1.5 hours", "45 phút": as Intl with `{ style: 'unit', unitDisplay: 'long', maximumFractionDigits: 1 }`. */
function writeUnit(lang: FormatLang, part: DurationPart): string {
	const words = UNIT_WORDS[lang][part.unit];
	const number = formatNumber(part.value, lang, 1);
	return `${number} ${number === '1' ? words.one : words.other}`;
}

/**
 * A time range such as the time a visit takes: "2–3 giờ" / "2–3 hours", "30–45 phút" /
 * "30–45 minutes", "45 phút – 1,5 giờ" / "45 minutes – 1.5 hours". Equal ends give one
 * value ("1 hour"); the ends may be given in either order.
 */
export function formatDuration(minRange: readonly [number, number], lang: FormatLang): string {
	const [lo, hi] = [Math.min(...minRange), Math.max(...minRange)].map(durationPart) as [DurationPart, DurationPart];
	const high = writeUnit(lang, hi);
	if (lo.unit === hi.unit && lo.value === hi.value) return high;
	if (lo.unit !== hi.unit) return `${writeUnit(lang, lo)} – ${high}`;
	return `${formatNumber(lo.value, lang, 1)}–${high}`;
}
