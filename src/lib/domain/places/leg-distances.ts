/**
 * The legs of a route between consecutive stops: the road distance where a source gives one,
 * else the straight-line distance (clearly not a road) where both stops have a location.
 */
import { isLocated, type Bundle, type Route } from '../content/types.ts';
import { distanceM } from '../geo/distance.ts';

export type LegInfo = { from: string; to: string; km?: number; driveMin?: number; road?: string; source?: string; straightM?: number };

/** Distances for the route page; the map draws its legs with `routeLegs` in domain/map. */
export function legDistances(route: Route, bundle: Bundle): LegInfo[] {
	const located = new Map(bundle.places.flatMap((p) => (isLocated(p.location) ? [[p.id, p.location] as const] : [])));
	const legs: LegInfo[] = [];
	for (let i = 0; i + 1 < route.stops.length; i++) {
		const from = route.stops[i] as string;
		const to = route.stops[i + 1] as string;
		const known = route.legs.find((l) => l.from === from && l.to === to);
		const a = located.get(from);
		const b = located.get(to);
		legs.push({ ...(known ?? { from, to }), ...(!known?.km && a && b ? { straightM: distanceM(a, b) } : {}) });
	}
	return legs;
}
