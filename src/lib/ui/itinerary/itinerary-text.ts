/**
 * Itinerary facts in words (warnings, legs, durations, day totals), in the current language or, for the printed
 * sheet with both languages side by side, in the one asked for.
 */
import { i18n, type I18nKey } from '$lib/i18n/i18n.svelte';
import type { Lang } from '$lib/domain/content/types';
import { formatMinutes, type LegEstimate, type ScheduledDay, type ScheduleWarning } from '$lib/domain/itinerary/schedule';

/** `i18n.t` in a given language (the current one by default). */
export function tIn(lang: Lang = i18n.lang): (key: I18nKey, vars?: Record<string, unknown>) => string {
	return (key, vars) => i18n.t(key, { ...vars, lng: lang });
}

/** "2 h 15 min" / "2 giờ 15 phút". */
export function durationText(minutes: number, lang: Lang = i18n.lang): string {
	const h = Math.floor(minutes / 60);
	const m = Math.round(minutes % 60);
	const unit = lang === 'vi' ? { h: 'giờ', m: 'phút' } : { h: 'h', m: 'min' };
	return h === 0 ? `${m} ${unit.m}` : m === 0 ? `${h} ${unit.h}` : `${h} ${unit.h} ${m} ${unit.m}`;
}

const km = (value: number, lang: Lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

export function legText(leg: LegEstimate, lang: Lang = i18n.lang): string {
	const t = tIn(lang);
	if (leg.closeBy) return t('itinerary.leg.closeBy');
	return t(leg.basis === 'estimate' ? 'itinerary.leg.estimate' : 'itinerary.leg', { km: km(leg.km, lang), min: leg.driveMin });
}

export function totalsText(day: ScheduledDay, lang: Lang = i18n.lang): string {
	return tIn(lang)('itinerary.day.totals', {
		km: km(day.km, lang),
		drive: durationText(day.driveMin, lang),
		visit: durationText(day.visitMin, lang),
		end: formatMinutes(day.endMin)
	});
}

export function warningText(w: ScheduleWarning, lang: Lang = i18n.lang): string {
	const t = tIn(lang);
	switch (w.type) {
		case 'border':
			return t('itinerary.warning.border', { name: w.name });
		case 'closed':
			return t('itinerary.warning.closed', { name: w.name, at: w.at });
		case 'long-day':
			return t('itinerary.warning.longDay', {
				hours: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(w.minutes / 60)
			});
		case 'no-location':
			return t('itinerary.warning.noLocation', { name: w.name });
		case 'no-stay':
			return t('itinerary.warning.noStay', { name: w.name });
		case 'unknown-code':
			return t('itinerary.warning.unknownCode', { code: w.code });
	}
}
