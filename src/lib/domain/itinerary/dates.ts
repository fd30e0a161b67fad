/** A trip's start date in the link: days since 2000-01-01, plus one (0 = no date). */
const EPOCH = Date.UTC(2000, 0, 1);
const DAY_MS = 86_400_000;

export function dateToDays(date: string | undefined): number {
	if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return 0;
	const ms = Date.parse(`${date}T00:00:00Z`);
	return Number.isFinite(ms) && ms >= EPOCH ? Math.round((ms - EPOCH) / DAY_MS) + 1 : 0;
}

export function daysToDate(days: number): string | undefined {
	if (days === 0 || days > 100 * 366) return undefined;
	return new Date(EPOCH + (days - 1) * DAY_MS).toISOString().slice(0, 10);
}
