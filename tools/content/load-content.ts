/**
 * Loads every file under content/, validates it against the schema and the cross-references
 * between entries, and collects problems for editors. Nothing here writes files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import {
	pageText,
	placeFile,
	placeText,
	routeFile,
	routeText,
	serviceFile,
	serviceText,
	siteFile,
	contentId,
	type PageText,
	type PlaceFile,
	type PlaceText,
	type RouteFile,
	type RouteText,
	type ServiceFile,
	type ServiceText,
	type SiteFile
} from './schema.ts';
import { describeIssue, fieldName, type Words } from './messages.ts';
import { readMarkdown, readYaml, type Parsed, type ParsedMarkdown } from './read-files.ts';
import { pointInGeometry } from '../../src/lib/domain/geo/point-in-polygon.ts';
import type { Lang } from '../../src/lib/domain/content/types.ts';

export type Severity = 'error' | 'warning';
export type Problem = { severity: Severity; file: string; line: number; field: string } & Words;

export type Texts<T> = { vi?: { data: T; body: string; file: string }; en?: { data: T; body: string; file: string } };

export type Entry<F, T> = { id: string; dir: string; facts: F; texts: Texts<T> };

export type LoadedContent = {
	root: string;
	site?: SiteFile;
	places: Entry<PlaceFile, PlaceText>[];
	routes: Entry<RouteFile, RouteText>[];
	services: Entry<ServiceFile, ServiceText>[];
	pages: Entry<null, PageText>[];
	/** Every file read, for the content version hash. */
	files: string[];
	/** Every entry folder, valid or not, so one broken file does not cascade into "unknown id" errors. */
	folders: { places: string[]; routes: string[]; services: string[] };
};

export type ProvinceOutline = { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };

const LANG_NAMES: Record<Lang, Words> = {
	vi: { en: 'Vietnamese', vi: 'tiếng Việt' },
	en: { en: 'English', vi: 'tiếng Anh' }
};

class Collector {
	readonly problems: Problem[] = [];
	add(severity: Severity, file: string, line: number, field: string, words: Words): void {
		this.problems.push({ severity, file, line, field, ...words });
	}
}

function listDirs(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
		.sort();
}

function validate<S extends z.ZodType>(schema: S, parsed: Parsed, out: Collector): z.infer<S> | undefined {
	if (parsed.syntaxError) {
		out.add('error', parsed.file, parsed.syntaxError.line, '', {
			en: `the file cannot be read: ${parsed.syntaxError.message === 'frontmatter' ? 'it must start with a --- block (name, summary …) closed by ---' : `YAML syntax error (${parsed.syntaxError.message}); check indentation and quotes`}`,
			vi: `không đọc được tệp: ${parsed.syntaxError.message === 'frontmatter' ? 'tệp phải mở đầu bằng khối --- (name, summary …) và đóng bằng ---' : 'lỗi cú pháp YAML; kiểm tra thụt lề và dấu nháy'}`
		});
		return undefined;
	}
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		const words = describeIssue(issue, parsed.data);
		// Point at the misspelt key itself, not at the start of its block.
		const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
		out.add('error', parsed.file, parsed.lineOf(path), fieldName(path), words);
	}
	return undefined;
}

function readTexts<T>(
	schema: z.ZodType<T>,
	dir: string,
	root: string,
	out: Collector,
	files: string[]
): Texts<T> {
	const texts: Texts<T> = {};
	for (const lang of ['vi', 'en'] as const) {
		const abs = join(dir, `${lang}.md`);
		const rel = relative(root, abs);
		if (!existsSync(abs)) {
			const langName = LANG_NAMES[lang];
			out.add(lang === 'vi' ? 'error' : 'warning', rel, 1, '', {
				en: `is missing: there is no ${langName.en} text yet${lang === 'en' ? ', so the Vietnamese text is shown with a note' : ''}`,
				vi: `chưa có: thiếu bản ${langName.vi}${lang === 'en' ? ', nên bản tiếng Việt sẽ được hiển thị kèm ghi chú' : ''}`
			});
			continue;
		}
		files.push(abs);
		const parsed: ParsedMarkdown = readMarkdown(abs, rel);
		const data = validate(schema, parsed, out);
		if (data !== undefined) {
			if (parsed.body.trim() === '') {
				out.add('warning', rel, 1, 'body', {
					en: 'has no description below the --- block',
					vi: 'chưa có phần mô tả bên dưới khối ---'
				});
			}
			texts[lang] = { data, body: parsed.body, file: rel };
		}
	}
	return texts;
}

function readEntry<F, T>(
	kindDir: string,
	yamlName: string | null,
	factsSchema: z.ZodType<F> | null,
	textSchema: z.ZodType<T>,
	root: string,
	out: Collector,
	files: string[]
): Entry<F, T>[] {
	const entries: Entry<F, T>[] = [];
	const base = join(root, 'content', kindDir);
	for (const id of listDirs(base)) {
		const dir = join(base, id);
		const relDir = relative(root, dir);
		if (!contentId.safeParse(id).success) {
			out.add('error', relDir, 1, 'id', {
				en: `the folder name "${id}" is not a valid id: use lowercase letters, digits and dashes, e.g. ban-gioc-waterfall`,
				vi: `tên thư mục "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang, ví dụ ban-gioc-waterfall`
			});
			continue;
		}
		let facts: F | undefined = null as F;
		if (yamlName && factsSchema) {
			const abs = join(dir, yamlName);
			if (!existsSync(abs)) {
				out.add('error', relative(root, abs), 1, '', {
					en: `is missing: every entry needs a ${yamlName} with its facts`,
					vi: `chưa có: mỗi mục cần tệp ${yamlName} chứa thông tin`
				});
				facts = undefined;
			} else {
				files.push(abs);
				facts = validate(factsSchema, readYaml(abs, relative(root, abs)), out);
			}
		}
		const texts = readTexts(textSchema, dir, root, out, files);
		if (facts !== undefined && (texts.vi || texts.en)) entries.push({ id, dir, facts, texts });
	}
	return entries;
}

/** Loads and checks everything under `<root>/content`. */
export function loadContent(root: string, province: ProvinceOutline): { content: LoadedContent; problems: Problem[] } {
	const out = new Collector();
	const files: string[] = [];
	const sitePath = join(root, 'content', 'site.yaml');
	let site: SiteFile | undefined;
	if (existsSync(sitePath)) {
		files.push(sitePath);
		const parsedSite = readYaml(sitePath, relative(root, sitePath));
		site = validate(siteFile, parsedSite, out);
		const detail = site?.basemap.detail;
		if (detail && !existsSync(join(root, 'content', 'basemap', detail.file))) {
			out.add('error', parsedSite.file, parsedSite.lineOf(['basemap', 'detail', 'file']), 'basemap.detail.file', {
				en: `the detail map "${detail.file}" is not in content/basemap/`,
				vi: `không thấy bản đồ chi tiết "${detail.file}" trong content/basemap/`
			});
		}
	} else {
		out.add('error', 'content/site.yaml', 1, '', { en: 'is missing', vi: 'chưa có' });
	}

	const places = readEntry('places', 'place.yaml', placeFile, placeText, root, out, files);
	const routes = readEntry('routes', 'route.yaml', routeFile, routeText, root, out, files);
	const services = readEntry('services', 'service.yaml', serviceFile, serviceText, root, out, files);
	const pages = readEntry<null, PageText>('pages', null, null, pageText, root, out, files);
	const folders = {
		places: listDirs(join(root, 'content', 'places')),
		routes: listDirs(join(root, 'content', 'routes')),
		services: listDirs(join(root, 'content', 'services'))
	};
	const content: LoadedContent = { root, places, routes, services, pages, files, folders, ...(site ? { site } : {}) };

	checkReferences(content, province, out);
	return { content, problems: out.problems };
}

function yamlLines(root: string, dir: string, name: string): Parsed {
	const abs = join(dir, name);
	return readYaml(abs, relative(root, abs));
}

function checkReferences(content: LoadedContent, province: ProvinceOutline, out: Collector): void {
	const { root } = content;
	const placeIds = new Set(content.folders.places);
	const routeIds = new Set(content.folders.routes);
	const serviceIds = new Set(content.folders.services);

	for (const id of serviceIds) {
		if (placeIds.has(id)) {
			out.add('error', `content/services/${id}`, 1, 'id', {
				en: `duplicate id: "${id}" is already used by content/places/${id}; give the service its own folder name`,
				vi: `trùng mã: "${id}" đã được dùng cho content/places/${id}; hãy đặt tên thư mục khác cho dịch vụ`
			});
		}
	}

	for (const place of content.places) {
		const parsed = yamlLines(root, place.dir, 'place.yaml');
		const loc = place.facts.location;
		if (loc.confidence !== 'none' && !pointInGeometry([loc.lon, loc.lat], province)) {
			out.add('error', parsed.file, parsed.lineOf(['location', 'lat']), 'location', {
				en: `the point ${loc.lat}, ${loc.lon} is outside Cao Bằng province; check that lat and lon are not swapped`,
				vi: `điểm ${loc.lat}, ${loc.lon} nằm ngoài tỉnh Cao Bằng; kiểm tra xem lat và lon có bị đảo không`
			});
		}
		place.facts.routes.forEach((routeId, i) => {
			if (!routeIds.has(routeId)) {
				out.add('error', parsed.file, parsed.lineOf(['routes', i]), `routes[${i}]`, {
					en: `there is no route "${routeId}" in content/routes/`,
					vi: `không có tuyến "${routeId}" trong content/routes/`
				});
				return;
			}
			const route = content.routes.find((r) => r.id === routeId);
			if (route && !route.facts.stops.includes(place.id)) {
				out.add('warning', parsed.file, parsed.lineOf(['routes', i]), `routes[${i}]`, {
					en: `the route "${routeId}" does not list this place among its stops`,
					vi: `tuyến "${routeId}" không có địa điểm này trong danh sách điểm dừng`
				});
			}
		});
		checkDatedFacts(place.facts, parsed, out);
		place.facts.images.forEach((image, i) => {
			if (!existsSync(join(place.dir, image.file))) {
				out.add('error', parsed.file, parsed.lineOf(['images', i, 'file']), `images[${i}].file`, {
					en: `the photo "${image.file}" is not in the folder ${relative(root, place.dir)}`,
					vi: `không thấy ảnh "${image.file}" trong thư mục ${relative(root, place.dir)}`
				});
			}
		});
		for (const lang of ['vi', 'en'] as const) {
			const file = place.facts.audio?.[lang];
			if (file && !existsSync(join(place.dir, file))) {
				out.add('error', parsed.file, parsed.lineOf(['audio', lang]), `audio.${lang}`, {
					en: `the audio file "${file}" is not in the folder`,
					vi: `không thấy tệp âm thanh "${file}" trong thư mục`
				});
			}
		}
	}

	for (const route of content.routes) {
		const parsed = yamlLines(root, route.dir, 'route.yaml');
		const seen = new Set<string>();
		route.facts.stops.forEach((stop, i) => {
			if (!placeIds.has(stop)) {
				out.add('error', parsed.file, parsed.lineOf(['stops', i]), `stops[${i}]`, {
					en: `there is no place "${stop}" in content/places/ (check the spelling of the folder name)`,
					vi: `không có địa điểm "${stop}" trong content/places/ (kiểm tra tên thư mục)`
				});
			}
			if (seen.has(stop)) {
				out.add('error', parsed.file, parsed.lineOf(['stops', i]), `stops[${i}]`, {
					en: `duplicate stop: "${stop}" is already listed earlier in this route`,
					vi: `trùng điểm dừng: "${stop}" đã có ở phía trên trong tuyến này`
				});
			}
			seen.add(stop);
		});
		route.facts.legs.forEach((leg, i) => {
			const from = route.facts.stops.indexOf(leg.from);
			if (from < 0 || route.facts.stops[from + 1] !== leg.to) {
				out.add('error', parsed.file, parsed.lineOf(['legs', i]), `legs[${i}]`, {
					en: `"${leg.from}" → "${leg.to}" is not a pair of consecutive stops of this route`,
					vi: `"${leg.from}" → "${leg.to}" không phải hai điểm dừng liền nhau của tuyến`
				});
			}
			if ((leg.km !== undefined || leg.driveMin !== undefined) && !leg.source) {
				out.add('error', parsed.file, parsed.lineOf(['legs', i]), `legs[${i}].source`, {
					en: 'a distance or driving time needs a source',
					vi: 'quãng đường hoặc thời gian lái xe cần có nguồn'
				});
			}
		});
	}

	for (const service of content.services) {
		const parsed = yamlLines(root, service.dir, 'service.yaml');
		service.facts.places.forEach((placeId, i) => {
			if (!placeIds.has(placeId)) {
				out.add('error', parsed.file, parsed.lineOf(['places', i]), `places[${i}]`, {
					en: `there is no place "${placeId}" in content/places/`,
					vi: `không có địa điểm "${placeId}" trong content/places/`
				});
			}
		});
		const loc = service.facts.location;
		if (loc && loc.confidence !== 'none' && !pointInGeometry([loc.lon, loc.lat], province)) {
			out.add('error', parsed.file, parsed.lineOf(['location', 'lat']), 'location', {
				en: `the point ${loc.lat}, ${loc.lon} is outside Cao Bằng province`,
				vi: `điểm ${loc.lat}, ${loc.lon} nằm ngoài tỉnh Cao Bằng`
			});
		}
		checkDatedFacts(service.facts, parsed, out);
	}
}

type DatedFacts = Pick<PlaceFile, 'hours'> & { tickets?: PlaceFile['tickets'] };

/** Prices and hours are only shown with the date they were checked and where they come from. */
function checkDatedFacts(facts: DatedFacts, parsed: Parsed, out: Collector): void {
	const t = facts.tickets;
	if (t && (t.prices?.length || t.free)) {
		if (!t.checked) {
			out.add('error', parsed.file, parsed.lineOf(['tickets']), 'tickets.checked', {
				en: 'a price needs the date it was checked (checked: YYYY-MM-DD); visitors must know how old it is',
				vi: 'giá vé cần ngày kiểm tra (checked: YYYY-MM-DD) để du khách biết thông tin cũ hay mới'
			});
		}
		if (!t.source) {
			out.add('error', parsed.file, parsed.lineOf(['tickets']), 'tickets.source', {
				en: 'a price needs a source (source: https://…)',
				vi: 'giá vé cần có nguồn (source: https://…)'
			});
		}
	}
	const h = facts.hours;
	if (h.rules?.length || h.always) {
		if (!h.checked || !h.source) {
			out.add('error', parsed.file, parsed.lineOf(['hours']), h.checked ? 'hours.source' : 'hours.checked', {
				en: 'opening hours need a source and the date they were checked',
				vi: 'giờ mở cửa cần có nguồn và ngày kiểm tra'
			});
		}
	}
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

/** `file:line field: English — Vietnamese`, the line an editor sees. */
export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}`;
	return `${where}${p.field ? ` ${p.field}` : ''}: ${p.en} — ${p.vi}`;
}
