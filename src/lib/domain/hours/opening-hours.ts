/**
 * Opening hours: is a place open at a given instant, and when does it close or open next?
 * Computed in the place's local time (Vietnam by default) from the UTC instant, so the
 * answer does not depend on the time zone of the phone or the build machine.
 *
 * Rules (as in place.yaml):
 * - A rule applies on a day when the weekday is in `days` and, if `months` is given, the
 *   month (1–12) is in `months`. Both are judged on the day the rule opens.
 * - `close` later than `open`: same day. `close` earlier than `open`: overnight, closing the
 *   next day (open 18:00 close 02:00 on Friday is open until 02:00 on Saturday).
 *   `close` equal to `open`: 24 hours. `24:00` means midnight at the end of the day.
 * - No `hours.rules` (or none usable) and no `always`: unknown, never "closed".
 * - Rules with a malformed time are skipped.
 */

import type { Hours, HoursRule, Weekday } from '../content/types.ts';

export type { HoursRule, Weekday };

/** `HH:MM`, 24-hour clock; `24:00` is allowed as a closing time. */
export type ClockTime = string;

/** The part of a place's `hours` that says when it is open. */
export type OpeningHours = Pick<Hours, 'always' | 'rules'>;

export type OpenState =
	| { status: 'unknown' }
	| { status: 'always' }
	| { status: 'open'; closesAt: ClockTime }
	| {
			status: 'closed';
			/** The next opening, within a year; `date` is the local date (YYYY-MM-DD). */
			opensAt?: { day: Weekday; time: ClockTime; date: string };
	  };

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Weekdays by JavaScript day number (0 = Sunday). */
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 86_400_000;
const DAY_MIN = 1440;
/** Fixed-offset zones (no daylight saving), in minutes east of UTC: no Intl needed. */
const FIXED_OFFSETS: Readonly<Record<string, number>> = { 'Asia/Ho_Chi_Minh': 420, 'Asia/Bangkok': 420, UTC: 0 };
/** How far ahead to look for the next opening (seasonal rules can be months away). */
const LOOKAHEAD_DAYS = 366;

/** A local moment: days since 1970-01-01 in local time, and minutes since local midnight. */
type LocalMoment = { day: number; minute: number };

/** A rule with its times in minutes: `end` may exceed 1440 (overnight). */
type Span = { days: ReadonlySet<Weekday>; months?: ReadonlySet<number>; start: number; end: number };

/** Parses `HH:MM` (00:00–24:00) to minutes, or null when malformed. */
export function parseClock(time: string): number | null {
	const m = /^(\d{2}):(\d{2})$/.exec(time);
	if (!m) return null;
	const minutes = Number(m[1]) * 60 + Number(m[2]);
	if (Number(m[2]) > 59 || minutes > DAY_MIN) return null;
	return minutes;
}

/** Minutes since midnight as `HH:MM`; a whole day is `24:00`. */
function formatClock(minutes: number): ClockTime {
	const h = Math.floor(minutes / 60);
	return `${String(h).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const intlCache = new Map<string, Intl.DateTimeFormat>();

/** Local date and time of an instant in any IANA zone, via Intl (for zones with DST). */
function intlMoment(at: Date, timeZone: string): LocalMoment {
	let fmt = intlCache.get(timeZone);
	if (!fmt) {
		const opts = {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric'
		} as const;
		fmt = new Intl.DateTimeFormat('en-US', opts);
		intlCache.set(timeZone, fmt);
	}
	const part = (type: Intl.DateTimeFormatPartTypes): number => Number(fmt.formatToParts(at).find((p) => p.type === type)?.value);
	const day = Math.floor(Date.UTC(part('year'), part('month') - 1, part('day')) / DAY_MS);
	return { day, minute: part('hour') * 60 + part('minute') };
}

/** The local moment of an instant: plain arithmetic for fixed-offset zones like Vietnam. */
export function localMoment(at: Date, timeZone: string = VIETNAM_TIME_ZONE): LocalMoment {
	const offset = FIXED_OFFSETS[timeZone];
	if (offset === undefined) return intlMoment(at, timeZone);
	const localMs = at.getTime() + offset * 60_000;
	const day = Math.floor(localMs / DAY_MS);
	return { day, minute: Math.floor((localMs - day * DAY_MS) / 60_000) };
}

const weekdayOf = (day: number): Weekday => WEEKDAYS[(((day + 4) % 7) + 7) % 7] ?? 'sun';
const monthOf = (day: number): number => new Date(day * DAY_MS).getUTCMonth() + 1;
const isoDateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Converts rules to spans in minutes, skipping rules with a malformed time. */
function toSpans(rules: readonly HoursRule[]): Span[] {
	return rules.flatMap((rule) => {
		const start = parseClock(rule.open);
		const close = parseClock(rule.close);
		if (start === null || close === null || start === DAY_MIN) return [];
		const end = close > start ? close : close + DAY_MIN;
		const span: Span = { days: new Set(rule.days), start, end };
		if (rule.months) span.months = new Set(rule.months);
		return [span];
	});
}

function appliesOn(span: Span, day: number): boolean {
	return span.days.has(weekdayOf(day)) && (!span.months || span.months.has(monthOf(day)));
}

/** Intervals of the spans that open on `day`, in minutes relative to the start of `origin`. */
function intervalsOn(spans: readonly Span[], day: number, origin: number): [number, number][] {
	const shift = (day - origin) * DAY_MIN;
	return spans.filter((s) => appliesOn(s, day)).map((s) => [shift + s.start, shift + s.end]);
}

/**
 * The end of the open stretch containing `minute`, following back-to-back and overlapping
 * rules day by day; null when it never ends within the lookahead (open round the clock).
 */
function closingTime(spans: readonly Span[], origin: number, minute: number): number | null {
	let end = minute;
	for (let day = origin - 1; (day - origin) * DAY_MIN <= end; day += 1) {
		if (day > origin + LOOKAHEAD_DAYS) return null;
		const intervals = intervalsOn(spans, day, origin).sort((x, y) => x[0] - y[0]);
		for (const [s, e] of intervals) if (s <= end && e > end) end = e;
	}
	return end;
}

/** The first opening after `minute`, within the lookahead. */
function nextOpening(spans: readonly Span[], origin: number, minute: number): { day: number; start: number } | null {
	for (let day = origin; day <= origin + LOOKAHEAD_DAYS; day += 1) {
		const starts = intervalsOn(spans, day, origin)
			.map(([s]) => s)
			.filter((s) => s > minute);
		if (starts.length > 0) return { day, start: Math.min(...starts) - (day - origin) * DAY_MIN };
	}
	return null;
}

/** Open, closed (and when it next opens), always open, or unknown, at the instant `at`. */
export function openState(hours: OpeningHours | undefined, at: Date, timeZone: string = VIETNAM_TIME_ZONE): OpenState {
	if (hours?.always) return { status: 'always' };
	const spans = toSpans(hours?.rules ?? []);
	if (spans.length === 0) return { status: 'unknown' };
	const { day, minute } = localMoment(at, timeZone);
	const open = [day - 1, day].some((d) => intervalsOn(spans, d, day).some(([s, e]) => s <= minute && minute < e));
	if (open) {
		const end = closingTime(spans, day, minute);
		return end === null ? { status: 'always' } : { status: 'open', closesAt: formatClock(((end - 1) % DAY_MIN) + 1) };
	}
	const next = nextOpening(spans, day, minute);
	if (!next) return { status: 'closed' };
	return { status: 'closed', opensAt: { day: weekdayOf(next.day), time: formatClock(next.start), date: isoDateOf(next.day) } };
}
