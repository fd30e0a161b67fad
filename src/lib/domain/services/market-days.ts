/**
 * When a periodic market next meets. Cao Bằng's hill markets meet on fixed days of the lunar
 * month; visitors need solar dates. The conversion is @dqcai/vn-lunar, the Vietnamese calendar
 * (computed for UTC+7): Vietnamese and Chinese lunar calendars differ on some new moons (Tết 2007,
 * 1985), and a Chinese converter (UTC+8) would put those markets on the wrong day. Offline, pure.
 */
import { getLunarDate } from '@dqcai/vn-lunar';

/** A calendar date in Vietnam, `YYYY-MM-DD`. */
export type IsoDate = string;

const DAY_MS = 86_400_000;

function parts(iso: IsoDate): [number, number, number] {
	const [y = NaN, m = NaN, d = NaN] = iso.split('-').map(Number);
	return [y, m, d];
}

function addDays(iso: IsoDate, n: number): IsoDate {
	const [y, m, d] = parts(iso);
	return new Date(Date.UTC(y, m - 1, d) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The lunar day of the month (1–30) of a date in Vietnam. */
export function lunarDay(iso: IsoDate): number {
	const [y, m, d] = parts(iso);
	return getLunarDate(d, m, y).day;
}

/**
 * The next `count` market dates from `from` (inclusive). A 29-day lunar month has no day 30; no
 * source says where that session goes, so none is shown.
 */
export function nextMarketDates(lunarDays: readonly number[], from: IsoDate, count = 1): IsoDate[] {
	const wanted = new Set(lunarDays);
	const out: IsoDate[] = [];
	// Markets meet at least once a month, so 60 days is ample for one more date.
	for (let i = 0, day = from; out.length < count && i < 60 * count; i++, day = addDays(day, 1)) {
		if (wanted.has(lunarDay(day))) out.push(day);
	}
	return out;
}

/** Today's date in Vietnam (UTC+7, no daylight saving). */
export function vietnamToday(now: Date): IsoDate {
	return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
