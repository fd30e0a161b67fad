/**
 * Every change an operator makes to an itinerary, as pure functions from one itinerary to the
 * next (never mutating): the builder's state class applies them and saves the result, and the
 * tests check each one. A stop is addressed by its day and its index in that day.
 */
import { ITINERARY_LIMITS, type Itinerary, type ItineraryDay, type ItineraryStop } from './types.ts';

export type StopAt = { day: number; index: number };

const replaceDay = (it: Itinerary, day: number, change: (d: ItineraryDay) => ItineraryDay): Itinerary => ({
	...it,
	days: it.days.map((d, i) => (i === day ? change(d) : d))
});

const stopCount = (it: Itinerary) => it.days.reduce((n, d) => n + d.stops.length, 0);

export function canAddStop(it: Itinerary, day: number): boolean {
	const d = it.days[day];
	return d !== undefined && d.stops.length < ITINERARY_LIMITS.stopsPerDay && stopCount(it) < ITINERARY_LIMITS.stops;
}

export function addDay(it: Itinerary): Itinerary {
	if (it.days.length >= ITINERARY_LIMITS.days) return it;
	return { ...it, days: [...it.days, { title: '', note: '', stops: [] }] };
}

/** Removes a day and its stops; an itinerary always keeps one day. */
export function removeDay(it: Itinerary, day: number): Itinerary {
	if (it.days.length <= 1 || !it.days[day]) return it;
	return { ...it, days: it.days.filter((_, i) => i !== day) };
}

export function updateDay(it: Itinerary, day: number, patch: Partial<Pick<ItineraryDay, 'title' | 'note' | 'startMin'>>): Itinerary {
	return replaceDay(it, day, (d) => {
		const next = { ...d, ...patch };
		if ('startMin' in patch && patch.startMin === undefined) delete next.startMin;
		return next;
	});
}

/** Adds a stop at the end of a day (the last day when `day` is not given). */
export function addStop(it: Itinerary, code: number, day = it.days.length - 1, visitMin?: number): Itinerary {
	if (!canAddStop(it, day)) return it;
	const stop: ItineraryStop = { code, note: '', ...(visitMin === undefined ? {} : { visitMin }) };
	return replaceDay(it, day, (d) => ({ ...d, stops: [...d.stops, stop] }));
}

export function removeStop(it: Itinerary, at: StopAt): Itinerary {
	return replaceDay(it, at.day, (d) => ({ ...d, stops: d.stops.filter((_, i) => i !== at.index) }));
}

export function updateStop(it: Itinerary, at: StopAt, patch: Partial<Pick<ItineraryStop, 'note' | 'visitMin'>>): Itinerary {
	return replaceDay(it, at.day, (d) => ({
		...d,
		stops: d.stops.map((s, i) => {
			if (i !== at.index) return s;
			const next = { ...s, ...patch };
			if ('visitMin' in patch && patch.visitMin === undefined) delete next.visitMin;
			return next;
		})
	}));
}

/**
 * Moves a stop to another place: within its day or to another day (at `to.index`, clamped;
 * the end of that day when the index is past it). Returns the same itinerary when nothing moves.
 */
export function moveStop(it: Itinerary, from: StopAt, to: StopAt): Itinerary {
	const stop = it.days[from.day]?.stops[from.index];
	const target = it.days[to.day];
	if (!stop || !target) return it;
	if (from.day !== to.day && target.stops.length >= ITINERARY_LIMITS.stopsPerDay) return it;
	const without = it.days.map((d, i) => (i === from.day ? { ...d, stops: d.stops.filter((_, j) => j !== from.index) } : d));
	const index = Math.max(0, Math.min(to.index, without[to.day]!.stops.length));
	if (from.day === to.day && index === from.index) return it;
	return {
		...it,
		days: without.map((d, i) => (i === to.day ? { ...d, stops: [...d.stops.slice(0, index), stop, ...d.stops.slice(index)] } : d))
	};
}

/** Where a dragged stop is dropped: before the stop at `slot` of `day` (its length: at the end), counted before the move. */
export type DropSlot = { day: number; slot: number };

/** Drops a stop into a gap between stops (drag and drop); returns where it ended up, or the same itinerary when it stays put. */
export function dropStop(it: Itinerary, from: StopAt, to: DropSlot): { itinerary: Itinerary; at: StopAt } {
	const index = to.day === from.day && to.slot > from.index ? to.slot - 1 : to.slot;
	const itinerary = moveStop(it, from, { day: to.day, index });
	if (itinerary === it) return { itinerary, at: from };
	return { itinerary, at: { day: to.day, index: Math.min(index, itinerary.days[to.day]!.stops.length - 1) } };
}

/** One place up or down, crossing into the previous or next day at the ends (keyboard reordering). */
export function nudgeStop(it: Itinerary, at: StopAt, direction: -1 | 1): { itinerary: Itinerary; at: StopAt } {
	const day = it.days[at.day];
	if (!day?.stops[at.index]) return { itinerary: it, at };
	const index = at.index + direction;
	if (index >= 0 && index < day.stops.length) {
		const to = { day: at.day, index };
		return { itinerary: moveStop(it, at, to), at: to };
	}
	const otherDay = at.day + direction;
	const other = it.days[otherDay];
	if (!other || other.stops.length >= ITINERARY_LIMITS.stopsPerDay) return { itinerary: it, at };
	const to = { day: otherDay, index: direction === -1 ? other.stops.length : 0 };
	return { itinerary: moveStop(it, at, to), at: to };
}

/** A new itinerary from a list of codes (a route's stops, saved places): one day, in order. */
export function itineraryFromCodes(codes: readonly number[], title = ''): Itinerary {
	const stops = codes.slice(0, ITINERARY_LIMITS.stopsPerDay).map((code) => ({ code, note: '' }));
	return { title, operatorName: '', operatorPhone: '', days: [{ title: '', note: '', stops }] };
}

/** A new itinerary from days of codes with their titles (a trip the office suggests), within the limits. */
export function itineraryFromDays(days: readonly { title: string; stops: readonly number[] }[], title = ''): Itinerary {
	const kept = days.slice(0, ITINERARY_LIMITS.days).map((d) => ({
		title: d.title.slice(0, ITINERARY_LIMITS.title),
		note: '',
		stops: d.stops.slice(0, ITINERARY_LIMITS.stopsPerDay).map((code) => ({ code, note: '' }))
	}));
	return {
		title: title.slice(0, ITINERARY_LIMITS.title),
		operatorName: '',
		operatorPhone: '',
		days: kept.length > 0 ? kept : [{ title: '', note: '', stops: [] }]
	};
}
