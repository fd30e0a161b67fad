/** Opening rules in words: "Mon–Sun 07:00–18:00", with day names from Intl in the reader's language. */
import type { HoursRule, Lang, Weekday } from './types.ts';

const ORDER: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

function dayName(day: Weekday, lang: Lang): string {
	// 2024-01-01 was a Monday.
	const date = new Date(Date.UTC(2024, 0, 1 + ORDER.indexOf(day)));
	return new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(date);
}

function monthName(month: number, lang: Lang): string {
	return new Intl.DateTimeFormat(lang, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, month - 1, 1)));
}

/** Groups consecutive days into ranges: [mon,tue,wed,fri] → "Mon–Wed, Fri". */
export function describeDays(days: Weekday[], lang: Lang, everyDay: string): string {
	const idx = [...new Set(days.map((d) => ORDER.indexOf(d)))].sort((a, b) => a - b);
	if (idx.length === 7) return everyDay;
	const parts: string[] = [];
	let start = 0;
	for (let i = 1; i <= idx.length; i++) {
		if (i === idx.length || idx[i] !== (idx[i - 1] ?? 0) + 1) {
			const a = ORDER[idx[start] ?? 0] as Weekday;
			const b = ORDER[idx[i - 1] ?? 0] as Weekday;
			parts.push(a === b ? dayName(a, lang) : `${dayName(a, lang)}–${dayName(b, lang)}`);
			start = i;
		}
	}
	return parts.join(', ');
}

export function describeRule(rule: HoursRule, lang: Lang, everyDay: string): string {
	const months = rule.months?.length ? ` (${rule.months.map((m) => monthName(m, lang)).join(', ')})` : '';
	return `${describeDays(rule.days, lang, everyDay)} ${rule.open}–${rule.close}${months}`;
}
