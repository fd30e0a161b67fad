/**
 * An itinerary's days worked out: when each stop is reached and left, the drive before it, the
 * day's totals and the warnings an operator must see before sending the trip to a group. Pure:
 * what a code means, how far two points are and whether there is a bed nearby come in as
 * functions, so the same rules serve the builder, the shared link and the print view.
 */
import { openState, type OpeningHours } from '../hours/opening-hours.ts';
import type { Located } from '../content/types.ts';
import type { Itinerary } from './types.ts';

/** What the schedule needs to know of a stop. */
export type StopFacts = {
	id: string;
	type: 'place' | 'service';
	name: string;
	location?: Located;
	hours?: OpeningHours;
	borderArea: boolean;
	/** The entry's own "time needed", in minutes (low, high). */
	timeNeededMin?: readonly [number, number];
};

/** How a drive was measured: along OSM roads, from a source, or a straight-line estimate. */
export type LegBasis = 'road' | 'source' | 'estimate';
/** `closeBy`: the two stops are nearer than their positions are known (never say "0 km"). */
export type LegEstimate = { km: number; driveMin: number; basis: LegBasis; closeBy?: boolean };

/** A stop whose position is known. */
export type LocatedStop = StopFacts & { location: Located };

export type ScheduleDeps = {
	resolve: (code: number) => StopFacts | undefined;
	/** The drive between two located stops: by road where known, else an estimate. */
	leg: (from: LocatedStop, to: LocatedStop) => LegEstimate;
	/** Whether somewhere to sleep is known near a point; undefined when no lodging has a location yet. */
	lodgingNear?: (at: Located) => boolean | undefined;
};

export type ScheduleWarning =
	| { type: 'unknown-code'; code: number }
	| { type: 'closed'; code: number; name: string; at: string }
	| { type: 'border'; code: number; name: string }
	| { type: 'no-location'; code: number; name: string }
	| { type: 'long-day'; minutes: number }
	| { type: 'no-stay'; name: string };

export type ScheduledStop = {
	code: number;
	facts?: StopFacts;
	/** The drive from the previous located stop of the day, if both are located. */
	legBefore?: LegEstimate;
	arriveMin: number;
	leaveMin: number;
	visitMin: number;
};

export type ScheduledDay = {
	/** `YYYY-MM-DD` when the itinerary has a start date. */
	date?: string;
	startMin: number;
	stops: ScheduledStop[];
	km: number;
	driveMin: number;
	visitMin: number;
	endMin: number;
	/** True when some drive of the day is a straight-line estimate. */
	estimated: boolean;
	warnings: ScheduleWarning[];
};

export const DEFAULT_DAY_START_MIN = 8 * 60;
export const DEFAULT_VISIT_MIN = 60;
/** A day longer than this (from start to the last stop left) gets a warning. */
export const LONG_DAY_MIN = 10 * 60;

/** The visit time of a stop: the operator's, else the entry's own "time needed", else an hour. */
export function visitMinutes(visitMin: number | undefined, facts: StopFacts | undefined): number {
	if (visitMin !== undefined) return visitMin;
	const need = facts?.timeNeededMin;
	return need ? Math.round((need[0] + need[1]) / 2 / 15) * 15 : DEFAULT_VISIT_MIN;
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(date: string, days: number): string {
	const ms = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
	return new Date(ms).toISOString().slice(0, 10);
}

/** The instant of a local time in Việt Nam (UTC+7, no daylight saving) on a date. */
export function vietnamInstant(date: string, minute: number): Date {
	return new Date(Date.parse(`${date}T00:00:00Z`) + (minute - 7 * 60) * 60_000);
}

export function scheduleItinerary(it: Itinerary, deps: ScheduleDeps): ScheduledDay[] {
	return it.days.map((day, index) => {
		const date = it.startDate ? addDays(it.startDate, index) : undefined;
		const startMin = day.startMin ?? DEFAULT_DAY_START_MIN;
		const warnings: ScheduleWarning[] = [];
		const stops: ScheduledStop[] = [];
		let clock = startMin;
		let km = 0;
		let driveMin = 0;
		let visitTotal = 0;
		let estimated = false;
		let previous: LocatedStop | undefined;
		for (const stop of day.stops) {
			const facts = deps.resolve(stop.code);
			let legBefore: LegEstimate | undefined;
			if (!facts) warnings.push({ type: 'unknown-code', code: stop.code });
			else if (!facts.location) warnings.push({ type: 'no-location', code: stop.code, name: facts.name });
			const located = facts?.location ? ({ ...facts, location: facts.location } as LocatedStop) : undefined;
			if (located && previous) {
				legBefore = deps.leg(previous, located);
				km += legBefore.km;
				driveMin += legBefore.driveMin;
				clock += legBefore.driveMin;
				estimated ||= legBefore.basis === 'estimate';
			}
			if (located) previous = located;
			const visit = visitMinutes(stop.visitMin, facts);
			const arriveMin = clock;
			clock += visit;
			visitTotal += visit;
			if (facts?.borderArea && !warnings.some((w) => w.type === 'border' && w.code === stop.code)) {
				warnings.push({ type: 'border', code: stop.code, name: facts.name });
			}
			if (facts?.hours && date) {
				const state = openState(facts.hours, vietnamInstant(date, arriveMin));
				if (state.status === 'closed') warnings.push({ type: 'closed', code: stop.code, name: facts.name, at: formatMinutes(arriveMin) });
			}
			stops.push({
				code: stop.code,
				...(facts ? { facts } : {}),
				...(legBefore ? { legBefore } : {}),
				arriveMin,
				leaveMin: clock,
				visitMin: visit
			});
		}
		if (clock - startMin > LONG_DAY_MIN) warnings.push({ type: 'long-day', minutes: clock - startMin });
		const last = [...stops].reverse().find((s) => s.facts?.location);
		if (index < it.days.length - 1 && last?.facts?.location && deps.lodgingNear?.(last.facts.location) === false) {
			warnings.push({ type: 'no-stay', name: last.facts.name });
		}
		return { ...(date ? { date } : {}), startMin, stops, km, driveMin, visitMin: visitTotal, endMin: clock, estimated, warnings };
	});
}

/** Minutes after midnight as `HH:MM` (past midnight wraps: 25:30 → 01:30). */
export function formatMinutes(minutes: number): string {
	const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
	return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
