/**
 * The legs of a route between consecutive stops, and how sure each figure is (`basis`): a road distance a source
 * gives wins ('source'); else the road distance and drive time measured on OpenStreetMap 2021 at build time
 * ('road', from the route's `roadLegs`), or 'close' when the two are closer by road than their positions are sure;
 * else, where a stop has no road point but both have a position, the straight-line distance ('straight', clearly
 * not a road); else nothing ('none').
 */
import { isLocated, type Bundle, type Route } from '../content/types.ts';
import { distanceM } from '../geo/distance.ts';

export type LegBasis = 'source' | 'road' | 'close' | 'straight' | 'none';

export type LegInfo = {
	from: string;
	to: string;
	basis: LegBasis;
	km?: number;
	driveMin?: number;
	road?: string;
	source?: string;
	straightM?: number;
};

/** Distances for the route page; the map draws its legs with `routeLegs` in domain/map. */
export function legDistances(route: Route, bundle: Bundle): LegInfo[] {
	const located = new Map(bundle.places.flatMap((p) => (isLocated(p.location) ? [[p.id, p.location] as const] : [])));
	const legs: LegInfo[] = [];
	for (let i = 0; i + 1 < route.stops.length; i++) {
		const from = route.stops[i] as string;
		const to = route.stops[i + 1] as string;
		const known = route.legs.find((l) => l.from === from && l.to === to);
		const measured = route.roadLegs?.find((l) => l.from === from && l.to === to);
		const a = located.get(from);
		const b = located.get(to);
		if (known?.km !== undefined) legs.push({ ...known, basis: 'source' });
		else if (measured?.closeBy) legs.push({ from, to, basis: 'close' });
		else if (measured) legs.push({ from, to, basis: 'road', km: measured.km, driveMin: measured.driveMin });
		else if (a && b) legs.push({ from, to, basis: 'straight', straightM: distanceM(a, b) });
		else legs.push({ from, to, basis: 'none' });
	}
	return legs;
}
