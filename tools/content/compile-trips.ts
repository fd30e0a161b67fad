/**
 * Suggested trips in a language's bundle: each stop, written in itinerary.yaml as a folder name or a code, becomes
 * the stable code an itinerary link carries, so the builder can open a copy of the trip as it opens a shared one.
 */
import type { SuggestedTrip } from '../../src/lib/domain/content/types.ts';
import type { LoadedContent } from './load-content.ts';
import type { ItineraryText } from './schema.ts';

type TripEntry = LoadedContent['trips'][number];
export type PickedText = { data: ItineraryText; body: string; untranslated: boolean };

/** Codes by folder name of every place and service. */
export function codesById(content: LoadedContent): Map<string, number> {
	return new Map([...content.places, ...content.services].map((e) => [e.id, e.facts.code]));
}

/** One trip in one language; `html` is its body rendered. Stops the check refused never reach here. */
export function compileTrip(entry: TripEntry, text: PickedText, html: string, codes: ReadonlyMap<string, number>): SuggestedTrip {
	const f = entry.facts;
	return {
		id: entry.id,
		order: f.order ?? 1000,
		name: text.data.name,
		summary: text.data.summary,
		html,
		untranslated: text.untranslated,
		...(f.route ? { route: f.route } : {}),
		days: f.days.map((day, d) => ({
			title: text.data.days[d] ?? '',
			stops: day.stops.flatMap((s) => {
				const code = typeof s === 'number' ? s : codes.get(s);
				return code === undefined ? [] : [code];
			})
		})),
		checked: f.checked
	};
}
