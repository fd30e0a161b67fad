/**
 * Compiles checked content into what the app loads: one bundle per language, a prebuilt
 * search index and, when given a road step, the road file and each route's legs along the roads.
 * Pure apart from reading media files for their hashes (and what the road step reads).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import type { Bundle, ContentManifest, Lang, Location, MediaFile, Page, Place, Route, Service } from '../../src/lib/domain/content/types.ts';
import { DEFAULT_LANG, LANGS, isLocated } from '../../src/lib/domain/content/types.ts';
import { buildSearchIndex } from '../../src/lib/domain/search/build-index.ts';
import type { SearchDoc } from '../../src/lib/domain/search/index-format.ts';
import type { Entry, LoadedContent, Texts } from './load-content.ts';
import type { PlaceFile, ServiceFile } from './schema.ts';
import { toLocatedEntries } from '../roads/located-entries.ts';
import type { ContentRoads, RoadsBuilder } from '../roads/content-roads.ts';
import { historyFor } from './changelog.ts';
import { compileImages, createPhotoOutput, type PhotoOutput } from './images/compile-images.ts';
import type { ProcessedImages } from './images/process-images.ts';
import { codesById, compileTrip } from './compile-trips.ts';

export type CompiledFile = { fileName: string; source: string | Uint8Array };

export type Compiled = {
	version: string;
	bundles: Record<Lang, Bundle>;
	manifest: ContentManifest;
	/** Every file to publish under the site root, with its final (hashed) name. */
	files: CompiledFile[];
};

const marked = new Marked({ gfm: true, breaks: false });

/** Markdown to HTML with only the tags a content page needs; links open safely. */
export function renderMarkdown(md: string): string {
	const html = marked.parse(md.normalize('NFC'), { async: false });
	return sanitizeHtml(html, {
		allowedTags: ['h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'blockquote', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code'],
		allowedAttributes: { a: ['href', 'title', 'rel'] },
		allowedSchemes: ['https', 'http', 'mailto', 'tel'],
		transformTags: {
			a: (tagName, attribs) => ({
				tagName,
				attribs: /^https?:/.test(attribs.href ?? '') ? { ...attribs, rel: 'noopener noreferrer external' } : attribs
			})
		}
	}).trim();
}

function hash(data: string | Uint8Array, length = 10): string {
	return createHash('sha256').update(data).digest('hex').slice(0, length);
}

/** Deep NFC normalisation of every string in a JSON value. */
function nfc<T>(value: T): T {
	return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? v.normalize('NFC') : v)) as T;
}

function pickText<T>(texts: Texts<T>, lang: Lang): { data: T; body: string; untranslated: boolean } {
	const own = texts[lang];
	if (own) return { data: own.data, body: own.body, untranslated: false };
	const fallback = texts[DEFAULT_LANG] ?? Object.values(texts)[0];
	if (!fallback) throw new Error('entry without any text');
	return { data: fallback.data, body: fallback.body, untranslated: true };
}

/** The other language of the guide, for the name shown under a place's own. */
function otherLang(lang: Lang): Lang {
	return LANGS.find((l) => l !== lang) ?? lang;
}

type MediaEntry = { url: string; file: MediaFile };

function mediaUrl(kindDir: string, id: string, file: string, media: Map<string, MediaEntry>, root: string, dir: string, kind: MediaFile['kind']): string {
	const abs = join(dir, file);
	const key = relative(root, abs);
	let entry = media.get(key);
	if (!entry) {
		const bytes = readFileSync(abs);
		const dot = file.lastIndexOf('.');
		const stem = dot > 0 ? file.slice(0, dot) : file;
		const ext = dot > 0 ? file.slice(dot) : '';
		const url = `content/media/${kindDir}/${id}/${stem}.${hash(bytes, 8)}${ext}`;
		const sha256 = createHash('sha256').update(bytes).digest('hex');
		entry = { url, file: { url: `/${url}`, bytes: bytes.length, sha256, kind, owner: `${kindDir.replace(/s$/, '')}:${id}` } };
		media.set(key, entry);
	}
	return entry.file.url;
}

function toLocation(loc: PlaceFile['location']): Location {
	return loc.confidence === 'none' ? { confidence: 'none', ...(loc.note ? { note: loc.note } : {}) } : { ...loc };
}

/** What the road step needs of a location: its position, when it has one. */
function positionOf(loc: PlaceFile['location'] | undefined): { location?: { lat: number; lon: number; uncertaintyM: number } } {
	return loc && loc.confidence !== 'none' ? { location: loc } : {};
}

type Photos = { processed: ProcessedImages | undefined; out: PhotoOutput };

function compilePlace(entry: Entry<PlaceFile, import('./schema.ts').PlaceText>, lang: Lang, root: string, media: Map<string, MediaEntry>, photos: Photos): Place {
	const f = entry.facts;
	const { data: t, body, untranslated } = pickText(entry.texts, lang);
	const other = entry.texts[otherLang(lang)]?.data.name ?? t.name;
	const audioFile = f.audio?.[lang];
	return {
		id: entry.id,
		code: f.code,
		kind: f.kind,
		order: f.order ?? 1000,
		name: t.name,
		otherName: other,
		...(t.localName ? { localName: t.localName } : {}),
		summary: t.summary,
		aliases: t.aliases,
		html: renderMarkdown(body),
		untranslated,
		location: toLocation(f.location),
		...(f.commune ? { commune: f.commune } : {}),
		...(f.communeOld ? { communeOld: f.communeOld } : {}),
		...(f.district ? { district: f.district } : {}),
		routes: f.routes,
		...(f.partOf ? { partOf: f.partOf } : {}),
		hours: f.hours,
		...(t.hoursNote ? { hoursNote: t.hoursNote } : {}),
		tickets: {
			...(f.tickets.free !== undefined ? { free: f.tickets.free } : {}),
			...(f.tickets.prices ? { prices: f.tickets.prices.map((p) => ({ label: p.label[lang], vnd: p.vnd, asOf: p.asOf })) } : {}),
			...(f.tickets.source ? { source: f.tickets.source } : {}),
			...(f.tickets.checked ? { checked: f.tickets.checked } : {})
		},
		...(t.ticketsNote ? { ticketsNote: t.ticketsNote } : {}),
		...(f.bestMonths ? { bestMonths: f.bestMonths } : {}),
		...(t.season ? { season: t.season } : {}),
		...(f.timeNeededMin ? { timeNeededMin: f.timeNeededMin } : {}),
		...(t.timeNeeded ? { timeNeeded: t.timeNeeded } : {}),
		...(t.access ? { access: t.access } : {}),
		borderArea: f.borderArea,
		...(t.border ? { border: t.border } : {}),
		accessibility: f.accessibility,
		...(t.accessibility ? { accessibilityNote: t.accessibility } : {}),
		images: compileImages({ kind: 'place', id: entry.id, dir: entry.dir }, f.images, lang, photos.processed, photos.out),
		...(audioFile ? { audio: mediaUrl('places', entry.id, audioFile, media, root, entry.dir, 'audio') } : {}),
		sources: f.sources,
		checked: f.checked
	};
}

function compileRoute(entry: LoadedContent['routes'][number], lang: Lang, roads: ContentRoads | null): Route {
	const f = entry.facts;
	const roadLegs = roads?.legsOf.get(entry.id);
	const { data: t, body, untranslated } = pickText(entry.texts, lang);
	return {
		id: entry.id,
		...(f.number !== undefined ? { number: f.number } : {}),
		order: f.order ?? f.number ?? 1000,
		color: f.color,
		name: t.name,
		summary: t.summary,
		aliases: t.aliases,
		...(t.duration ? { duration: t.duration } : {}),
		html: renderMarkdown(body),
		untranslated,
		stops: f.stops,
		legs: f.legs.map((leg) => ({
			from: leg.from,
			to: leg.to,
			...(leg.km !== undefined ? { km: leg.km } : {}),
			...(leg.driveMin !== undefined ? { driveMin: leg.driveMin } : {}),
			...(leg.road ? { road: leg.road[lang] } : {}),
			...(leg.source ? { source: leg.source } : {})
		})),
		...(roadLegs ? { roadLegs } : {}),
		sources: f.sources,
		checked: f.checked
	};
}

function compileService(entry: Entry<ServiceFile, import('./schema.ts').ServiceText>, lang: Lang, photos: Photos): Service {
	const f = entry.facts;
	const { data: t, body, untranslated } = pickText(entry.texts, lang);
	return {
		id: entry.id,
		code: f.code,
		kind: f.kind,
		order: f.order ?? 1000,
		name: t.name,
		summary: t.summary,
		aliases: t.aliases,
		html: renderMarkdown(body),
		untranslated,
		places: f.places,
		...(f.location ? { location: toLocation(f.location) } : {}),
		...(f.commune ? { commune: f.commune } : {}),
		...(f.district ? { district: f.district } : {}),
		contact: f.contact,
		...(f.priceRange ? { priceRange: { ...f.priceRange, unit: f.priceRange.unit[lang] } } : {}),
		...(f.marketDays ? { marketDays: f.marketDays } : {}),
		...(f.generic ? { generic: true } : {}),
		languages: f.languages,
		hours: f.hours,
		...(f.images.length > 0 ? { images: compileImages({ kind: 'service', id: entry.id, dir: entry.dir }, f.images, lang, photos.processed, photos.out) } : {}),
		sources: f.sources,
		checked: f.checked
	};
}

function compilePage(entry: LoadedContent['pages'][number], lang: Lang): Page {
	const { data: t, body, untranslated } = pickText(entry.texts, lang);
	return { id: entry.id, title: t.title, summary: t.summary, html: renderMarkdown(body), untranslated };
}

function byOrder<T extends { order: number; id: string }>(a: T, b: T): number {
	return a.order - b.order || a.id.localeCompare(b.id);
}

type Searchable = {
	id: string;
	name: string;
	summary: string;
	aliases: string[];
	commune?: string;
	district?: string;
	location?: Location;
};

/** One search document from an entry's two languages (`en` is the Vietnamese entry when untranslated). */
function toSearchDoc(type: SearchDoc['type'], kind: SearchDoc['kind'], vi: Searchable, en: Searchable, extraAliases: string[] = []): SearchDoc {
	const loc = vi.location;
	return {
		ref: `${type}:${vi.id}`,
		type,
		id: vi.id,
		kind,
		name: { vi: vi.name, en: en.name },
		aliases: [...new Set([...vi.aliases, ...en.aliases, ...extraAliases])],
		...(vi.commune ? { commune: vi.commune } : {}),
		...(vi.district ? { district: vi.district } : {}),
		summary: { vi: vi.summary, en: en.summary },
		...(loc && isLocated(loc) ? { lat: loc.lat, lon: loc.lon } : {})
	};
}

/** Search documents cover both languages, so one index finds "Bản Giốc" and "Ban Gioc Waterfall". */
function searchDocs(vi: Bundle, en: Bundle): SearchDoc[] {
	const inEnglish = <T extends { id: string }>(list: T[]) => {
		const byId = new Map(list.map((e) => [e.id, e]));
		return (entry: T): T => byId.get(entry.id) ?? entry;
	};
	const place = inEnglish(en.places);
	const route = inEnglish(en.routes);
	const service = inEnglish(en.services);
	return [
		...vi.places.map((p) => toSearchDoc('place', p.kind, p, place(p), p.communeOld ? [p.communeOld] : [])),
		...vi.routes.map((r) => toSearchDoc('route', 'route', r, route(r))),
		...vi.services.map((s) => toSearchDoc('service', s.kind, s, service(s)))
	];
}

export type CompileOptions = {
	/** The public address of the guide, without a trailing slash (tools/site-url.ts). */
	siteUrl: string;
	/** The road step (tools/roads/content-roads.ts); without it there is no road file and no legs along roads. */
	roads?: RoadsBuilder;
	/** The photos, processed by tools/content/images/process-images.ts; required when an entry lists one. */
	images?: ProcessedImages;
	/** The detail basemap the project builds (tools/basemap/detail-build.ts), used when site.yaml names none. */
	detailBasemap?: () => { bytes: Uint8Array; attribution: string };
};

/** The detail basemap of the offline pack: the file site.yaml names, else the one the build made, else none. */
function detailBasemapOf(content: LoadedContent, built: CompileOptions['detailBasemap']) {
	const named = content.site?.basemap.detail;
	if (named) {
		const bytes = readFileSync(join(content.root, 'content', 'basemap', named.file));
		return { fileName: `content/basemap/${named.file}`, bytes, attribution: named.attribution };
	}
	if (!built) return null;
	const { bytes, attribution } = built();
	const name = `caobang-detail.${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.pmtiles`;
	return { fileName: `content/basemap/${name}`, bytes, attribution };
}

/** Compiles loaded, error-free content. */
export function compileContent(content: LoadedContent, { siteUrl, roads: buildRoads, images, detailBasemap }: CompileOptions): Compiled {
	const { site } = content;
	if (!site) throw new Error('content/site.yaml is required');
	const detail = detailBasemapOf(content, detailBasemap);
	const versionHash = createHash('sha256');
	for (const file of [...content.files].sort()) {
		versionHash.update(relative(content.root, file));
		versionHash.update(readFileSync(file));
	}
	for (const [abs, processed] of [...(images ?? new Map())].sort(([a], [b]) => a.localeCompare(b))) {
		versionHash.update(relative(content.root, abs));
		versionHash.update(processed.thumbhash);
		for (const v of processed.variants) versionHash.update(v.bytes);
	}
	const version = versionHash.digest('hex').slice(0, 12);
	const media = new Map<string, MediaEntry>();
	const photos: Photos = { processed: images, out: createPhotoOutput() };
	const roads = buildRoads
		? buildRoads(
				toLocatedEntries([
					...content.places.map((p) => ({ id: p.id, type: 'place' as const, data: positionOf(p.facts.location) })),
					...content.services.map((s) => ({ id: s.id, type: 'service' as const, data: positionOf(s.facts.location) }))
				]),
				content.routes.map((r) => ({ id: r.id, stops: r.facts.stops }))
			)
		: null;

	const bundles = {} as Record<Lang, Bundle>;
	const codes = codesById(content);
	for (const lang of LANGS) {
		bundles[lang] = nfc({
			lang,
			version,
			...(content.changelog && content.changelog.length > 0 ? { history: historyFor(content.changelog, lang) } : {}),
			site: {
				title: site.title[lang],
				description: site.description[lang],
				siteUrl: siteUrl.replace(/\/$/, ''),
				emergency: site.emergency.map((e) => ({ number: e.number, label: e.label[lang] })),
				...(detail ? { detailBasemap: { url: `/${detail.fileName}`, attribution: detail.attribution } } : {})
			},
			places: content.places.map((p) => compilePlace(p, lang, content.root, media, photos)).sort(byOrder),
			routes: content.routes.map((r) => compileRoute(r, lang, roads)).sort(byOrder),
			services: content.services.map((s) => compileService(s, lang, photos)).sort(byOrder),
			pages: content.pages.map((p) => compilePage(p, lang)),
			trips: content.trips
				.map((t) => {
					const text = pickText(t.texts, lang);
					return compileTrip(t, text, renderMarkdown(text.body), codes);
				})
				.sort(byOrder)
		});
	}

	const files: CompiledFile[] = [];
	const bundleUrls = {} as Record<Lang, string>;
	for (const lang of LANGS) {
		const source = JSON.stringify(bundles[lang]);
		const fileName = `content/${lang}.${hash(source)}.json`;
		files.push({ fileName, source });
		bundleUrls[lang] = `/${fileName}`;
	}
	const search = buildSearchIndex(searchDocs(bundles.vi, bundles.en));
	const searchName = `content/search.${hash(search)}.json`;
	files.push({ fileName: searchName, source: search });
	let roadsUrl: string | undefined;
	if (roads) {
		const source = JSON.stringify(roads.file);
		const fileName = `content/roads.${hash(source)}.json`;
		files.push({ fileName, source });
		roadsUrl = `/${fileName}`;
	}
	const mediaFiles: MediaFile[] = [...photos.out.media.values()];
	for (const file of photos.out.files.values()) files.push(file);
	for (const [rel, entry] of media) {
		files.push({ fileName: entry.url, source: readFileSync(join(content.root, rel)) });
		mediaFiles.push(entry.file);
	}
	if (detail) {
		const { fileName, bytes } = detail;
		files.push({ fileName, source: bytes });
		mediaFiles.push({ url: `/${fileName}`, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), kind: 'basemap', owner: 'site' });
	}

	const withGuide = [...photos.out.files.values()].filter((f) => f.fileName.startsWith('content/photos/'));
	const photosWithGuide = { files: withGuide.length, bytes: withGuide.reduce((sum, f) => sum + f.source.length, 0) };
	const manifest: ContentManifest = {
		version,
		bundles: bundleUrls,
		search: `/${searchName}`,
		...(roadsUrl ? { roads: roadsUrl } : {}),
		media: mediaFiles,
		...(photosWithGuide.files > 0 ? { photos: photosWithGuide } : {})
	};
	files.push({ fileName: 'content/manifest.json', source: JSON.stringify(manifest) });
	return { version, bundles, manifest, files };
}
