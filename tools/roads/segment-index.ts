/**
 * A uniform grid over the segments of many polylines, to find the segment nearest a point quickly. Used to join
 * dangling road ends and to snap places onto the road graph at build time.
 */
import { nearestOnSegment, type LonLat } from '../../src/lib/domain/roads/polyline.ts';

/** Grid cell size in degrees (about 220 m north–south). */
const CELL = 0.002;

export type SegmentHit = { line: number; seg: number; distM: number; point: LonLat; t: number };

export class SegmentIndex {
	readonly lines: readonly LonLat[][];
	private readonly cells = new Map<number, number[]>();

	constructor(lines: readonly LonLat[][]) {
		this.lines = lines;
		lines.forEach((coords, li) => {
			for (let s = 0; s + 1 < coords.length; s++) {
				const [x0, y0] = coords[s]!;
				const [x1, y1] = coords[s + 1]!;
				for (let cx = cell(Math.min(x0, x1)); cx <= cell(Math.max(x0, x1)); cx++) {
					for (let cy = cell(Math.min(y0, y1)); cy <= cell(Math.max(y0, y1)); cy++) {
						const k = cellKey(cx, cy);
						const list = this.cells.get(k);
						if (list) list.push(li, s);
						else this.cells.set(k, [li, s]);
					}
				}
			}
		});
	}

	/** The nearest segment within `maxM` metres of `p` whose line passes `accept`, or null. */
	nearest(p: LonLat, maxM: number, accept: (line: number) => boolean = () => true): SegmentHit | null {
		const r = Math.ceil(maxM / 100_000 / CELL);
		const cx = cell(p[0]);
		const cy = cell(p[1]);
		let best: SegmentHit | null = null;
		for (let dx = -r; dx <= r; dx++) {
			for (let dy = -r; dy <= r; dy++) {
				const list = this.cells.get(cellKey(cx + dx, cy + dy));
				if (!list) continue;
				for (let i = 0; i < list.length; i += 2) {
					const line = list[i]!;
					const seg = list[i + 1]!;
					if (!accept(line)) continue;
					const coords = this.lines[line]!;
					const hit = nearestOnSegment(p, coords[seg]!, coords[seg + 1]!);
					if (hit.distM <= maxM && (!best || hit.distM < best.distM)) best = { line, seg, distM: hit.distM, point: hit.point, t: hit.t };
				}
			}
		}
		return best;
	}
}

const cell = (v: number) => Math.floor(v / CELL);
const cellKey = (cx: number, cy: number) => cx * 1_000_000 + cy;
