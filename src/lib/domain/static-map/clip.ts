/**
 * Clipping and simplifying in pixel space, so that a static map only carries what its frame shows:
 * lines are cut to the frame (Liang–Barsky per segment), polygons too (Sutherland–Hodgman), then thinned.
 */
export type Px = [number, number];
export type Rect = { x0: number; y0: number; x1: number; y1: number };

function clipSegment(a: Px, b: Px, r: Rect): [Px, Px] | null {
	let t0 = 0;
	let t1 = 1;
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const checks: [number, number][] = [
		[-dx, a[0] - r.x0],
		[dx, r.x1 - a[0]],
		[-dy, a[1] - r.y0],
		[dy, r.y1 - a[1]]
	];
	for (const [p, q] of checks) {
		if (p === 0) {
			if (q < 0) return null;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return null;
		}
	}
	return [
		[a[0] + t0 * dx, a[1] + t0 * dy],
		[a[0] + t1 * dx, a[1] + t1 * dy]
	];
}

/** The parts of a polyline inside the rectangle. */
export function clipLine(line: readonly Px[], r: Rect): Px[][] {
	const parts: Px[][] = [];
	let current: Px[] = [];
	for (let i = 1; i < line.length; i++) {
		const seg = clipSegment(line[i - 1]!, line[i]!, r);
		if (!seg) {
			if (current.length > 1) parts.push(current);
			current = [];
			continue;
		}
		const last = current[current.length - 1];
		if (!last || last[0] !== seg[0][0] || last[1] !== seg[0][1]) {
			if (current.length > 1) parts.push(current);
			current = [seg[0]];
		}
		current.push(seg[1]);
		if (seg[1][0] !== line[i]![0] || seg[1][1] !== line[i]![1]) {
			parts.push(current);
			current = [];
		}
	}
	if (current.length > 1) parts.push(current);
	return parts;
}

/** A polygon ring cut to the rectangle (it may come back empty). */
export function clipRing(ring: readonly Px[], r: Rect): Px[] {
	const edges: [(p: Px) => boolean, (a: Px, b: Px) => Px][] = [
		[(p) => p[0] >= r.x0, (a, b) => at(a, b, (r.x0 - a[0]) / (b[0] - a[0]))],
		[(p) => p[0] <= r.x1, (a, b) => at(a, b, (r.x1 - a[0]) / (b[0] - a[0]))],
		[(p) => p[1] >= r.y0, (a, b) => at(a, b, (r.y0 - a[1]) / (b[1] - a[1]))],
		[(p) => p[1] <= r.y1, (a, b) => at(a, b, (r.y1 - a[1]) / (b[1] - a[1]))]
	];
	let out: Px[] = ring.slice();
	for (const [inside, cut] of edges) {
		const input = out;
		out = [];
		for (let i = 0; i < input.length; i++) {
			const cur = input[i]!;
			const prev = input[(i + input.length - 1) % input.length]!;
			if (inside(cur)) {
				if (!inside(prev)) out.push(cut(prev, cur));
				out.push(cur);
			} else if (inside(prev)) out.push(cut(prev, cur));
		}
		if (!out.length) break;
	}
	return out;
}

const at = (a: Px, b: Px, t: number): Px => [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];

/** Drops points closer than `minPx` to the last kept one, and straightens runs within `tolerancePx` (Douglas–Peucker). */
export function thin(line: readonly Px[], tolerancePx: number): Px[] {
	if (line.length <= 2) return line.slice();
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	while (stack.length) {
		const [i0, i1] = stack.pop()!;
		const [ax, ay] = line[i0]!;
		const [bx, by] = line[i1]!;
		const len = Math.hypot(bx - ax, by - ay) || 1;
		let max = 0;
		let index = -1;
		for (let i = i0 + 1; i < i1; i++) {
			const [px, py] = line[i]!;
			const d =
				len === 1 && bx === ax && by === ay ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
			if (d > max) [max, index] = [d, i];
		}
		if (index >= 0 && max > tolerancePx) {
			keep[index] = 1;
			stack.push([i0, index], [index, i1]);
		}
	}
	return line.filter((_, i) => keep[i]);
}

/** SVG path data with coordinates rounded to `decimals`: "M1 2L3 4…" per part, "Z" closing rings. */
export function pathData(parts: readonly Px[][], close = false, decimals = 1): string {
	const f = 10 ** decimals;
	const n = (v: number) => String(Math.round(v * f) / f);
	return parts
		.filter((p) => p.length > 1)
		.map((p) => `M${p.map(([x, y]) => `${n(x)} ${n(y)}`).join('L')}${close ? 'Z' : ''}`)
		.join('');
}
