/**
 * The province road graph with the located places and services put on it: one call that the distance check, the
 * route legs and the offline artefact share, so they all measure on the same network.
 */
import type { LonLat } from '../../src/lib/domain/roads/polyline.ts';
import type { RoadGraph } from './build-graph.ts';
import type { LocatedEntry } from './located-entries.ts';
import { RoadPathFinder, type RoadRoute } from './path-finder.ts';
import { loadProvinceGraph } from './province-graph.ts';
import { snapPoints, type Snap } from './snap-points.ts';

export type RoadNetwork = {
	graph: RoadGraph;
	finder: RoadPathFinder;
	entries: readonly LocatedEntry[];
	snapOf: ReadonlyMap<string, Snap | null>;
	/** The fastest road route between two located entries, or null when either is off the network. */
	between(a: string, b: string): RoadRoute | null;
};

export function buildRoadNetwork(entries: readonly LocatedEntry[], base: RoadGraph = loadProvinceGraph()): RoadNetwork {
	const points: LonLat[] = entries.map((e) => [e.lon, e.lat]);
	const { graph, snaps } = snapPoints(base, points);
	const finder = new RoadPathFinder(graph);
	const snapOf = new Map(entries.map((e, i) => [e.id, snaps[i] ?? null]));
	return {
		graph,
		finder,
		entries,
		snapOf,
		between(a, b) {
			const sa = snapOf.get(a);
			const sb = snapOf.get(b);
			return sa && sb ? finder.route(sa.node, sb.node) : null;
		}
	};
}
