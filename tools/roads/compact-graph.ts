/**
 * The road graph packed small for the phone, to measure option (b) of issue 10 against a precomputed matrix:
 * degree-2 nodes contracted away (a chain of edges between junctions becomes one edge), node positions as integers
 * of 1e-5°, edges as (a, b, metres, seconds), adjacency rebuilt on load, and an A* over typed arrays.
 * No Node or DOM imports, so a browser benchmark page can bundle it. The matrix won (docs/roads.md); the same
 * Dijkstra fills the matrix at build time, since ngraph.path answers one pair at a time.
 */
import type { RoadGraph } from './build-graph.ts';

export type CompactGraph = {
	lon: Float64Array;
	lat: Float64Array;
	/** CSR adjacency: the neighbours of node i are targets[offsets[i] .. offsets[i + 1]). */
	offsets: Uint32Array;
	targets: Uint32Array;
	edgeM: Float32Array;
	edgeS: Float32Array;
	/** Node of each kept original node (e.g. a snapped place), or -1. */
	keptOf: Int32Array;
};

/** Contracts degree-2 nodes, except those in `keep` (the places). */
export function contract(graph: RoadGraph, keep: ReadonlySet<number>): { nodes: number[]; edges: [number, number, number, number][] } {
	const incident: number[][] = graph.nodes.map(() => []);
	graph.edges.forEach((e, i) => {
		if (e.a === e.b) return;
		incident[e.a]!.push(i);
		incident[e.b]!.push(i);
	});
	const isKept = (n: number) => keep.has(n) || incident[n]!.length !== 2;
	const used = new Uint8Array(graph.edges.length);
	const edges: [number, number, number, number][] = [];
	for (let start = 0; start < graph.nodes.length; start++) {
		if (!isKept(start)) continue;
		for (const first of incident[start]!) {
			if (used[first]) continue;
			let node = start;
			let edge = first;
			let m = 0;
			let s = 0;
			for (;;) {
				used[edge] = 1;
				const e = graph.edges[edge]!;
				m += e.lengthM;
				s += e.timeS;
				node = e.a === node ? e.b : e.a;
				if (isKept(node)) break;
				edge = incident[node]![0] === edge ? incident[node]![1]! : incident[node]![0]!;
			}
			if (node !== start) edges.push([start, node, m, s]);
		}
	}
	const nodes = [...new Set(edges.flatMap(([a, b]) => [a, b]))].sort((x, y) => x - y);
	return { nodes, edges };
}

/** The bytes shipped: header, node deltas (int32 of 1e-5°), edges (uint16/uint32 ids, metres, seconds). */
export function encodeCompact(graph: RoadGraph, keep: ReadonlySet<number>): Uint8Array {
	const { nodes, edges } = contract(graph, keep);
	const index = new Map(nodes.map((n, i) => [n, i]));
	const n = nodes.length;
	const wide = n > 0xffff;
	const buffer = new ArrayBuffer(12 + n * 8 + edges.length * (wide ? 14 : 10) + keep.size * 8);
	const view = new DataView(buffer);
	let o = 0;
	view.setUint32(o, n, true);
	view.setUint32((o += 4), edges.length, true);
	view.setUint32((o += 4), keep.size, true);
	o += 4;
	let px = 0;
	let py = 0;
	for (const id of nodes) {
		const x = Math.round(graph.nodes[id]![0] * 1e5);
		const y = Math.round(graph.nodes[id]![1] * 1e5);
		view.setInt32(o, x - px, true);
		view.setInt32(o + 4, y - py, true);
		[px, py, o] = [x, y, o + 8];
	}
	for (const [a, b, m, s] of edges) {
		if (wide) {
			view.setUint32(o, index.get(a)!, true);
			view.setUint32(o + 4, index.get(b)!, true);
			o += 8;
		} else {
			view.setUint16(o, index.get(a)!, true);
			view.setUint16(o + 2, index.get(b)!, true);
			o += 4;
		}
		view.setUint32(o, Math.round(m), true);
		view.setUint16(o + 4, Math.min(0xffff, Math.round(s)), true);
		o += 6;
	}
	for (const k of [...keep].sort((x, y) => x - y)) {
		view.setUint32(o, k, true);
		view.setInt32(o + 4, index.get(k) ?? -1, true);
		o += 8;
	}
	return new Uint8Array(buffer);
}

export function decodeCompact(bytes: Uint8Array): CompactGraph & { keptIds: Uint32Array } {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const n = view.getUint32(0, true);
	const e = view.getUint32(4, true);
	const k = view.getUint32(8, true);
	const wide = n > 0xffff;
	const lon = new Float64Array(n);
	const lat = new Float64Array(n);
	let o = 12;
	let x = 0;
	let y = 0;
	for (let i = 0; i < n; i++, o += 8) {
		x += view.getInt32(o, true);
		y += view.getInt32(o + 4, true);
		lon[i] = x / 1e5;
		lat[i] = y / 1e5;
	}
	const ea = new Uint32Array(e);
	const eb = new Uint32Array(e);
	const em = new Float32Array(e);
	const es = new Float32Array(e);
	const degree = new Uint32Array(n + 1);
	for (let i = 0; i < e; i++) {
		ea[i] = wide ? view.getUint32(o, true) : view.getUint16(o, true);
		eb[i] = wide ? view.getUint32(o + 4, true) : view.getUint16(o + 2, true);
		o += wide ? 8 : 4;
		em[i] = view.getUint32(o, true);
		es[i] = view.getUint16(o + 4, true);
		o += 6;
		degree[ea[i]!]!++;
		degree[eb[i]!]!++;
	}
	const offsets = new Uint32Array(n + 1);
	for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
	const fill = offsets.slice(0, n);
	const targets = new Uint32Array(2 * e);
	const edgeM = new Float32Array(2 * e);
	const edgeS = new Float32Array(2 * e);
	for (let i = 0; i < e; i++) {
		for (const [from, to] of [
			[ea[i]!, eb[i]!],
			[eb[i]!, ea[i]!]
		] as const) {
			const slot = fill[from]!++;
			targets[slot] = to;
			edgeM[slot] = em[i]!;
			edgeS[slot] = es[i]!;
		}
	}
	const keptIds = new Uint32Array(k);
	const keptOf = new Int32Array(k);
	for (let i = 0; i < k; i++, o += 8) {
		keptIds[i] = view.getUint32(o, true);
		keptOf[i] = view.getInt32(o + 4, true);
	}
	return { lon, lat, offsets, targets, edgeM, edgeS, keptOf, keptIds };
}

/** Fastest path cost from `source`: seconds and metres to every node (Dijkstra; `target` stops it early). */
export function fastest(g: CompactGraph, source: number, target = -1, maxSpeedMs = 0): { s: Float64Array; m: Float64Array } {
	const n = g.lon.length;
	const s = new Float64Array(n).fill(Infinity);
	const m = new Float64Array(n).fill(Infinity);
	const done = new Uint8Array(n);
	const heap = new MinHeap();
	const estimate = (i: number) => (target < 0 || maxSpeedMs <= 0 ? 0 : straightM(g, i, target) / maxSpeedMs);
	s[source] = 0;
	m[source] = 0;
	heap.push(source, estimate(source));
	while (heap.size) {
		const u = heap.pop();
		if (done[u]) continue;
		done[u] = 1;
		if (u === target) break;
		for (let k = g.offsets[u]!; k < g.offsets[u + 1]!; k++) {
			const v = g.targets[k]!;
			const t = s[u]! + g.edgeS[k]!;
			if (t < s[v]!) {
				s[v] = t;
				m[v] = m[u]! + g.edgeM[k]!;
				heap.push(v, t + estimate(v));
			}
		}
	}
	return { s, m };
}

/** Equirectangular distance, shrunk by 1 % so that A*'s estimate never exceeds the true road distance. */
function straightM(g: CompactGraph, i: number, j: number): number {
	const k = Math.cos((g.lat[i]! * Math.PI) / 180);
	return Math.hypot((g.lon[i]! - g.lon[j]!) * k, g.lat[i]! - g.lat[j]!) * 111_320 * 0.99;
}

class MinHeap {
	private ids: number[] = [];
	private keys: number[] = [];
	get size() {
		return this.ids.length;
	}
	push(id: number, key: number) {
		const ids = this.ids;
		const keys = this.keys;
		let i = ids.length;
		ids.push(id);
		keys.push(key);
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (keys[p]! <= key) break;
			ids[i] = ids[p]!;
			keys[i] = keys[p]!;
			i = p;
		}
		ids[i] = id;
		keys[i] = key;
	}
	pop(): number {
		const ids = this.ids;
		const keys = this.keys;
		const top = ids[0]!;
		const lastId = ids.pop()!;
		const lastKey = keys.pop()!;
		if (ids.length) {
			let i = 0;
			for (;;) {
				let c = 2 * i + 1;
				if (c >= ids.length) break;
				if (c + 1 < ids.length && keys[c + 1]! < keys[c]!) c++;
				if (keys[c]! >= lastKey) break;
				ids[i] = ids[c]!;
				keys[i] = keys[c]!;
				i = c;
			}
			ids[i] = lastId;
			keys[i] = lastKey;
		}
		return top;
	}
}
