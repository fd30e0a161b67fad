import { describe, expect, it } from 'vitest';
import { buildRoadGraph } from './build-graph.ts';
import { RoadPathFinder } from './path-finder.ts';
import { snapPoints } from './snap-points.ts';
import { A, B, C, D, createFixtureRoads } from './fixtures.ts';

const nodeAt = (nodes: [number, number][], p: [number, number]) =>
	nodes.findIndex(([x, y]) => Math.abs(x - p[0]) < 1e-9 && Math.abs(y - p[1]) < 1e-9);

describe('buildRoadGraph', () => {
	it('joins a road end that stops a few metres short of another road', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		expect(graph.snappedEnds).toBe(1);
		expect(nodeAt(graph.nodes, [106.012, 22.7])).toBeGreaterThanOrEqual(0);
		// A–B is split where the minor road joins it.
		expect(graph.edges.filter((e) => e.cls === 'trunk')).toHaveLength(3);
	});

	it('keeps only the connected network: no island roads, no footpaths', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		expect(graph.nodes.some(([x]) => x >= 107)).toBe(false);
		expect(graph.edges.some((e) => e.cls === 'path')).toBe(false);
	});

	it('normalises the route number on every edge', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		expect(new Set(graph.edges.filter((e) => e.cls === 'trunk').map((e) => e.ref))).toEqual(new Set(['QL34']));
	});
});

describe('RoadPathFinder', () => {
	it('takes the national road over the shorter but slow track', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		const route = new RoadPathFinder(graph).route(nodeAt(graph.nodes, A), nodeAt(graph.nodes, C))!;
		expect(route.coords[0]).toEqual(A);
		expect(route.coords.at(-1)).toEqual(C);
		expect(route.coords).toContainEqual(B);
		expect(route.lengthM / 1000).toBeCloseTo(2.05 + 2.21, 1);
		expect(route.edges.every((e) => e.cls === 'trunk')).toBe(true);
	});

	it('reaches the minor road through the joined end', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		const route = new RoadPathFinder(graph).route(nodeAt(graph.nodes, D), nodeAt(graph.nodes, C))!;
		// D → 1.1 km down to the national road → 0.82 km east to B → 2.21 km north to C.
		expect(route.lengthM / 1000).toBeCloseTo(1.11 + 0.82 + 2.21, 1);
	});

	it('gives zero for a route from a node to itself', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		expect(new RoadPathFinder(graph).route(0, 0)).toMatchObject({ lengthM: 0, timeS: 0 });
	});
});

describe('snapPoints', () => {
	it('splits the nearest road at the foot of the point and reports how far the point was', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		const place: [number, number] = [106.015, 22.701]; // 111 m north of A–B, halfway between the junction and B
		const { graph: snapped, snaps } = snapPoints(graph, [place, place]);
		expect(snaps[0]!.distM).toBeCloseTo(111, -1);
		expect(snaps[0]!.point[0]).toBeCloseTo(106.015, 6);
		expect(snaps[1]!.node).toBe(snaps[0]!.node);
		const route = new RoadPathFinder(snapped).route(snaps[0]!.node, nodeAt(snapped.nodes, B))!;
		expect(route.lengthM).toBeCloseTo(514, -1);
	});

	it('leaves out a point further than the limit from every road', () => {
		const graph = buildRoadGraph(createFixtureRoads());
		expect(snapPoints(graph, [[106.5, 22.7]], 5000).snaps).toEqual([null]);
	});
});
