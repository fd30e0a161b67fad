/**
 * "Getting there" on a place page: how far the place is by road from Cao Bằng city, where most visitors start, and
 * the legs to and from its neighbours on each geopark route. The figures come from what the route page already says
 * (legDistances: a sourced distance wins, then the OpenStreetMap road, then a straight line) and, for the city, from
 * the offline road matrix, handed in as `roadBetween` so this stays a pure function.
 */
import type { Bundle, Place } from '../content/types.ts';
import { legDistances, type LegInfo } from '../places/leg-distances.ts';
import type { RoadBetween } from './road-reader.ts';

/** The place every distance on the page is given from (content/places/cao-bang-city). */
export const CITY_ID = 'cao-bang-city';

export type Neighbour = { place: Place; leg: LegInfo };
export type RouteNeighbourLegs = { routeId: string; routeName: string; previous?: Neighbour; next?: Neighbour };
export type GettingThere = {
	/** Road from the city; null when the place is the city, or the road is unknown (not loaded, or off the network). */
	fromCity: { city: Place; road: RoadBetween } | null;
	routes: RouteNeighbourLegs[];
};

export function gettingThere(place: Place, bundle: Bundle, roadBetween: (a: string, b: string) => RoadBetween | null): GettingThere {
	const city = bundle.places.find((p) => p.id === CITY_ID);
	const road = city && city.id !== place.id ? roadBetween(CITY_ID, place.id) : null;
	const byId = new Map(bundle.places.map((p) => [p.id, p]));
	const routes = bundle.routes.flatMap((route): RouteNeighbourLegs[] => {
		const i = route.stops.indexOf(place.id);
		if (i < 0) return [];
		const legs = legDistances(route, bundle);
		const at = (stop: number, leg: LegInfo | undefined): Neighbour | undefined => {
			const neighbour = byId.get(route.stops[stop] ?? '');
			return neighbour && leg ? { place: neighbour, leg } : undefined;
		};
		const previous = i > 0 ? at(i - 1, legs[i - 1]) : undefined;
		const next = at(i + 1, legs[i]);
		return [{ routeId: route.id, routeName: route.name, ...(previous ? { previous } : {}), ...(next ? { next } : {}) }];
	});
	return { fromCity: city && road ? { city, road } : null, routes };
}
