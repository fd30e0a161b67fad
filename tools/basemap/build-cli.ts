/**
 * Builds the overview basemap: data/basemap/*.geojson and data/osm2021/ → .generated/basemap/overview.pmtiles.
 *
 *     npx tsx tools/basemap/build-cli.ts [out-file]
 *
 * The app build calls `buildBasemap()` directly. See docs/basemap.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BASEMAP_ATTRIBUTION } from '../../src/lib/map/style/attribution.ts';
import { BASEMAP_LAYERS, BASEMAP_LAYER_DESCRIPTIONS, BASEMAP_MAX_ZOOM, BASEMAP_MIN_ZOOM } from '../../src/lib/domain/map/basemap-schema.ts';
import { buildTiles, layersBounds } from './encode-tiles.ts';
import { gzipDeterministic, writePmtiles, type VectorLayer } from './pmtiles-writer.ts';
import { prepareLayers, readBasemapSources } from './prepare-layers.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the GeoJSON sources live. */
export const DEFAULT_DATA_DIR = join(ROOT, 'data/basemap');
/** Where the archive goes; the app serves it from here. */
export const DEFAULT_OUT_FILE = join(ROOT, '.generated/basemap/overview.pmtiles');
/** The archive must stay small enough to precache with the app. */
export const SIZE_BUDGET_BYTES = 1_000_000;

/** The archive's `vector_layers`: what each layer holds, for the metadata and for style authors. */
export const VECTOR_LAYERS: VectorLayer[] = BASEMAP_LAYERS.map((id) => ({
	id,
	...BASEMAP_LAYER_DESCRIPTIONS[id],
	minzoom: BASEMAP_MIN_ZOOM,
	maxzoom: BASEMAP_MAX_ZOOM
}));

export type BasemapStats = {
	/** Absolute path of the archive, or '' when only built in memory. */
	file: string;
	bytes: number;
	/** Tiles addressed, i.e. all z/x/y that have data. */
	tiles: number;
	/** Distinct tile contents stored (identical tiles are stored once). */
	uniqueTiles: number;
	tilesPerZoom: Record<number, number>;
	/** Gzip bytes of the tiles of each zoom. */
	bytesPerZoom: Record<number, number>;
	minZoom: number;
	maxZoom: number;
	bounds: [number, number, number, number];
};

/** Builds the archive in memory. Same data → same bytes. */
export function buildBasemapArchive(dataDir: string = DEFAULT_DATA_DIR): { archive: Uint8Array; stats: BasemapStats } {
	const layers = prepareLayers(readBasemapSources(dataDir));
	const bounds = layersBounds(layers);
	const tiles = buildTiles(layers, { bounds, minZoom: BASEMAP_MIN_ZOOM, maxZoom: BASEMAP_MAX_ZOOM });
	// Open on Cao Bằng: the province's label point, at a zoom that shows the whole province.
	const provinceLabel = layers.province.find((feature) => feature.geometry.type === 'Point');
	const [centerLon, centerLat] =
		provinceLabel?.geometry.type === 'Point'
			? provinceLabel.geometry.coordinates
			: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
	const archive = writePmtiles(tiles, {
		bounds,
		center: [centerLon ?? 0, centerLat ?? 0, 8],
		metadata: {
			name: 'Cao Bằng overview basemap',
			description: 'Land, provinces, the Vietnam–China border, rivers, trunk and primary roads and towns around Cao Bằng, zoom 5–11.',
			attribution: BASEMAP_ATTRIBUTION,
			type: 'baselayer',
			version: '1.0.0',
			vector_layers: VECTOR_LAYERS
		}
	});

	const tilesPerZoom: Record<number, number> = {};
	for (let z = BASEMAP_MIN_ZOOM; z <= BASEMAP_MAX_ZOOM; z++) tilesPerZoom[z] = 0;
	const bytesPerZoom: Record<number, number> = {};
	for (const tile of tiles) {
		tilesPerZoom[tile.z] = (tilesPerZoom[tile.z] ?? 0) + 1;
		bytesPerZoom[tile.z] = (bytesPerZoom[tile.z] ?? 0) + gzipDeterministic(tile.data).length;
	}
	const header = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
	return {
		archive,
		stats: {
			file: '',
			bytes: archive.length,
			tiles: tiles.length,
			uniqueTiles: Number(header.getBigUint64(88, true)),
			tilesPerZoom,
			bytesPerZoom,
			minZoom: BASEMAP_MIN_ZOOM,
			maxZoom: BASEMAP_MAX_ZOOM,
			bounds
		}
	};
}

/** Builds the archive and writes it to `outFile` (creating folders). Throws when it exceeds the size budget. */
export async function buildBasemap(outFile: string = DEFAULT_OUT_FILE, dataDir: string = DEFAULT_DATA_DIR): Promise<BasemapStats> {
	const { archive, stats } = buildBasemapArchive(dataDir);
	if (archive.length >= SIZE_BUDGET_BYTES) {
		throw new Error(`overview basemap is ${archive.length} bytes, over the ${SIZE_BUDGET_BYTES}-byte budget`);
	}
	const file = resolve(outFile);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, archive);
	return { ...stats, file };
}

/** The report the command prints. */
export function formatStats(stats: BasemapStats): string {
	const lines = [
		`${stats.file || 'overview.pmtiles'}: ${stats.bytes.toLocaleString('en')} bytes (${(stats.bytes / 1024).toFixed(1)} KiB)`,
		`tiles: ${stats.tiles} (${stats.uniqueTiles} distinct), zoom ${stats.minZoom}–${stats.maxZoom}`
	];
	for (const [z, n] of Object.entries(stats.tilesPerZoom)) {
		lines.push(`  z${z}: ${n} tiles, ${(stats.bytesPerZoom[Number(z)] ?? 0).toLocaleString('en')} bytes`);
	}
	return lines.join('\n');
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
	buildBasemap(process.argv[2] ?? DEFAULT_OUT_FILE).then(
		(stats) => console.log(formatStats(stats)),
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = 1;
		}
	);
}
