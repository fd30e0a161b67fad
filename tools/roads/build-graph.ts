/**
 * Builds the drivable road graph from OpenStreetMap road lines at build time: nodes at junctions and line ends,
 * one edge per stretch between them with its geometry, length, class and drive time. Line ends that stop short of
 * another road (within SNAP_M) are joined to it, since the 2021 extract was cut from tiles and simplified, and
 * small gaps at junctions would otherwise split the network. Only the largest connected part is kept.
 */
import { isDrivable, normaliseRoadClass, normaliseRouteRef, type RoadClass } from '../../src/lib/domain/roads/road-class.ts';
import { driveSeconds } from '../../src/lib/domain/roads/drive-time.ts';
import { nearestOnSegment, polylineLengthM, turningDeg, type LonLat } from '../../src/lib/domain/roads/polyline.ts';
import { SegmentIndex } from './segment-index.ts';

/** A dangling line end this close to another road is joined to it. */
export const SNAP_M = 15;

export type RoadLine = { coords: LonLat[]; cls: RoadClass; ref: string | null; name: string | null };
export type RoadEdge = RoadLine & { a: number; b: number; lengthM: number; timeS: number };
export type RoadGraph = { nodes: LonLat[]; edges: RoadEdge[] };

export type RoadFeature = {
	properties: Record<string, string | number | undefined>;
	geometry: { type: string; coordinates: unknown };
};

export type BBox = { west: number; south: number; east: number; north: number };

const key = (p: LonLat) => Math.round(p[0] * 1e5) * 1e8 + Math.round(p[1] * 1e5);

/** Drivable lines with their normalised class and route number; lines wholly outside `bbox` are left out. */
export function toRoadLines(features: readonly RoadFeature[], bbox?: BBox): RoadLine[] {
	const lines: RoadLine[] = [];
	for (const f of features) {
		if (f.geometry.type !== 'LineString') continue;
		const cls = normaliseRoadClass(f.properties.class as string, f.properties.highway as string);
		if (!cls || !isDrivable(cls)) continue;
		const coords = f.geometry.coordinates as LonLat[];
		if (coords.length < 2) continue;
		if (bbox && !coords.some(([x, y]) => x >= bbox.west && x <= bbox.east && y >= bbox.south && y <= bbox.north)) continue;
		const ref = normaliseRouteRef(f.properties.ref as string | undefined);
		const name = typeof f.properties.name === 'string' ? f.properties.name : null;
		lines.push({ coords: coords.map((c) => [c[0], c[1]]), cls, ref, name });
	}
	return lines;
}

/** Moves each dangling end onto the nearest other road within `snapM`, inserting a vertex there. Mutates `lines`. */
export function snapDanglingEnds(lines: RoadLine[], snapM = SNAP_M): number {
	const uses = new Map<number, number>();
	for (const line of lines) for (const p of line.coords) uses.set(key(p), (uses.get(key(p)) ?? 0) + 1);
	const index = new SegmentIndex(lines.map((l) => l.coords));
	const inserts = new Map<number, { seg: number; t: number; point: LonLat }[]>();
	let snapped = 0;
	lines.forEach((line, li) => {
		for (const end of [0, line.coords.length - 1]) {
			const p = line.coords[end]!;
			if ((uses.get(key(p)) ?? 0) > 1) continue;
			const hit = index.nearest(p, snapM, (other) => other !== li);
			if (!hit) continue;
			const target = index.lines[hit.line]!;
			const { t, point } = nearestOnSegment(p, target[hit.seg]!, target[hit.seg + 1]!);
			const closeToA = nearestOnSegment(point, target[hit.seg]!, target[hit.seg]!).distM < 1;
			const closeToB = nearestOnSegment(point, target[hit.seg + 1]!, target[hit.seg + 1]!).distM < 1;
			const at: LonLat = closeToA ? target[hit.seg]! : closeToB ? target[hit.seg + 1]! : point;
			line.coords[end] = [at[0], at[1]];
			if (!closeToA && !closeToB) {
				const list = inserts.get(hit.line) ?? [];
				list.push({ seg: hit.seg, t, point: [at[0], at[1]] });
				inserts.set(hit.line, list);
			}
			snapped++;
		}
	});
	for (const [li, list] of inserts) {
		const coords = lines[li]!.coords;
		list.sort((x, y) => y.seg - x.seg || y.t - x.t);
		for (const ins of list) coords.splice(ins.seg + 1, 0, ins.point);
	}
	return snapped;
}

/** Splits lines at every shared vertex into edges between nodes. */
export function splitIntoEdges(lines: readonly RoadLine[]): RoadGraph {
	const uses = new Map<number, number>();
	for (const line of lines) {
		line.coords.forEach((p, i) => {
			const bonus = i === 0 || i === line.coords.length - 1 ? 2 : 1;
			uses.set(key(p), (uses.get(key(p)) ?? 0) + bonus);
		});
	}
	const nodeIds = new Map<number, number>();
	const nodes: LonLat[] = [];
	const nodeOf = (p: LonLat) => {
		const k = key(p);
		let id = nodeIds.get(k);
		if (id === undefined) {
			id = nodes.length;
			nodeIds.set(k, id);
			nodes.push([p[0], p[1]]);
		}
		return id;
	};
	const edges: RoadEdge[] = [];
	for (const line of lines) {
		let start = 0;
		for (let i = 1; i < line.coords.length; i++) {
			if ((uses.get(key(line.coords[i]!)) ?? 0) < 2 && i < line.coords.length - 1) continue;
			const coords = line.coords.slice(start, i + 1);
			const lengthM = polylineLengthM(coords);
			if (lengthM > 0) {
				const a = nodeOf(coords[0]!);
				const b = nodeOf(coords[coords.length - 1]!);
				const timeS = driveSeconds(lengthM, line.cls, turningDeg(coords));
				edges.push({ coords, cls: line.cls, ref: line.ref, name: line.name, a, b, lengthM, timeS });
			}
			start = i;
		}
	}
	return { nodes, edges };
}

/** Keeps the largest connected part and renumbers its nodes. */
export function largestComponent(graph: RoadGraph): RoadGraph {
	const parent = Int32Array.from(graph.nodes, (_, i) => i);
	const find = (x: number): number => {
		while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
		return x;
	};
	for (const e of graph.edges) parent[find(e.a)] = find(e.b);
	const size = new Map<number, number>();
	for (let i = 0; i < graph.nodes.length; i++) size.set(find(i), (size.get(find(i)) ?? 0) + 1);
	let best = -1;
	let bestSize = 0;
	for (const [root, n] of size) if (n > bestSize) [best, bestSize] = [root, n];
	const renumber = new Int32Array(graph.nodes.length).fill(-1);
	const nodes: LonLat[] = [];
	graph.nodes.forEach((p, i) => {
		if (find(i) === best) {
			renumber[i] = nodes.length;
			nodes.push(p);
		}
	});
	const edges = graph.edges.filter((e) => renumber[e.a] !== -1).map((e) => ({ ...e, a: renumber[e.a]!, b: renumber[e.b]! }));
	return { nodes, edges };
}

/**
 * The whole build: lines → snapped → edges → largest connected part. `keep` can leave out lines, e.g. those outside
 * the country, so that no route crosses a border that is closed to visitors.
 */
export function buildRoadGraph(
	features: readonly RoadFeature[],
	bbox?: BBox,
	keep: (line: RoadLine) => boolean = () => true
): RoadGraph & { snappedEnds: number } {
	const lines = toRoadLines(features, bbox).filter(keep);
	const snappedEnds = snapDanglingEnds(lines);
	return { ...largestComponent(splitIntoEdges(lines)), snappedEnds };
}
