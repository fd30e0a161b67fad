/**
 * An ISO 8601 date-time in the device's own time zone, with its offset:
 * `2026-03-05T06:30:00.000+07:00`. A visit at 6:30 in Cao Bằng is then dated the 5th, as the
 * visitor lived it; `toISOString()` would say the 4th (23:30 UTC).
 */
export function localIsoString(date: Date): string {
	const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
	const offsetMin = -date.getTimezoneOffset();
	const sign = offsetMin >= 0 ? '+' : '-';
	return (
		`${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
		`T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}` +
		`${sign}${pad(Math.trunc(offsetMin / 60))}:${pad(offsetMin % 60)}`
	);
}

/** The calendar day (`YYYY-MM-DD`) of a date in the device's time zone. */
export function localDay(date: Date): string {
	return localIsoString(date).slice(0, 10);
}
