/**
 * What the visitor asked to see: kinds of place, one route, "open now". The same filter
 * drives the map and the list under it, so both always show the same places.
 */
import { PLACE_KINDS, type Place, type PlaceKind, type Route } from '../content/types.ts';
import { openState } from '../hours/opening-hours.ts';

export type MapFilter = {
	/** Kinds shown; all of them by default. */
	kinds: readonly PlaceKind[];
	/** A route id: only its stops (and its legs) are shown. Null for every route. */
	route: string | null;
	/** Only places known to be open at the given instant (unknown hours are left out). */
	openNow: boolean;
};

export const DEFAULT_FILTER: MapFilter = { kinds: PLACE_KINDS, route: null, openNow: false };

/** True when the filter hides something. */
export function isFiltering(filter: MapFilter): boolean {
	return filter.route !== null || filter.openNow || PLACE_KINDS.some((kind) => !filter.kinds.includes(kind));
}

/** The filter with `kind` switched on or off; kinds keep the order of PLACE_KINDS. */
export function toggleKind(filter: MapFilter, kind: PlaceKind, on: boolean): MapFilter {
	const kinds = PLACE_KINDS.filter((k) => (k === kind ? on : filter.kinds.includes(k)));
	return { ...filter, kinds };
}

/** Open now, or open at all times, at `now`; unknown hours count as not open. */
export function isOpenAt(place: Place, now: Date): boolean {
	const state = openState(place.hours, now).status;
	return state === 'open' || state === 'always';
}

/** The places the filter lets through, in the order given. */
export function filterPlaces(places: readonly Place[], filter: MapFilter, routes: readonly Route[], now: Date): Place[] {
	const stops = filter.route === null ? null : new Set(routes.find((r) => r.id === filter.route)?.stops ?? []);
	return places.filter(
		(place) => filter.kinds.includes(place.kind) && (stops === null || stops.has(place.id)) && (!filter.openNow || isOpenAt(place, now))
	);
}

/** The routes whose lines are drawn: the chosen one, or all. */
export function filterRoutes(routes: readonly Route[], filter: MapFilter): Route[] {
	return filter.route === null ? [...routes] : routes.filter((r) => r.id === filter.route);
}

/** How many places "open now" hides only because their hours are not known. */
export function countUnknownHours(places: readonly Place[], now: Date): number {
	return places.filter((place) => openState(place.hours, now).status === 'unknown').length;
}
