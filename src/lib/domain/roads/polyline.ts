/**
 * Small pure geometry for road lines in lon/lat: length, turning, nearest point on a segment and Douglas–Peucker
 * simplification. Shared by the road graph (build time), route legs and the static locator maps.
 */
import { distanceM } from '../geo/distance.ts';

export type LonLat = [number, number];

const M_PER_DEG_LAT = 111_320;

/** Length of a polyline in metres (haversine per segment). */
export function polylineLengthM(coords: readonly LonLat[]): number {
	let sum = 0;
	for (let i = 1; i < coords.length; i++) sum += segmentM(coords[i - 1]!, coords[i]!);
	return sum;
}

export function segmentM(a: LonLat, b: LonLat): number {
	return distanceM({ lon: a[0], lat: a[1] }, { lon: b[0], lat: b[1] });
}

/** Sum of the absolute heading changes along a polyline, in degrees: hairpins add up fast, straight roads stay low. */
export function turningDeg(coords: readonly LonLat[]): number {
	let sum = 0;
	let previous: number | null = null;
	for (let i = 1; i < coords.length; i++) {
		const [x0, y0] = coords[i - 1]!;
		const [x1, y1] = coords[i]!;
		const k = Math.cos((y0 * Math.PI) / 180);
		if (x0 === x1 && y0 === y1) continue;
		const heading = (Math.atan2((x1 - x0) * k, y1 - y0) * 180) / Math.PI;
		if (previous !== null) {
			let d = Math.abs(heading - previous);
			if (d > 180) d = 360 - d;
			sum += d;
		}
		previous = heading;
	}
	return sum;
}

/** The point of segment a–b nearest to p, with t in [0, 1] along the segment and the distance in metres. */
export function nearestOnSegment(p: LonLat, a: LonLat, b: LonLat): { point: LonLat; t: number; distM: number } {
	const k = Math.cos((p[1] * Math.PI) / 180);
	const ax = (a[0] - p[0]) * k;
	const ay = a[1] - p[1];
	const bx = (b[0] - p[0]) * k;
	const by = b[1] - p[1];
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	const x = ax + t * dx;
	const y = ay + t * dy;
	return { point: [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], t, distM: Math.hypot(x, y) * M_PER_DEG_LAT };
}

/** Douglas–Peucker simplification with a tolerance in metres; the first and last points are always kept. */
export function simplify(coords: readonly LonLat[], toleranceM: number): LonLat[] {
	if (coords.length <= 2) return coords.slice();
	const keep = new Uint8Array(coords.length);
	keep[0] = 1;
	keep[coords.length - 1] = 1;
	const stack: [number, number][] = [[0, coords.length - 1]];
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let maxD = 0;
		let index = -1;
		for (let i = first + 1; i < last; i++) {
			const d = nearestOnSegment(coords[i]!, coords[first]!, coords[last]!).distM;
			if (d > maxD) {
				maxD = d;
				index = i;
			}
		}
		if (index !== -1 && maxD > toleranceM) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return coords.filter((_, i) => keep[i] === 1);
}

/** Rounds coordinates to `decimals` (5 ≈ 1 m) and drops points that became repeats. */
export function roundCoords(coords: readonly LonLat[], decimals = 5): LonLat[] {
	const f = 10 ** decimals;
	const out: LonLat[] = [];
	for (const [x, y] of coords) {
		const p: LonLat = [Math.round(x * f) / f, Math.round(y * f) / f];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}
