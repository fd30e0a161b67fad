/**
 * Builds the detail basemap from data/osm2021/: every road by class, tracks and paths, settlements, rivers, streams,
 * lakes and peaks, zoom 8 to 14, as one PMTiles archive (docs/basemap.md, "The detail basemap"). The offline pack
 * offers it for download; it is never precached.
 *
 *     npx tsx tools/basemap/detail-build.ts [out-file]
 *
 * It takes tens of seconds, so `buildDetailBasemapCached()` keeps the result in .generated/basemap/ keyed by the data
 * and the code that makes it, and a rebuild that changes neither reads the file back.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { DETAIL_LAYERS, DETAIL_MAX_ZOOM, DETAIL_MIN_ZOOM } from '../../src/lib/domain/map/detail-schema.ts';
import { DETAIL_ATTRIBUTION } from '../../src/lib/map/style/attribution.ts';
import { OSM_DATA_DIR } from '../osm/layers.ts';
import { readOsmLayer } from '../osm/read-layer.ts';
import { detailFeatureGroups, type DetailSources, type FeatureGroup } from './detail-features.ts';
import { TILE_EXTENT } from './encode-tiles.ts';
import { gzipDeterministic, writePmtiles, type TileInput } from './pmtiles-writer.ts';
import { featuresBounds, tilesCovering, type Bounds } from './tile-geometry.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
export const DETAIL_OUT_FILE = join(ROOT, '.generated/basemap/detail.pmtiles');
/** The download the visitor is offered must stay below this. */
export const DETAIL_BUDGET_BYTES = 6_000_000;

export type DetailStats = {
	bytes: number;
	tiles: number;
	/** Per zoom: tiles and their gzip bytes. */
	perZoom: Record<number, { tiles: number; bytes: number }>;
	bounds: Bounds;
	ms: number;
};

export function readDetailSources(dir = OSM_DATA_DIR): DetailSources {
	return {
		roads: [readOsmLayer('roads-major', dir), readOsmLayer('roads-minor', dir)],
		places: readOsmLayer('places', dir),
		peaks: readOsmLayer('peaks', dir),
		waterways: readOsmLayer('waterways', dir),
		water: readOsmLayer('water', dir),
		waterNames: readOsmLayer('water-names', dir)
	};
}

/**
 * Cuts the groups into MVT tiles over `bounds`, zoom `minZoom`..`maxZoom`: each group only from its own zoom, the
 * groups of a layer merged into one tile layer, layers in schema order.
 */
export function encodeGroups(groups: readonly FeatureGroup[], bounds: Bounds, minZoom: number, maxZoom: number): TileInput[] {
	const indexes = groups.map((g) => ({
		group: g,
		index: new GeoJSONVT({ type: 'FeatureCollection', features: g.features }, { maxZoom, extent: TILE_EXTENT, buffer: 64, tolerance: 3 })
	}));
	const tiles: TileInput[] = [];
	for (let z = minZoom; z <= maxZoom; z++) {
		for (const { x, y } of tilesCovering(bounds, z)) {
			const layers: Record<string, GeoJSONVTTile> = {};
			for (const { group, index } of indexes) {
				if (z < group.minZoom) continue;
				const tile = index.getTile(z, x, y);
				if (tile === null || tile.features.length === 0) continue;
				const had = layers[group.layer];
				layers[group.layer] = had ? { ...had, features: [...had.features, ...tile.features] } : tile;
			}
			const names = DETAIL_LAYERS.filter((name) => layers[name] !== undefined);
			if (names.length === 0) continue;
			const ordered = Object.fromEntries(names.map((name) => [name, layers[name]!]));
			tiles.push({ z, x, y, data: fromGeojsonVt(ordered, { version: 2, extent: TILE_EXTENT }) });
		}
	}
	return tiles;
}

/** Builds the archive in memory from the OpenStreetMap layers. Same data → same bytes. */
export function buildDetailArchive(sources: DetailSources = readDetailSources()): { archive: Uint8Array; stats: DetailStats } {
	const start = performance.now();
	// The minor roads were cut to the province's box: that box is where the detail map has everything.
	const bounds = featuresBounds(sources.roads[1]?.features ?? []) as Bounds;
	const groups = detailFeatureGroups(sources);
	const tiles = encodeGroups(groups, bounds, DETAIL_MIN_ZOOM, DETAIL_MAX_ZOOM);
	const archive = writePmtiles(tiles, {
		bounds,
		center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, 12],
		metadata: {
			name: 'Cao Bằng detail basemap',
			description:
				'Roads by class, tracks and paths, settlements, rivers, streams, lakes and peaks of Cao Bằng (OpenStreetMap, August 2021), zoom 8–14.',
			attribution: DETAIL_ATTRIBUTION,
			type: 'baselayer',
			version: '1.0.0',
			vector_layers: [
				{ id: 'water', fields: { kind: 'String', name: 'String' }, minzoom: DETAIL_MIN_ZOOM, maxzoom: DETAIL_MAX_ZOOM },
				{
					id: 'roads',
					fields: { kind: 'String', kind_detail: 'String', ref: 'String', name: 'String' },
					minzoom: DETAIL_MIN_ZOOM,
					maxzoom: DETAIL_MAX_ZOOM
				},
				{
					id: 'places',
					fields: { kind: 'String', kind_detail: 'String', name: 'String' },
					minzoom: DETAIL_MIN_ZOOM,
					maxzoom: DETAIL_MAX_ZOOM
				},
				{ id: 'pois', fields: { kind: 'String', name: 'String', elevation: 'Number' }, minzoom: DETAIL_MIN_ZOOM, maxzoom: DETAIL_MAX_ZOOM }
			]
		}
	});
	const perZoom: DetailStats['perZoom'] = {};
	for (const tile of tiles) {
		const entry = (perZoom[tile.z] ??= { tiles: 0, bytes: 0 });
		entry.tiles++;
		entry.bytes += gzipDeterministic(tile.data).length;
	}
	return { archive, stats: { bytes: archive.length, tiles: tiles.length, perZoom, bounds, ms: Math.round(performance.now() - start) } };
}

/** What the archive depends on: the data and the code that turns it into tiles. */
function inputsKey(): string {
	const hash = createHash('sha256');
	hash.update(readFileSync(join(OSM_DATA_DIR, 'manifest.json')));
	for (const file of ['detail-build.ts', 'detail-features.ts', 'encode-tiles.ts', 'pmtiles-writer.ts', 'tile-geometry.ts']) {
		hash.update(readFileSync(join(HERE, file)));
	}
	for (const file of ['src/lib/domain/map/detail-schema.ts', 'src/lib/domain/roads/road-class.ts', 'src/lib/map/style/attribution.ts']) {
		hash.update(readFileSync(join(ROOT, file)));
	}
	return hash.digest('hex');
}

/**
 * The archive's bytes: read back from `outFile` when it was made from the same inputs, else built, checked against
 * the budget and written there. `stats` is null when the file was reused.
 */
export function buildDetailBasemapCached(outFile = DETAIL_OUT_FILE): { bytes: Uint8Array; stats: DetailStats | null } {
	const keyFile = `${outFile}.key`;
	const key = inputsKey();
	if (existsSync(outFile) && existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key) {
		return { bytes: new Uint8Array(readFileSync(outFile)), stats: null };
	}
	const { archive, stats } = buildDetailArchive();
	if (archive.length > DETAIL_BUDGET_BYTES) {
		throw new Error(`detail basemap is ${archive.length} bytes, over the ${DETAIL_BUDGET_BYTES}-byte budget`);
	}
	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(outFile, archive);
	writeFileSync(keyFile, key);
	return { bytes: archive, stats };
}

/**
 * The content build's detail basemap (tools/content/compile.ts `detailBasemap`): the cached archive, built when the
 * data or the code changed, its figures printed when it was.
 */
export function detailBasemapForContent(): { bytes: Uint8Array; attribution: string } {
	const { bytes, stats } = buildDetailBasemapCached();
	if (stats) console.log(`• ${formatDetailStats(stats).replace(/\n/g, '\n  ')}`);
	return { bytes, attribution: DETAIL_ATTRIBUTION };
}

export function formatDetailStats(stats: DetailStats): string {
	const lines = [`detail basemap: ${stats.bytes.toLocaleString('en')} bytes, ${stats.tiles} tiles, built in ${stats.ms} ms`];
	for (const [z, { tiles, bytes }] of Object.entries(stats.perZoom)) {
		lines.push(`  z${z}: ${tiles} tiles, ${bytes.toLocaleString('en')} bytes`);
	}
	return lines.join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
	const { archive, stats } = buildDetailArchive();
	const out = resolve(process.argv[2] ?? DETAIL_OUT_FILE);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, archive);
	console.log(`${out}\n${formatDetailStats(stats)}`);
}
