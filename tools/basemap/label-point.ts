/**
 * Where to put one label for an area: a point well inside its largest polygon, far from
 * every edge (an approximation of the "pole of inaccessibility"). Labelling the polygon
 * itself would make MapLibre place one label per tile, so the tile builder adds these
 * points as separate features.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = readonly Position[];
type Rings = readonly Ring[];

/** Signed area of a ring in squared degrees (positive when counter-clockwise). */
function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const a = ring[j];
		const b = ring[i];
		if (a === undefined || b === undefined) continue;
		sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
	}
	return sum / 2;
}

function polygonArea(rings: Rings): number {
	const [outer, ...holes] = rings;
	if (outer === undefined) return 0;
	return Math.abs(ringArea(outer)) - holes.reduce((sum, hole) => sum + Math.abs(ringArea(hole)), 0);
}

/** Distance from (x, y) to the nearest edge, positive inside the polygon, negative outside. */
function signedDistance(x: number, y: number, rings: Rings, xScale: number): number {
	let inside = false;
	let best = Number.POSITIVE_INFINITY;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[j];
			const b = ring[i];
			if (a === undefined || b === undefined) continue;
			const ax = a[0] ?? 0;
			const ay = a[1] ?? 0;
			const bx = b[0] ?? 0;
			const by = b[1] ?? 0;
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) {
				inside = !inside;
			}
			best = Math.min(best, segmentDistance(x, y, ax, ay, bx, by, xScale));
		}
	}
	return inside ? best : -best;
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number, xScale: number): number {
	const px = (x - ax) * xScale;
	const py = y - ay;
	const dx = (bx - ax) * xScale;
	const dy = by - ay;
	const lengthSquared = dx * dx + dy * dy;
	const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
	return Math.hypot(px - t * dx, py - t * dy);
}

/**
 * A label point for a Polygon or MultiPolygon in lon/lat: inside its largest part, as far
 * from the edges as a coarse-to-fine grid search finds. Deterministic; rounded to 5 decimals.
 */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
	const parts: Rings[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let rings: Rings | undefined;
	let largest = Number.NEGATIVE_INFINITY;
	for (const part of parts) {
		const area = polygonArea(part);
		if (area > largest) {
			largest = area;
			rings = part;
		}
	}
	const outer = rings?.[0];
	if (rings === undefined || outer === undefined || outer.length === 0) {
		throw new RangeError('cannot label an empty polygon');
	}
	let west = Number.POSITIVE_INFINITY;
	let south = Number.POSITIVE_INFINITY;
	let east = Number.NEGATIVE_INFINITY;
	let north = Number.NEGATIVE_INFINITY;
	for (const [x = 0, y = 0] of outer) {
		west = Math.min(west, x);
		east = Math.max(east, x);
		south = Math.min(south, y);
		north = Math.max(north, y);
	}
	// Degrees of longitude are shorter than degrees of latitude away from the equator.
	const xScale = Math.cos((((south + north) / 2) * Math.PI) / 180);
	const steps = 24;
	let bestX = (west + east) / 2;
	let bestY = (south + north) / 2;
	let bestScore = signedDistance(bestX, bestY, rings, xScale);
	let halfWidth = (east - west) / 2;
	let halfHeight = (north - south) / 2;
	let centreX = bestX;
	let centreY = bestY;
	for (let round = 0; round < 8; round++) {
		for (let i = 0; i <= steps; i++) {
			for (let j = 0; j <= steps; j++) {
				const x = centreX - halfWidth + (2 * halfWidth * i) / steps;
				const y = centreY - halfHeight + (2 * halfHeight * j) / steps;
				const score = signedDistance(x, y, rings, xScale);
				if (score > bestScore) {
					bestScore = score;
					bestX = x;
					bestY = y;
				}
			}
		}
		centreX = bestX;
		centreY = bestY;
		halfWidth /= 4;
		halfHeight /= 4;
	}
	return [Math.round(bestX * 1e5) / 1e5, Math.round(bestY * 1e5) / 1e5];
}
