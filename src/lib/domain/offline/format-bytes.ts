/** Sizes in words a visitor reads: "1.5 MB" / "1,5 MB". Decimal units, as phones show them. */
import type { Lang } from '../content/types.ts';

const UNITS = [
	{ unit: 'gigabyte', size: 1e9 },
	{ unit: 'megabyte', size: 1e6 },
	{ unit: 'kilobyte', size: 1e3 }
] as const;

export function formatBytes(bytes: number, lang: Lang): string {
	const locale = lang === 'vi' ? 'vi-VN' : 'en-GB';
	const pick = UNITS.find((u) => bytes >= u.size) ?? UNITS[2];
	const value = bytes / pick.size;
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit: pick.unit,
		unitDisplay: 'short',
		maximumFractionDigits: value < 10 ? 1 : 0
	}).format(value);
}
