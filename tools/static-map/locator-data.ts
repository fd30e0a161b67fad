/**
 * Build-time side of the static locator maps: reads the OpenStreetMap layers once, keeps what a small map shows
 * (roads by class, water, settlements, peaks, and the stretch of the province outline that is the national border),
 * and picks the features and the view for one place or one route. The drawing is src/lib/domain/static-map/render.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseRoadClass, normaliseRouteRef } from '../../src/lib/domain/roads/road-class';
import type { LonLat } from '../../src/lib/domain/roads/polyline';
import { fitBox, viewBox, type View } from '../../src/lib/domain/static-map/projection';
import type { StaticMapData } from '../../src/lib/domain/static-map/types';
import { OSM_DATA_DIR } from '../osm/layers';
import { readOsmLayer, type OsmFeature } from '../osm/read-layer';
import { createRingTester, readProvinceRing } from '../roads/province-graph';
import { SegmentIndex } from '../roads/segment-index';

type Box = [number, number, number, number];
type Boxed<T> = { item: T; box: Box };

export type LocatorData = {
	roads: Boxed<StaticMapData['roads'][number]>[];
	waterAreas: Boxed<StaticMapData['waterAreas'][number]>[];
	waterways: Boxed<StaticMapData['waterways'][number]>[];
	settlements: Boxed<StaticMapData['settlements'][number]>[];
	peaks: Boxed<StaticMapData['peaks'][number]>[];
	border: Boxed<LonLat[]>[];
};

const boxOf = (coords: readonly LonLat[]): Box => {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of coords) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
	return [w, s, e, n];
};
const boxed = <T>(item: T, coords: readonly LonLat[]): Boxed<T> => ({ item, box: boxOf(coords) });
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/**
 * The outline of the province where it runs within `nearM` of the Vietnam–China border line (GSHHG, which is about
 * 0.8 km off), so the exact OSM outline is drawn as the border and provincial boundaries are not.
 */
export function borderStretches(ring: readonly LonLat[], borderLine: readonly LonLat[][], nearM = 2500): LonLat[][] {
	const index = new SegmentIndex(borderLine.map((l) => l.slice()));
	const runs: LonLat[][] = [];
	let run: LonLat[] = [];
	for (const p of ring) {
		if (index.nearest(p, nearM)) run.push(p);
		else if (run.length) {
			if (run.length > 1) runs.push(run);
			run = [];
		}
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

export function loadLocatorData(): LocatorData {
	const lines = (f: OsmFeature): LonLat[] => (f.geometry.type === 'LineString' ? (f.geometry.coordinates as LonLat[]) : []);
	const roads = [...readOsmLayer('roads-major').features, ...readOsmLayer('roads-minor').features].flatMap((f) => {
		const cls = normaliseRoadClass(str(f.properties.class), str(f.properties.highway));
		const coords = lines(f);
		return cls && coords.length > 1 ? [boxed({ cls, ref: normaliseRouteRef(str(f.properties.ref)), coords }, coords)] : [];
	});
	const waterAreas = readOsmLayer('water').features.flatMap((f) => {
		const polys =
			f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
		return polys.map((rings) => boxed(rings as LonLat[][], rings[0] as LonLat[]));
	});
	const waterways = readOsmLayer('waterways').features.map((f) =>
		boxed({ cls: String(f.properties.class), name: vietnameseName(f.properties.name), coords: lines(f) }, lines(f))
	);
	const point = (f: OsmFeature) => f.geometry.coordinates as LonLat;
	// Settlements in the province only: the guide labels Vietnamese places, and OSM names across the border are Chinese.
	const inProvince = createRingTester(readProvinceRing());
	const settlements = readOsmLayer('places').features.flatMap((f) => {
		const name = vietnameseName(f.properties.name);
		return name && inProvince(point(f))
			? [boxed({ name, cls: String(f.properties.class), lon: point(f)[0], lat: point(f)[1] }, [point(f)])]
			: [];
	});
	const peaks = readOsmLayer('peaks').features.map((f) =>
		boxed(
			{
				name: vietnameseName(f.properties.name),
				ele: typeof f.properties.ele === 'number' ? f.properties.ele : undefined,
				lon: point(f)[0],
				lat: point(f)[1]
			},
			[point(f)]
		)
	);
	const gshhg = JSON.parse(readFileSync(join(OSM_DATA_DIR, '../basemap/gshhg_border_vn_cn_region.geojson'), 'utf8')) as {
		features: { geometry: { type: string; coordinates: LonLat[] | LonLat[][] } }[];
	};
	const borderLine = gshhg.features.flatMap((f) =>
		f.geometry.type === 'LineString' ? [f.geometry.coordinates as LonLat[]] : (f.geometry.coordinates as LonLat[][])
	);
	const border = borderStretches(readProvinceRing() as LonLat[], borderLine).map((l) => boxed(l, l));
	return { roads, waterAreas, waterways, settlements, peaks, border };
}

/**
 * The Vietnamese part of an OSM name: border rivers carry both ("Sông Quây Sơn 归春河"); Chinese-only names give
 * undefined, and so do names that start in lower case ("river", "heliu"), which in this extract are notes, not names.
 */
export function vietnameseName(value: unknown): string | undefined {
	const name = str(value)
		?.replace(/[\p{Script=Han}]+/gu, '')
		.replace(/\s+/g, ' ')
		.trim();
	return name && /^\p{Lu}/u.test(name) ? name : undefined;
}

const intersects = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The features whose boxes meet the view (with a margin for line widths and labels). */
export function selectForView(data: LocatorData, view: View): StaticMapData {
	const area = viewBox(view, 16);
	const pick = <T>(list: Boxed<T>[]) => list.filter((b) => intersects(b.box, area)).map((b) => b.item);
	return {
		roads: pick(data.roads),
		waterAreas: pick(data.waterAreas),
		waterways: pick(data.waterways),
		settlements: pick(data.settlements),
		peaks: pick(data.peaks),
		border: pick(data.border)
	};
}

export const MAP_WIDTH = 400;
export const MAP_HEIGHT = 300;

/** A place map: close in (zoom 14) when the position is good, out far enough to show the whole uncertainty circle when not. */
export function placeView(lon: number, lat: number, uncertaintyM: number, width = MAP_WIDTH, height = MAP_HEIGHT): View {
	const r = Math.max(uncertaintyM * 1.3, 700);
	const dLat = r / 111_320;
	const dLon = r / (111_320 * Math.cos((lat * Math.PI) / 180));
	const view = fitBox([lon - dLon, lat - dLat, lon + dLon, lat + dLat], width, height, 12, 14);
	return { ...view, center: [lon, lat] };
}

/** A route map: the whole line and every stop in the frame. */
export function routeView(coords: readonly LonLat[], width = MAP_WIDTH, height = MAP_HEIGHT): View {
	return fitBox(boxOf(coords), width, height, 22, 14);
}
