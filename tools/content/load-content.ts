/**
 * Loads every file under content/ and validates it against the schema, then runs the checks
 * across entries (check-references.ts). Problems are collected for editors; nothing here writes
 * files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/lib/domain/content/types.ts';
import { checkReferences } from './check-references.ts';
import { readChangelog, type ChangelogEntry } from './changelog.ts';
import { checkTrips } from './check-trips.ts';
import { Collector, type Problem } from './problems.ts';
import { readMarkdown, readYaml, type Parsed } from './read-files.ts';
import { validate } from './schema-issues.ts';
import {
	contentId,
	itineraryFile,
	itineraryText,
	pageText,
	placeFile,
	retiredCodesFile,
	placeText,
	routeFile,
	routeText,
	serviceFile,
	serviceText,
	siteFile,
	type ItineraryFile,
	type ItineraryText,
	type PageText,
	type RetiredCodesFile,
	type PlaceFile,
	type PlaceText,
	type RouteFile,
	type RouteText,
	type ServiceFile,
	type ServiceText,
	type SiteFile
} from './schema.ts';

export { formatProblem, type Problem, type Severity } from './problems.ts';

export type Text<T> = { data: T; body: string; file: string };
export type Texts<T> = Partial<Record<Lang, Text<T>>>;

/** An entry folder: its texts, one per language. */
export type TextEntry<T> = { id: string; dir: string; texts: Texts<T> };
/** An entry with a facts file (place.yaml …), kept parsed so later checks can point at its lines. */
export type Entry<F, T> = TextEntry<T> & { facts: F; parsed: Parsed };

export type LoadedContent = {
	root: string;
	site?: SiteFile;
	places: Entry<PlaceFile, PlaceText>[];
	routes: Entry<RouteFile, RouteText>[];
	services: Entry<ServiceFile, ServiceText>[];
	pages: TextEntry<PageText>[];
	/** Suggested trips (content/itineraries/). */
	trips: Entry<ItineraryFile, ItineraryText>[];
	/** Every file read, for the content version hash. */
	files: string[];
	/** Codes that belonged to deleted entries (content/retired-codes.yaml), with the parsed file. */
	retired?: { file: RetiredCodesFile; parsed: Parsed };
	/** Every entry folder, valid or not, so one broken file does not cascade into "unknown id" errors. */
	folders: { places: string[]; routes: string[]; services: string[] };
	/** content/CHANGELOG.md, newest first, when the office keeps one. */
	changelog?: ChangelogEntry[];
};

export type ProvinceOutline = { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };

type Reading = { root: string; out: Collector; files: string[] };

function listDirs(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
		.sort();
}

/**
 * The texts of an entry folder: `<base>.<lang>.md` (place.vi.md …, the layout the web editor
 * reads), or the older `<lang>.md` until tools/content/migrate-layout.ts has moved it.
 */
function readTexts<T>(schema: z.ZodType<T>, dir: string, base: string, { root, out, files }: Reading): Texts<T> {
	const texts: Texts<T> = {};
	for (const lang of LANGS) {
		const current = join(dir, `${base}.${lang}.md`);
		const older = join(dir, `${lang}.md`);
		if (existsSync(current) && existsSync(older)) {
			out.add({ file: relative(root, older), line: 1 }, 'text-twice', { file: `${base}.${lang}.md` });
		}
		// A missing text is named like its sibling, so an editor of an unmigrated folder sees `en.md`.
		const legacy = existsSync(older) || (!existsSync(current) && LANGS.some((l) => existsSync(join(dir, `${l}.md`))));
		const abs = existsSync(current) || !legacy ? current : older;
		const rel = relative(root, abs);
		if (!existsSync(abs)) {
			out.add({ file: rel, line: 1 }, lang === DEFAULT_LANG ? 'text-missing' : 'translation-missing', { lang });
			continue;
		}
		files.push(abs);
		const parsed = readMarkdown(abs, rel);
		const data = validate(schema, parsed, out);
		if (data === undefined) continue;
		if (parsed.body.trim() === '') out.add({ file: rel, line: 1, field: 'body' }, 'empty-body', {});
		texts[lang] = { data, body: parsed.body, file: rel };
	}
	return texts;
}

/** The folders of one kind of entry whose name is a valid id (an invalid one is reported). */
function entryDirs(kindDir: string, { root, out }: Reading): { id: string; dir: string }[] {
	const base = join(root, 'content', kindDir);
	return listDirs(base).flatMap((id) => {
		const dir = join(base, id);
		if (contentId.safeParse(id).success) return [{ id, dir }];
		out.add({ file: relative(root, dir), line: 1, field: 'id' }, 'bad-folder-name', { id });
		return [];
	});
}

function readEntries<F, T>(kindDir: string, yamlName: string, factsSchema: z.ZodType<F>, textSchema: z.ZodType<T>, reading: Reading): Entry<F, T>[] {
	const entries: Entry<F, T>[] = [];
	for (const { id, dir } of entryDirs(kindDir, reading)) {
		const abs = join(dir, yamlName);
		let facts: F | undefined;
		let parsed: Parsed | undefined;
		if (existsSync(abs)) {
			reading.files.push(abs);
			parsed = readYaml(abs, relative(reading.root, abs));
			facts = validate(factsSchema, parsed, reading.out);
		} else {
			reading.out.add({ file: relative(reading.root, abs), line: 1 }, 'facts-file-missing', { file: yamlName });
		}
		const texts = readTexts(textSchema, dir, yamlName.replace(/\.yaml$/, ''), reading);
		if (facts !== undefined && parsed !== undefined && Object.keys(texts).length > 0) entries.push({ id, dir, facts, parsed, texts });
	}
	return entries;
}

function readPages(reading: Reading): TextEntry<PageText>[] {
	return entryDirs('pages', reading).flatMap(({ id, dir }) => {
		const texts = readTexts(pageText, dir, 'page', reading);
		return Object.keys(texts).length > 0 ? [{ id, dir, texts }] : [];
	});
}

function readSite({ root, out, files }: Reading): SiteFile | undefined {
	const sitePath = join(root, 'content', 'site.yaml');
	if (!existsSync(sitePath)) {
		out.add({ file: 'content/site.yaml', line: 1 }, 'site-missing', {});
		return undefined;
	}
	files.push(sitePath);
	const parsed = readYaml(sitePath, relative(root, sitePath));
	const site = validate(siteFile, parsed, out);
	const detail = site?.basemap.detail;
	if (detail && !existsSync(join(root, 'content', 'basemap', detail.file))) {
		const field = 'basemap.detail.file';
		out.add({ file: parsed.file, line: parsed.lineOf(['basemap', 'detail', 'file']), field }, 'detail-map-missing', { file: detail.file });
	}
	return site;
}

function readRetired({ root, out, files }: Reading): LoadedContent['retired'] {
	const abs = join(root, 'content', 'retired-codes.yaml');
	if (!existsSync(abs)) return undefined;
	files.push(abs);
	const parsed = readYaml(abs, relative(root, abs));
	const file = validate(retiredCodesFile, parsed, out);
	return file ? { file, parsed } : undefined;
}

/** Loads and checks everything under `<root>/content`. */
export function loadContent(root: string, province: ProvinceOutline): { content: LoadedContent; problems: Problem[] } {
	const reading: Reading = { root, out: new Collector(), files: [] };
	const site = readSite(reading);
	const places = readEntries('places', 'place.yaml', placeFile, placeText, reading);
	const routes = readEntries('routes', 'route.yaml', routeFile, routeText, reading);
	const services = readEntries('services', 'service.yaml', serviceFile, serviceText, reading);
	const pages = readPages(reading);
	const trips = readEntries('itineraries', 'itinerary.yaml', itineraryFile, itineraryText, reading);
	const retired = readRetired(reading);
	const changelog = readChangelog(root, reading.out, reading.files);
	const folders = {
		places: listDirs(join(root, 'content', 'places')),
		routes: listDirs(join(root, 'content', 'routes')),
		services: listDirs(join(root, 'content', 'services'))
	};
	const content: LoadedContent = { root, places, routes, services, pages, trips, files: reading.files, folders, ...(site ? { site } : {}), ...(retired ? { retired } : {}), ...(changelog ? { changelog } : {}) };
	checkReferences(content, province, reading.out);
	checkTrips(content, reading.out);
	return { content, problems: reading.out.problems };
}

/** Reads the province outline used to check coordinates. */
export function readProvince(root: string): ProvinceOutline {
	const geo = JSON.parse(readFileSync(join(root, 'data/basemap/cao_bang_province_osm.geojson'), 'utf8')) as {
		features: { geometry: ProvinceOutline }[];
	};
	const first = geo.features[0];
	if (!first) throw new Error('data/basemap/cao_bang_province_osm.geojson has no feature');
	return first.geometry;
}
