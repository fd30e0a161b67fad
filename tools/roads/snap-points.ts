/**
 * Puts places on the road graph: each point is moved to the nearest point of a drivable road, that road is split
 * there, and the point gets a node of its own. The snap distance (how far the place is from any road in the data)
 * is reported, since a long one means the last stretch is on foot or on a road OSM did not have in 2021.
 */
import { driveSeconds } from '../../src/lib/domain/roads/drive-time.ts';
import { polylineLengthM, turningDeg, type LonLat } from '../../src/lib/domain/roads/polyline.ts';
import type { RoadEdge, RoadGraph } from './build-graph.ts';
import { SegmentIndex } from './segment-index.ts';

/** Places further than this from every road are not put on the graph. */
export const MAX_SNAP_M = 10_000;

export type Snap = { node: number; distM: number; point: LonLat };

type Cut = { index: number; seg: number; t: number; point: LonLat };

export function snapPoints(graph: RoadGraph, points: readonly LonLat[], maxM = MAX_SNAP_M): { graph: RoadGraph; snaps: (Snap | null)[] } {
	const index = new SegmentIndex(graph.edges.map((e) => e.coords));
	const cutsByEdge = new Map<number, Cut[]>();
	const hits = points.map((p, index_) => {
		let hit = null;
		for (let radius = 250; radius <= maxM * 2 && !hit; radius *= 4) hit = index.nearest(p, Math.min(radius, maxM));
		if (!hit) return null;
		const list = cutsByEdge.get(hit.line) ?? [];
		list.push({ index: index_, seg: hit.seg, t: hit.t, point: hit.point });
		cutsByEdge.set(hit.line, list);
		return hit;
	});

	const nodes = graph.nodes.slice();
	const edges: RoadEdge[] = [];
	const nodeOfPoint = new Map<number, number>();
	graph.edges.forEach((edge, ei) => {
		const cuts = cutsByEdge.get(ei);
		if (!cuts) return void edges.push(edge);
		cuts.sort((x, y) => x.seg - y.seg || x.t - y.t);
		let coords: LonLat[] = [edge.coords[0]!];
		let from = edge.a;
		let seg = 0;
		let previous: Cut | null = null;
		for (const cut of cuts) {
			for (; seg < cut.seg; seg++) coords.push(edge.coords[seg + 1]!);
			const atStart = cut.t === 0 && cut.seg === 0;
			const atEnd = cut.t === 1 && cut.seg === edge.coords.length - 2;
			const shared =
				previous && previous.point[0] === cut.point[0] && previous.point[1] === cut.point[1] ? nodeOfPoint.get(previous.index) : undefined;
			const node = atStart ? edge.a : atEnd ? edge.b : (shared ?? nodes.push(cut.point) - 1);
			nodeOfPoint.set(cut.index, node);
			previous = cut;
			if (node === edge.a || node === edge.b || node === from) continue;
			coords.push(cut.point);
			edges.push(part(edge, coords, from, node));
			coords = [cut.point];
			from = node;
		}
		for (; seg < edge.coords.length - 1; seg++) coords.push(edge.coords[seg + 1]!);
		edges.push(part(edge, coords, from, edge.b));
	});
	const snaps = hits.map((hit, i) => (hit ? { node: nodeOfPoint.get(i)!, distM: hit.distM, point: hit.point } : null));
	return { graph: { nodes, edges }, snaps };
}

function part(edge: RoadEdge, coords: LonLat[], a: number, b: number): RoadEdge {
	const lengthM = polylineLengthM(coords);
	return { ...edge, coords, a, b, lengthM, timeS: driveSeconds(lengthM, edge.cls, turningDeg(coords)) };
}
