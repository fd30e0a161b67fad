/**
 * Tile and bounding-box arithmetic for the basemap: which tiles cover a box, the box of some
 * features, and the outline of an area without the edges its data was cut along.
 */
import type { Feature, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * The outline of an area as lines, leaving out the edges that lie on the frame
 * [west, south, east, north] the data was cut to: those are cuts, not boundaries.
 */
export function outlineInside(geometry: Polygon | MultiPolygon, frame: readonly [number, number, number, number]): MultiLineString {
	const [west, south, east, north] = frame;
	const near = (a: number, b: number): boolean => Math.abs(a - b) < 1e-7;
	const onFrame = (a: Position, b: Position): boolean => {
		const [ax = 0, ay = 0] = a;
		const [bx = 0, by = 0] = b;
		return (
			(near(ax, west) && near(bx, west)) ||
			(near(ax, east) && near(bx, east)) ||
			(near(ay, south) && near(by, south)) ||
			(near(ay, north) && near(by, north))
		);
	};
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const lines: Position[][] = [];
	for (const ring of polygons.flat()) {
		const runs: Position[][] = [];
		let current: Position[] = [];
		let cut = false;
		for (let i = 1; i < ring.length; i++) {
			const a = ring[i - 1];
			const b = ring[i];
			if (a === undefined || b === undefined) continue;
			if (onFrame(a, b)) {
				cut = true;
				if (current.length > 1) runs.push(current);
				current = [];
				continue;
			}
			if (current.length === 0) current.push(a);
			current.push(b);
		}
		if (current.length > 1) runs.push(current);
		// The ring is closed, so when it was cut somewhere and both its first and last
		// segments are kept, the last run continues into the first: join them.
		const first = runs[0];
		const last = runs[runs.length - 1];
		if (
			cut &&
			runs.length > 1 &&
			first !== undefined &&
			last !== undefined &&
			first[0] === ring[0] &&
			last[last.length - 1] === ring[ring.length - 1]
		) {
			runs[0] = [...last, ...first.slice(1)];
			runs.pop();
		}
		lines.push(...runs);
	}
	return { type: 'MultiLineString', coordinates: lines };
}

/** [west, south, east, north] of every coordinate of the features. */
export function featuresBounds(features: readonly Feature[]): [number, number, number, number] {
	const box: [number, number, number, number] = [180, 90, -180, -90];
	const visit = (coordinates: unknown): void => {
		if (!Array.isArray(coordinates)) return;
		const [x, y] = coordinates;
		if (typeof x === 'number' && typeof y === 'number') {
			box[0] = Math.min(box[0], x);
			box[1] = Math.min(box[1], y);
			box[2] = Math.max(box[2], x);
			box[3] = Math.max(box[3], y);
			return;
		}
		for (const inner of coordinates) visit(inner);
	};
	for (const feature of features) {
		if (feature.geometry !== null && feature.geometry.type !== 'GeometryCollection') visit(feature.geometry.coordinates);
	}
	return box;
}

/** The tile holding a longitude/latitude at zoom z (Web Mercator, y down). */
export function lonLatToTile(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
	const n = 2 ** z;
	const latRad = (lat * Math.PI) / 180;
	const x = Math.floor(((lon + 180) / 360) * n);
	const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * n);
	return { z, x: Math.min(n - 1, Math.max(0, x)), y: Math.min(n - 1, Math.max(0, y)) };
}

/** Every tile at zoom z that a [west, south, east, north] box touches, row by row. */
export function tilesCovering(bounds: readonly [number, number, number, number], z: number): { z: number; x: number; y: number }[] {
	const [west, south, east, north] = bounds;
	const topLeft = lonLatToTile(west, north, z);
	const bottomRight = lonLatToTile(east, south, z);
	const tiles: { z: number; x: number; y: number }[] = [];
	for (let y = topLeft.y; y <= bottomRight.y; y++) {
		for (let x = topLeft.x; x <= bottomRight.x; x++) tiles.push({ z, x, y });
	}
	return tiles;
}
