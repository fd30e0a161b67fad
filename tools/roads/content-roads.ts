/**
 * The road step of the content build: from the located entries and the routes' stops, the road file the app loads
 * (matrix + route lines, src/lib/domain/roads/roads-file.ts) and each route's legs along the roads for its bundle
 * entry. The province graph takes seconds to build, and a build compiles the content twice (client and server), so
 * the result is kept for the life of the process, keyed by its inputs.
 */
import type { RoadLeg } from '../../src/lib/domain/content/types.ts';
import type { RoadsFile } from '../../src/lib/domain/roads/roads-file.ts';
import { createRoadReader } from '../../src/lib/domain/roads/road-reader.ts';
import type { RoadGraph } from './build-graph.ts';
import type { LocatedEntry } from './located-entries.ts';
import { buildRoadNetwork } from './network.ts';
import { buildRoadArtefact } from './road-artefact.ts';
import { routeLegs } from './route-legs.ts';

export type RouteStops = { id: string; stops: readonly string[] };
export type ContentRoads = { file: RoadsFile; legsOf: ReadonlyMap<string, RoadLeg[]> };
export type RoadsBuilder = (entries: readonly LocatedEntry[], routes: readonly RouteStops[]) => ContentRoads;

export function buildContentRoads(entries: readonly LocatedEntry[], routes: readonly RouteStops[], base?: RoadGraph): ContentRoads {
	const network = buildRoadNetwork(entries, base);
	const artefact = buildRoadArtefact(entries, network);
	const reader = createRoadReader(artefact);
	const lines = new Map<string, RoadsFile['legs'][number]>();
	const legsOf = new Map<string, RoadLeg[]>();
	for (const route of routes) {
		const legs: RoadLeg[] = [];
		for (const leg of routeLegs(network, route.stops).legs) {
			const between = reader.roadBetween(leg.from, leg.to);
			if (!between) continue;
			legs.push({
				from: leg.from,
				to: leg.to,
				km: between.km,
				driveMin: between.driveMin,
				closeBy: between.closerThanPositions
			});
			lines.set(`${leg.from}\n${leg.to}`, { from: leg.from, to: leg.to, coords: leg.coords });
		}
		legsOf.set(route.id, legs);
	}
	return { file: { artefact, legs: [...lines.values()] }, legsOf };
}

const memo = ((globalThis as { __caobangContentRoads?: Map<string, ContentRoads> }).__caobangContentRoads ??= new Map());

/**
 * `buildContentRoads`, once per process for the same inputs. Kept on globalThis because Vite loads its config (and
 * so the content plugin) afresh for each of the build's two passes.
 */
export const buildContentRoadsOnce: RoadsBuilder = (entries, routes) => {
	const key = JSON.stringify([entries, routes]);
	let roads = memo.get(key);
	if (!roads) {
		roads = buildContentRoads(entries, routes);
		memo.clear();
		memo.set(key, roads);
	}
	return roads;
};
