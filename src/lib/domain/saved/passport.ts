/**
 * The visitor's "passport": how much of each geopark route they have seen, and how many of the
 * geosites and relic sites they have a stamp for. Pure: the same visits give the same passport.
 */
import type { Place, PlaceKind, Route } from '../content/types.ts';
import type { Visit } from './types.ts';

export type Tally = { visited: number; total: number };

/** One stop of a route, in the route's order, with the date of its stamp if there is one. */
export type StopProgress = { placeId: string; visitedAt: string | null };

export type RouteProgress = Tally & { routeId: string; stops: StopProgress[] };

export type Passport = {
	routes: RouteProgress[];
	geosites: Tally;
	relics: Tally;
};

/** The kind of every place of a bundle, for `passportProgress`. */
export function placeKinds(places: readonly Pick<Place, 'id' | 'kind'>[]): Map<string, PlaceKind> {
	return new Map(places.map((p) => [p.id, p.kind]));
}

function tally(kinds: ReadonlyMap<string, PlaceKind>, kind: PlaceKind, visitedAt: ReadonlyMap<string, string>): Tally {
	let visited = 0;
	let total = 0;
	for (const [id, k] of kinds) {
		if (k !== kind) continue;
		total++;
		if (visitedAt.has(id)) visited++;
	}
	return { visited, total };
}

/**
 * Progress per route (in the order given) and totals for geosites and relic sites. A stop listed
 * twice in a route counts once; visits to places the guide no longer has are left out of the totals.
 */
export function passportProgress(
	routes: readonly Pick<Route, 'id' | 'stops'>[],
	visits: readonly Visit[],
	kinds: ReadonlyMap<string, PlaceKind>
): Passport {
	const visitedAt = new Map(visits.map((v) => [v.placeId, v.visitedAt]));
	return {
		routes: routes.map((route) => {
			const stops = [...new Set(route.stops)].map((placeId) => ({ placeId, visitedAt: visitedAt.get(placeId) ?? null }));
			return { routeId: route.id, visited: stops.filter((s) => s.visitedAt !== null).length, total: stops.length, stops };
		}),
		geosites: tally(kinds, 'geosite', visitedAt),
		relics: tally(kinds, 'relic', visitedAt)
	};
}
