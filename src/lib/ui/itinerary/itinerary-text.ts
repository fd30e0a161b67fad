/** Itinerary facts in words, in the current language (warnings, legs, durations, day totals). */
import { i18n } from '$lib/i18n/i18n.svelte';
import { formatMinutes, type LegEstimate, type ScheduledDay, type ScheduleWarning } from '$lib/domain/itinerary/schedule';

/** "2 h 15 min" / "2 giờ 15 phút". */
export function durationText(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = Math.round(minutes % 60);
	const unit = i18n.lang === 'vi' ? { h: 'giờ', m: 'phút' } : { h: 'h', m: 'min' };
	return h === 0 ? `${m} ${unit.m}` : m === 0 ? `${h} ${unit.h}` : `${h} ${unit.h} ${m} ${unit.m}`;
}

const km = (value: number) => new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 1 }).format(value);

export function legText(leg: LegEstimate): string {
	if (leg.closeBy) return i18n.t('itinerary.leg.closeBy');
	return i18n.t(leg.basis === 'estimate' ? 'itinerary.leg.estimate' : 'itinerary.leg', { km: km(leg.km), min: leg.driveMin });
}

export function totalsText(day: ScheduledDay): string {
	return i18n.t('itinerary.day.totals', {
		km: km(day.km),
		drive: durationText(day.driveMin),
		visit: durationText(day.visitMin),
		end: formatMinutes(day.endMin)
	});
}

export function warningText(w: ScheduleWarning): string {
	switch (w.type) {
		case 'border':
			return i18n.t('itinerary.warning.border', { name: w.name });
		case 'closed':
			return i18n.t('itinerary.warning.closed', { name: w.name, at: w.at });
		case 'long-day':
			return i18n.t('itinerary.warning.longDay', {
				hours: new Intl.NumberFormat(i18n.lang, { maximumFractionDigits: 1 }).format(w.minutes / 60)
			});
		case 'no-location':
			return i18n.t('itinerary.warning.noLocation', { name: w.name });
		case 'no-stay':
			return i18n.t('itinerary.warning.noStay', { name: w.name });
		case 'unknown-code':
			return i18n.t('itinerary.warning.unknownCode', { code: w.code });
	}
}
