/**
 * Fastest road routes on the build-time road graph, with ngraph.path's A* (time as cost, straight-line distance at the
 * top speed as the estimate, so the answer is exact). Gives the length, the drive time and the line along the roads.
 */
import createGraph, { type Graph } from 'ngraph.graph';
import { aStar, type PathFinder } from 'ngraph.path';
import { MAX_SPEED_MS } from '../../src/lib/domain/roads/drive-time.ts';
import { segmentM, type LonLat } from '../../src/lib/domain/roads/polyline.ts';
import type { RoadEdge, RoadGraph } from './build-graph.ts';

export type RoadRoute = { lengthM: number; timeS: number; coords: LonLat[]; edges: RoadEdge[] };

type NodeData = LonLat;
type LinkData = { edge: RoadEdge };

export class RoadPathFinder {
	private readonly graph: Graph<NodeData, LinkData>;
	private readonly finder: PathFinder<NodeData>;

	constructor(road: RoadGraph) {
		this.graph = createGraph<NodeData, LinkData>();
		road.nodes.forEach((p, id) => this.graph.addNode(id, p));
		for (const edge of road.edges) {
			if (edge.a === edge.b) continue;
			const existing = this.graph.getLink(edge.a, edge.b) ?? this.graph.getLink(edge.b, edge.a);
			if (existing && existing.data.edge.timeS <= edge.timeS) continue;
			if (existing) this.graph.removeLink(existing);
			this.graph.addLink(edge.a, edge.b, { edge });
		}
		this.finder = aStar(this.graph, {
			oriented: false,
			distance: (_from, _to, link) => link.data.edge.timeS,
			heuristic: (from, to) => segmentM(from.data, to.data) / MAX_SPEED_MS
		});
	}

	/** The fastest route from node `a` to node `b`, or null when no road joins them. */
	route(a: number, b: number): RoadRoute | null {
		if (a === b) return { lengthM: 0, timeS: 0, coords: [], edges: [] };
		const path = this.finder.find(a, b);
		if (path.length === 0) return null;
		path.reverse();
		const coords: LonLat[] = [];
		const edges: RoadEdge[] = [];
		let lengthM = 0;
		let timeS = 0;
		for (let i = 1; i < path.length; i++) {
			const from = path[i - 1]!.id as number;
			const to = path[i]!.id as number;
			const link = this.graph.getLink(from, to) ?? this.graph.getLink(to, from);
			const edge = link!.data.edge;
			const line = edge.a === from ? edge.coords : edge.coords.slice().reverse();
			coords.push(...(coords.length ? line.slice(1) : line));
			edges.push(edge);
			lengthM += edge.lengthM;
			timeS += edge.timeS;
		}
		return { lengthM, timeS, coords, edges };
	}
}
