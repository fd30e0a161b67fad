/**
 * The web editor's (Sveltia CMS, /admin) configuration, derived from the content schema
 * (tools/content/schema.ts): one field per schema field, with its label and hint in both languages
 * (field-labels.ts), whether it is required, its enum values, its pattern, its limits. The
 * generated file is src/admin/cms-config.json (gen-config.ts); a test fails when it and the
 * schema drift apart. What the CMS cannot express (province bounds, sources of prices, parity of
 * translations, codes never reused) stays with `npm run content:check`.
 */
import type { z } from 'zod';
import { FORMAT_WORDS } from '../content/field-words.ts';
import { MAX_BYTES } from '../content/images/check-images.ts';
import {
	pageText,
	placeFile,
	placeText,
	retiredCodesFile,
	routeFile,
	routeText,
	serviceFile,
	serviceText,
	siteFile
} from '../content/schema.ts';
import { fieldWords } from './field-labels.ts';

export type CmsField = { name: string; label: string; widget: string; [option: string]: unknown };
export type CmsCollection = { name: string; label: string; [option: string]: unknown };

/** Where the per-language text of an entry lives: `place.vi.md` (one i18n collection) or today's `vi.md`. */
export type Layout = 'per-locale' | 'per-folder';

/** Zod's own description of a schema node (zod 4 keeps it under `_zod.def`). */
type Def = {
	type: string;
	innerType?: z.ZodType;
	defaultValue?: unknown;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	items?: z.ZodType[];
	options?: z.ZodType[];
	discriminator?: string;
	entries?: Record<string, string>;
	values?: unknown[];
	format?: string;
	checks?: { _zod: { def: Check } }[];
};
type Check = {
	check: string;
	minimum?: number;
	maximum?: number;
	value?: number;
	format?: string;
	pattern?: RegExp;
	error?: (issue: unknown) => unknown;
};

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const checks = (d: Def): Check[] => (d.checks ?? []).map((c) => c._zod.def);

/** "Tên · Name": Vietnamese first, the office's language. */
const both = (w: { vi: string; en: string }) => `${w.vi} · ${w.en}`;

/** Keys the schema has and field-labels.ts does not: the drift test lists them. */
export const unlabelled = new Set<string>();

function words(key: string): { label: string; hint?: string } {
	const w = fieldWords(key);
	if (!w) {
		unlabelled.add(key);
		return { label: key };
	}
	return { label: both(w.label), ...(w.hint ? { hint: both(w.hint) } : {}) };
}

/** The words of a regex's error code (schema.ts names them: 'date', 'time', 'id' …). */
function patternMessage(check: Check): string {
	const code = typeof check.error === 'function' ? check.error({}) : undefined;
	const w = typeof code === 'string' ? FORMAT_WORDS[code] : undefined;
	return w ? both(w) : `${check.pattern}`;
}

/** A link the guide may open (schema.ts isSafeLink): https/http with a host, tel:, mailto:, geo:, or a path on this site. */
export const LINK_PATTERN = '^(https?://[^/\\s]+|tel:|mailto:|geo:|/(?![/\\\\]))';
const LINK_MESSAGE = both({
	vi: 'dùng https://, http://, tel:, mailto:, geo: hoặc liên kết bắt đầu bằng /',
	en: 'use https://, http://, tel:, mailto:, geo: or a link starting with /'
});

function stringOptions(d: Def): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	if (d.format === 'email') out.type = 'email';
	if (d.format === 'url') Object.assign(out, { type: 'url', pattern: ['^https?://[^/\\s]+', both(FORMAT_WORDS.url!)] });
	for (const c of checks(d)) {
		if (c.check === 'min_length' && (c.minimum ?? 0) > 1) out.minlength = c.minimum;
		if (c.check === 'max_length') out.maxlength = c.maximum;
		if (c.check === 'string_format' && c.format === 'regex' && c.pattern) {
			out.pattern = [c.pattern.source, patternMessage(c)];
		}
		if (c.check === 'custom') out.pattern = [LINK_PATTERN, LINK_MESSAGE];
	}
	return out;
}

function numberOptions(d: Def): Record<string, unknown> {
	const out: Record<string, unknown> = { value_type: 'float' };
	for (const c of checks(d)) {
		if (c.check === 'number_format' && /int/.test(c.format ?? '')) out.value_type = 'int';
		if (c.check === 'greater_than') out.min = c.value;
		if (c.check === 'less_than') out.max = c.value;
	}
	return out;
}

/** The field for one value of the schema, without name, label or required (fieldOf adds them). */
function widgetOf(schema: z.ZodType, key: string): Record<string, unknown> {
	const d = def(schema);
	switch (d.type) {
		case 'string':
			return { widget: 'string', ...stringOptions(d) };
		case 'number':
			return { widget: 'number', ...numberOptions(d) };
		case 'boolean':
			return { widget: 'boolean' };
		case 'enum':
			return { widget: 'select', options: Object.values(d.entries ?? {}) };
		case 'literal':
			return { widget: 'select', options: d.values ?? [] };
		case 'object':
			return { widget: 'object', fields: fieldsOf(schema) };
		case 'union':
			return variantsOf(d, key);
		case 'tuple': {
			const items = d.items ?? [];
			const first = items[0];
			if (!first) throw new Error(`"${key}": an empty tuple`);
			return {
				widget: 'list',
				field: { name: key, label: words(key).label, ...widgetOf(first, key) },
				min: items.length,
				max: items.length
			};
		}
		case 'array':
			return listOf(d, key);
		case 'pipe':
		case 'optional':
		case 'default':
			return widgetOf(d.innerType!, key);
		default:
			throw new Error(`"${key}": the CMS generator does not know zod's "${d.type}"; teach tools/cms/cms-config.ts`);
	}
}

function listOf(d: Def, key: string): Record<string, unknown> {
	const element = d.element!;
	const limits: Record<string, unknown> = {};
	for (const c of checks(d)) if (c.check === 'min_length') limits.min = c.minimum;
	const inner = widgetOf(element, key);
	if (inner.widget === 'select') return { ...inner, multiple: true, ...limits };
	if (inner.widget === 'object') return { widget: 'list', fields: inner.fields, ...limits };
	return { widget: 'list', field: { name: key, label: words(key).label, ...inner }, ...limits };
}

/** A discriminated union (location): one variable type per value of the discriminator. */
function variantsOf(d: Def, key: string): Record<string, unknown> {
	const typeKey = d.discriminator;
	if (!typeKey) throw new Error(`"${key}": a union without a discriminator cannot become a CMS field`);
	const types = (d.options ?? []).flatMap((option) => {
		const shape = def(option).shape ?? {};
		const tag = def(shape[typeKey]!);
		const names = tag.type === 'enum' ? Object.values(tag.entries ?? {}) : (tag.values ?? []).map(String);
		const fields = Object.entries(def(option).shape ?? {})
			.filter(([name]) => name !== typeKey)
			.map(([name, value]) => fieldOf(name, value));
		return names.map((name) => ({ name, label: name, widget: 'object', fields }));
	});
	return { widget: 'object', typeKey, types };
}

/** One named field: its widget, its words, and whether the editor must fill it in. */
export function fieldOf(key: string, schema: z.ZodType): CmsField {
	const d = def(schema);
	const optional = d.type === 'optional' || d.type === 'default';
	const out: CmsField = { name: key, ...words(key), widget: 'string', ...widgetOf(schema, key) } as CmsField;
	out.required = !optional;
	const dflt = d.type === 'default' ? d.defaultValue : undefined;
	if (typeof dflt === 'boolean' || typeof dflt === 'string' || typeof dflt === 'number') out.default = dflt;
	return out;
}

export function fieldsOf(schema: z.ZodType): CmsField[] {
	return Object.entries(def(schema).shape ?? {}).map(([key, value]) => fieldOf(key, value));
}

const SLUG = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };

const BODY: CmsField = { name: 'body', ...words('body'), widget: 'markdown', i18n: true, required: false };

/** What the editor says above a kind's texts. */
const TEXTS_DESCRIPTION = both({
	vi: 'Chữ tiếng Việt và tiếng Anh, cạnh nhau. Mục mới: dùng đúng tên thư mục đã đặt cho phần thông tin chung.',
	en: 'Vietnamese and English texts, side by side. A new entry: use the same folder name as its facts.'
});

/** The text collection of one kind (places, routes, services, pages): both languages side by side. */
function textCollection(name: string, label: string, folder: string, file: string, schema: z.ZodType, layout: Layout): CmsCollection[] {
	const fields = [...fieldsOf(schema).map((f) => ({ ...f, i18n: true })), BODY];
	const summary = fields.some((f) => f.name === 'name') ? '{{name}}' : '{{title}}';
	const common = { folder: `content/${folder}`, extension: 'md', format: 'frontmatter', create: true, summary };
	if (layout === 'per-locale') {
		const identifier_field = summary.slice(2, -2);
		return [
			{
				name,
				label,
				description: TEXTS_DESCRIPTION,
				...common,
				path: `{{slug}}/${file}`,
				identifier_field,
				slug: '{{fields._slug}}',
				i18n: true,
				fields
			}
		];
	}
	const plain = fields.map(({ i18n: _i18n, ...f }) => f);
	return (['vi', 'en'] as const).map((lang) => ({
		name: `${name}-${lang}`,
		label: `${label} (${lang})`,
		...common,
		path: `{{slug}}/${lang}`,
		slug: '{{fields._slug}}',
		fields: plain
	}));
}

/**
 * A photo's `file` as an image field: the office picks or drops a JPEG or PNG in the editor, and it is stored in the
 * entry's own folder beside place.yaml (the collection's entry-relative media folder), its name written as the value,
 * as editors write it by hand. content:check still checks size, width and GPS (tools/content/images/).
 */
export const PHOTO_FILE = {
	widget: 'image',
	accept: 'image/jpeg,image/png',
	choose_url: false,
	media_library: { max_file_size: MAX_BYTES }
} as const;

function withPhotoUploads(fields: CmsField[]): CmsField[] {
	return fields.map((f) =>
		f.name === 'images' && Array.isArray(f.fields)
			? { ...f, fields: (f.fields as CmsField[]).map((sub) => (sub.name === 'file' ? { ...sub, ...PHOTO_FILE } : sub)) }
			: f
	);
}

/** What the editor says above a kind's facts: they are one of two entries of the same folder. */
const FACTS_DESCRIPTION = both({
	vi: 'Một mục mới cần hai phần cùng tên thư mục: phần thông tin chung này (tệp .yaml) và phần chữ hai thứ tiếng. Tên thư mục viết không dấu, nối bằng dấu gạch ngang, ví dụ hang-moi.',
	en: 'A new entry takes two parts with the same folder name: these facts (the .yaml file) and the texts in both languages. Write the folder name without accents, joined by hyphens, e.g. new-cave.'
});

/** The language-neutral facts of one kind (place.yaml …), one entry per folder; photos go in the same folder. */
function factsCollection(name: string, label: string, folder: string, file: string, schema: z.ZodType): CmsCollection {
	return {
		name,
		label,
		description: FACTS_DESCRIPTION,
		folder: `content/${folder}`,
		path: `{{slug}}/${file}`,
		extension: 'yaml',
		format: 'yaml',
		create: true,
		slug: '{{fields._slug}}',
		summary: '{{slug}}',
		media_folder: '',
		public_folder: '',
		fields: withPhotoUploads(fieldsOf(schema))
	};
}

/** The whole configuration except `backend` (the Git host the office chose: src/admin/backend.json). */
export function cmsConfig(layout: Layout = 'per-locale') {
	unlabelled.clear();
	const collections: CmsCollection[] = [
		...textCollection('places', 'Địa điểm · Places', 'places', 'place', placeText, layout),
		factsCollection('place-facts', 'Địa điểm: thông tin chung · Places: facts', 'places', 'place', placeFile),
		...textCollection('routes', 'Tuyến · Routes', 'routes', 'route', routeText, layout),
		factsCollection('route-facts', 'Tuyến: thông tin chung · Routes: facts', 'routes', 'route', routeFile),
		...textCollection('services', 'Dịch vụ · Services', 'services', 'service', serviceText, layout),
		factsCollection('service-facts', 'Dịch vụ: thông tin chung · Services: facts', 'services', 'service', serviceFile),
		...textCollection('pages', 'Trang · Pages', 'pages', 'page', pageText, layout),
		{
			name: 'settings',
			label: 'Cài đặt · Settings',
			files: [
				{ name: 'site', label: 'Cẩm nang · Guide (site.yaml)', file: 'content/site.yaml', format: 'yaml', fields: fieldsOf(siteFile) },
				{
					name: 'retired-codes',
					label: 'Mã đã xóa · Retired codes',
					file: 'content/retired-codes.yaml',
					format: 'yaml',
					fields: fieldsOf(retiredCodesFile)
				}
			]
		}
	];
	return {
		i18n: { structure: 'multiple_files', locales: ['vi', 'en'], default_locale: 'vi' },
		slug: SLUG,
		// An optional field left empty is left out of the file, as editors write them by hand.
		output: { omit_empty_optional_fields: true },
		media_folder: '',
		public_folder: '',
		collections
	};
}
