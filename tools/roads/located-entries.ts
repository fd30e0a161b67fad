/**
 * The places and services that have a position, read straight from content/*\/*.yaml (id, kind and location only).
 * The road build needs nothing else from the content. The content compiler hands its parsed entries to
 * `toLocatedEntries`; `readLocatedEntries` reads the files for the command-line tools.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const CONTENT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../content');

export type LocatedEntry = { id: string; type: 'place' | 'service'; lon: number; lat: number; uncertaintyM: number };

type Yaml = { location?: { lat?: number; lon?: number; uncertaintyM?: number } };

export function toLocatedEntries(entries: readonly { id: string; type: 'place' | 'service'; data: Yaml }[]): LocatedEntry[] {
	const out: LocatedEntry[] = [];
	for (const { id, type, data } of entries) {
		const l = data.location;
		if (typeof l?.lat !== 'number' || typeof l.lon !== 'number') continue;
		out.push({ id, type, lon: l.lon, lat: l.lat, uncertaintyM: l.uncertaintyM ?? 0 });
	}
	return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readLocatedEntries(contentDir = CONTENT_DIR): LocatedEntry[] {
	const entries: { id: string; type: 'place' | 'service'; data: Yaml }[] = [];
	for (const [folder, file, type] of [
		['places', 'place.yaml', 'place'],
		['services', 'service.yaml', 'service']
	] as const) {
		const dir = join(contentDir, folder);
		if (!existsSync(dir)) continue;
		for (const id of readdirSync(dir).sort()) {
			const path = join(dir, id, file);
			if (existsSync(path)) entries.push({ id, type, data: parse(readFileSync(path, 'utf8')) as Yaml });
		}
	}
	return toLocatedEntries(entries);
}
