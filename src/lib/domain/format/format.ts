/**
 * Numbers, money, dates and durations for display, through Intl so each language gets its
 * own separators and words ("1,2 km" in Vietnamese, "1.2 km" in English). Pure: the same
 * input gives the same text on any machine with the same ICU data.
 */

import type { Lang } from '../content/types.ts';

/** The languages the guide formats for. */
export type FormatLang = Lang;

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat: creating one costs far more than using it. */
function numberFormat(lang: FormatLang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${lang}|${JSON.stringify(options)}`;
	let fmt = formatters.get(key);
	if (!fmt) {
		fmt = new Intl.NumberFormat(lang, options);
		formatters.set(key, fmt);
	}
	return fmt;
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
	if (rounded < 1000) return numberFormat(lang, { style: 'unit', unit: 'meter' }).format(rounded);
	const km = metres / 1000;
	const digits = km < 9.95 ? 1 : 0;
	return numberFormat(lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: digits }).format(km);
}

/** An amount in đồng: "45.000 ₫" in Vietnamese, "₫45,000" in English. */
export function formatVnd(n: number, lang: FormatLang): string {
	return numberFormat(lang, { style: 'currency', currency: 'VND' }).format(n);
}

const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function dateFormat(lang: FormatLang, monthOnly: boolean): Intl.DateTimeFormat {
	const key = `${lang}|${monthOnly}`;
	let fmt = dateFormatters.get(key);
	if (!fmt) {
		const day = monthOnly ? {} : { day: 'numeric' as const };
		fmt = new Intl.DateTimeFormat(lang, { ...day, month: 'long', year: 'numeric', timeZone: 'UTC' });
		dateFormatters.set(key, fmt);
	}
	return fmt;
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
	return valid ? dateFormat(lang, day === undefined).format(date) : iso;
}

/** Minutes as a number of hours or minutes, with Intl's unit word for the larger value. */
type DurationPart = { value: number; unit: 'hour' | 'minute' };

/** Below an hour in minutes; from an hour in hours, to the nearest half hour. */
function durationPart(minutes: number): DurationPart {
	const m = Math.max(0, Math.round(minutes));
	return m < 60 ? { value: m, unit: 'minute' } : { value: Math.round(m / 30) / 2, unit: 'hour' };
}

function unitFormat(lang: FormatLang, unit: DurationPart['unit']): Intl.NumberFormat {
	return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
}

/**
 * A time range such as the time a visit takes: "2–3 giờ" / "2–3 hours", "30–45 phút" /
 * "30–45 minutes", "45 phút – 1,5 giờ" / "45 minutes – 1.5 hours". Equal ends give one
 * value ("1 hour"); the ends may be given in either order.
 */
export function formatDuration(minRange: readonly [number, number], lang: FormatLang): string {
	const [lo, hi] = [Math.min(...minRange), Math.max(...minRange)].map(durationPart) as [DurationPart, DurationPart];
	const high = unitFormat(lang, hi.unit).format(hi.value);
	if (lo.unit === hi.unit && lo.value === hi.value) return high;
	if (lo.unit !== hi.unit) return `${unitFormat(lang, lo.unit).format(lo.value)} – ${high}`;
	const number = numberFormat(lang, { maximumFractionDigits: 1 }).format(lo.value);
	return `${number}–${high}`;
}
