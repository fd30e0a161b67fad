/**
 * What an itinerary's codes mean in a content bundle: the stable numeric `code` of every place
 * and service (content files carry it; links and signs use it) mapped to the facts the schedule
 * needs. A code the bundle does not know stays unknown: the UI says "place no. N (not in this
 * version of the guide)" rather than guessing.
 */
import { isLocated, type Bundle, type Place, type Service } from '../content/types.ts';
import type { StopFacts } from './schedule.ts';

const fromPlace = (p: Place): StopFacts => ({
	id: p.id,
	type: 'place',
	name: p.name,
	...(isLocated(p.location) ? { location: p.location } : {}),
	hours: p.hours,
	borderArea: p.borderArea,
	...(p.timeNeededMin ? { timeNeededMin: p.timeNeededMin } : {})
});

const fromService = (s: Service): StopFacts => ({
	id: s.id,
	type: 'service',
	name: s.name,
	...(s.location && isLocated(s.location) ? { location: s.location } : {}),
	hours: s.hours,
	borderArea: false
});

export function stopFactsByCode(bundle: Bundle): Map<number, StopFacts> {
	const out = new Map<number, StopFacts>();
	for (const p of bundle.places) if (p.code !== undefined) out.set(p.code, fromPlace(p));
	for (const s of bundle.services) if (s.code !== undefined) out.set(s.code, fromService(s));
	return out;
}

/** The code of a place or service by its id, for "Add to itinerary". */
export function codeOf(bundle: Bundle, type: 'place' | 'service', id: string): number | undefined {
	return type === 'place' ? bundle.places.find((p) => p.id === id)?.code : bundle.services.find((s) => s.id === id)?.code;
}
