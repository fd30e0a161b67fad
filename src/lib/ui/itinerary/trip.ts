/**
 * Everything the itinerary screens derive from an itinerary and the content bundle: the day
 * schedule (with drives estimated until road distances are wired in), the share link, and the
 * GPX, calendar and plain-text outputs in the current language.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { formatUrl } from '$lib/domain/routing/url';
import { formatDate } from '$lib/domain/format/format';
import { distanceM } from '$lib/domain/geo/distance';
import { isLocated, type Bundle, type Located } from '$lib/domain/content/types';
import { estimateLeg } from '$lib/domain/itinerary/estimate-leg';
import { chainGroup } from '$lib/domain/services/chain';
import { scheduleItinerary, type ScheduledDay } from '$lib/domain/itinerary/schedule';
import { stopFactsByCode } from '$lib/domain/itinerary/stop-facts';
import { itineraryToGpx } from '$lib/domain/itinerary/gpx';
import { itineraryToIcal } from '$lib/domain/itinerary/ical';
import { itineraryToPlainText } from '$lib/domain/itinerary/plain-text';
import type { ExportLabels } from '$lib/domain/itinerary/export-text';
import type { Itinerary } from '$lib/domain/itinerary/types';
import type { RoadReader } from '$lib/domain/roads/road-reader';

/** A bed within this distance of the day's last stop counts as "nearby". */
const STAY_RADIUS_M = 25_000;

/** `roads`: road distances between entries, once the roads file is loaded (else estimates). */
export function scheduleFor(it: Itinerary, bundle: Bundle, roads?: RoadReader | null): ScheduledDay[] {
	const facts = stopFactsByCode(bundle);
	const beds = bundle.services.flatMap((s) => (chainGroup(s.kind) === 'stay' && s.location && isLocated(s.location) ? [s.location] : []));
	return scheduleItinerary(it, {
		resolve: (code) => facts.get(code),
		leg: (from, to) => {
			const road = roads?.roadBetween(from.id, to.id);
			if (road) return { km: road.km, driveMin: road.driveMin, basis: 'road', ...(road.closerThanPositions ? { closeBy: true } : {}) };
			return estimateLeg(from.location, to.location);
		},
		lodgingNear: (at: Located) => (beds.length === 0 ? undefined : beds.some((b) => distanceM(at, b) <= STAY_RADIUS_M))
	});
}

export function tripTitle(it: Itinerary): string {
	return it.title || i18n.t('itinerary.title.untitled');
}

export function exportLabels(it: Itinerary, origin: string): ExportLabels {
	return {
		title: tripTitle(it),
		dayName: (d) => [i18n.t('itinerary.day', { n: d + 1 }), it.days[d]?.title].filter(Boolean).join(': '),
		stopUrl: (type, id) => origin + formatUrl(i18n.lang, type === 'place' ? { name: 'place', id } : { name: 'service', id }),
		host: new URL(origin).host
	};
}

export function gpxFor(it: Itinerary, days: readonly ScheduledDay[], origin: string): string {
	return itineraryToGpx(days, exportLabels(it, origin), { stop: (d, s) => it.days[d]?.stops[s]?.note ?? '' });
}

export function icalFor(it: Itinerary, days: readonly ScheduledDay[], origin: string): string | null {
	const result = itineraryToIcal(it, days, exportLabels(it, origin), new Date());
	return result.ok ? result.text : null;
}

export function plainTextFor(it: Itinerary, days: readonly ScheduledDay[]): string {
	return itineraryToPlainText(it, days, {
		title: tripTitle(it),
		...(it.operatorName || it.operatorPhone ? { operator: [it.operatorName, it.operatorPhone].filter(Boolean).join(' · ') } : {}),
		dayHeading: (d, title, date) =>
			[i18n.t('itinerary.day', { n: d + 1 }), title, date ? formatDate(date, i18n.lang) : ''].filter(Boolean).join(' · '),
		unknownStop: (code) => i18n.t('itinerary.stop.unknown', { code })
	});
}

export function linkFor(origin: string, fragment: string): string {
	return `${origin}${formatUrl(i18n.lang, { name: 'itinerary' })}#${fragment}`;
}
