/**
 * Route lines along the roads: for an ordered list of stops, one leg per pair of consecutive located stops, with its
 * road km, drive minutes and a line simplified to LEG_TOLERANCE_M (enough for a route line at street zoom) with
 * 5-decimal coordinates. Each line starts and ends at the stops' own positions, so it reaches the markers even where
 * the road passes a little way off. Stops with no position are skipped and listed, so the page can say so.
 */
import { roundCoords, simplify, type LonLat } from '../../src/lib/domain/roads/polyline.ts';
import type { RoadNetwork } from './network.ts';

export const LEG_TOLERANCE_M = 20;

export type RouteLeg = { from: string; to: string; km: number; driveMin: number; coords: LonLat[] };
export type RouteLegs = { legs: RouteLeg[]; unplaced: string[] };

export function routeLegs(network: RoadNetwork, stops: readonly string[], toleranceM = LEG_TOLERANCE_M): RouteLegs {
	const placed = stops.filter((id) => network.snapOf.get(id));
	const unplaced = stops.filter((id) => !network.snapOf.get(id));
	const position = new Map(network.entries.map((e) => [e.id, [e.lon, e.lat] as LonLat]));
	const legs: RouteLeg[] = [];
	for (let i = 1; i < placed.length; i++) {
		const from = placed[i - 1]!;
		const to = placed[i]!;
		const route = network.between(from, to);
		if (!route) continue;
		const a = position.get(from)!;
		const b = position.get(to)!;
		const line = route.coords.length ? [a, ...route.coords, b] : [a, b];
		legs.push({
			from,
			to,
			km: Math.round(route.lengthM / 100) / 10,
			driveMin: Math.round(route.timeS / 60),
			coords: roundCoords(simplify(line, toleranceM))
		});
	}
	return { legs, unplaced };
}
