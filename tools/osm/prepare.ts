/**
 * Reads the shared OpenStreetMap 2021 extract ONCE and writes the compact copy the repository builds from
 * (data/osm2021/*.geojson.gz + manifest.json). The repository never reads the shared folder at build time.
 *
 *     npx tsx tools/osm/prepare.ts [shared-osm2021-dir]
 *
 * Deterministic: features keep the source order, properties a fixed order, gzip level 9 with no file name or time in
 * the header, so a rerun on the same input writes byte-identical files (manifest.json records both hashes).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OSM_DATA_DIR, OSM_LAYERS, OSM_LAYER_NAMES, layerFile, type OsmLayerSpec } from './layers.ts';

type Feature = { type: 'Feature'; properties: Record<string, unknown>; geometry: unknown };

export const DEFAULT_SHARED_DIR = resolve(OSM_DATA_DIR, '../../../shared/data/basemap/osm2021');

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Keeps the listed properties (in list order) and drops features of the dropped classes. */
export function trimFeatures(features: Feature[], spec: OsmLayerSpec): Feature[] {
	return features
		.filter((f) => !spec.dropClasses.includes(String(f.properties.class)))
		.map((f) => {
			const properties: Record<string, unknown> = {};
			for (const key of spec.keep) {
				const value = f.properties[key];
				if (value !== undefined && value !== null && value !== '') properties[key] = value;
			}
			return { type: 'Feature', properties, geometry: f.geometry };
		});
}

/** A FeatureCollection with one feature per line: small diffs when the text is looked at, same bytes every run. */
export function serialise(features: Feature[]): string {
	return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function prepare(sharedDir = DEFAULT_SHARED_DIR, outDir = OSM_DATA_DIR) {
	mkdirSync(outDir, { recursive: true });
	const manifest: Record<string, unknown> = {};
	for (const name of OSM_LAYER_NAMES) {
		const spec = OSM_LAYERS[name];
		const input = readFileSync(join(sharedDir, spec.source));
		const features = trimFeatures((JSON.parse(input.toString('utf8')) as { features: Feature[] }).features, spec);
		const text = serialise(features);
		const gz = gzipSync(text, { level: 9 });
		const file = layerFile(name, outDir);
		writeFileSync(file, gz);
		manifest[name] = {
			file: basename(file),
			source: spec.source,
			sourceSha256: sha256(input),
			features: features.length,
			bytes: Buffer.byteLength(text),
			gzipBytes: gz.length,
			sha256: sha256(gz)
		};
	}
	writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
	return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const manifest = prepare(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_SHARED_DIR);
	console.log(JSON.stringify(manifest, null, 2));
}
