/**
 * The province's road graph from the committed OSM data: major and minor roads inside the province box
 * (lon 105.2–106.9, lat 22.3–23.2, the box the minor roads were cut to) and inside the province outline, built by
 * `buildRoadGraph`. Roads in China are left out (visitors cannot drive across the border), and so are roads in the
 * neighbouring provinces: every route stays in Cao Bằng (docs/roads.md, limits).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ring } from '../content/point-in-polygon.ts';
import type { LonLat } from '../../src/lib/domain/roads/polyline.ts';
import { readOsmLayer } from '../osm/read-layer.ts';
import { OSM_DATA_DIR } from '../osm/layers.ts';
import { buildRoadGraph, type BBox, type RoadFeature, type RoadLine } from './build-graph.ts';

export const PROVINCE_BOX: BBox = { west: 105.2, south: 22.3, east: 106.9, north: 23.2 };
export const PROVINCE_OUTLINE_FILE = join(OSM_DATA_DIR, '../basemap/cao_bang_province_osm.geojson');

export function readProvinceRing(file = PROVINCE_OUTLINE_FILE): Ring {
	const outline = JSON.parse(readFileSync(file, 'utf8')) as { features: { geometry: { coordinates: Ring[] } }[] };
	return outline.features[0]!.geometry.coordinates[0]!;
}

/**
 * An even-odd point-in-ring test that only looks at the ring's edges crossing the point's latitude band: the province
 * outline has about 5,000 vertices and the test runs on tens of thousands of road lines.
 */
export function createRingTester(ring: Ring, bandDeg = 0.01): (p: LonLat) => boolean {
	const ys = ring.map((p) => p[1]!);
	const minY = Math.min(...ys);
	const bands: number[][] = [];
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const lo = Math.floor((Math.min(ys[i]!, ys[j]!) - minY) / bandDeg);
		const hi = Math.floor((Math.max(ys[i]!, ys[j]!) - minY) / bandDeg);
		for (let b = lo; b <= hi; b++) (bands[b] ??= []).push(j, i);
	}
	return ([x, y]) => {
		const edges = bands[Math.floor((y - minY) / bandDeg)];
		if (!edges) return false;
		let inside = false;
		for (let k = 0; k < edges.length; k += 2) {
			const [xj, yj] = ring[edges[k]!]! as LonLat;
			const [xi, yi] = ring[edges[k + 1]!]! as LonLat;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
		return inside;
	};
}

/** A line is in the province when at least two of its first, middle and last points are. */
export function isInside(line: RoadLine, inside: (p: LonLat) => boolean): boolean {
	const c = line.coords;
	const samples = [c[0]!, c[Math.floor(c.length / 2)]!, c[c.length - 1]!];
	return samples.filter(inside).length >= 2;
}

export function loadProvinceGraph() {
	const inside = createRingTester(readProvinceRing());
	const features = [...readOsmLayer('roads-major').features, ...readOsmLayer('roads-minor').features] as RoadFeature[];
	return buildRoadGraph(features, PROVINCE_BOX, (line) => isInside(line, inside));
}
