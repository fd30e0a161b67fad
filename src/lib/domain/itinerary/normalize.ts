/**
 * An itinerary brought within ITINERARY_LIMITS with clean text: what the builder keeps and what
 * links carry. Used by the state class on every save, so it stays small and apart from the codec.
 */
import { cleanText } from './clean-text.ts';
import { dateToDays, daysToDate } from './dates.ts';
import { ITINERARY_LIMITS as L, type Itinerary, type ItineraryDay, type ItineraryStop } from './types.ts';

export function normalizeItinerary(it: Itinerary): Itinerary {
	let budget: number = L.stops;
	const days = it.days.slice(0, L.days).map((day): ItineraryDay => {
		const stops = day.stops.slice(0, Math.min(L.stopsPerDay, budget)).flatMap((s): ItineraryStop[] =>
			Number.isInteger(s.code) && s.code > 0 && s.code <= L.maxCode
				? [
						{
							code: s.code,
							...(s.visitMin === undefined ? {} : { visitMin: Math.min(Math.max(0, Math.round(s.visitMin)), L.visitMin) }),
							note: cleanText(s.note, L.text, true)
						}
					]
				: []
		);
		budget -= stops.length;
		const startMin = day.startMin === undefined ? undefined : Math.min(Math.max(0, Math.round(day.startMin)), 24 * 60 - 1);
		return {
			title: cleanText(day.title, L.title),
			...(startMin === undefined ? {} : { startMin }),
			note: cleanText(day.note, L.text, true),
			stops
		};
	});
	const startDate = daysToDate(dateToDays(it.startDate));
	return {
		title: cleanText(it.title, L.title),
		...(startDate ? { startDate } : {}),
		operatorName: cleanText(it.operatorName, L.title),
		operatorPhone: cleanText(it.operatorPhone, L.phone),
		days: days.length > 0 ? days : [{ title: '', note: '', stops: [] }]
	};
}
