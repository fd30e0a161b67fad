/**
 * The web editor's configuration (src/admin/cms-config.json) is the content schema's: it is what
 * the generator writes today, and each field agrees with schema.ts on what is required, the
 * allowed values, the patterns and the limits; every field has words in both languages.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeFile, placeText, routeFile, serviceFile, isSafeLink } from '../content/schema.ts';
import { cmsConfig, LINK_PATTERN, unlabelled, type CmsField } from './cms-config.ts';
import { CONFIG_FILE, configText } from './gen-config.ts';
import { MAX_BYTES } from '../content/images/check-images.ts';

type Collection = { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] };
const committed = JSON.parse(readFileSync(CONFIG_FILE, 'utf8')) as { collections: Collection[] };
const collection = (name: string) => committed.collections.find((c) => c.name === name)!;
const field = (fields: CmsField[] | undefined, path: string): CmsField => {
	const [head, ...rest] = path.split('.');
	const f = fields?.find((x) => x.name === head);
	if (!f) throw new Error(`no field ${path}`);
	return rest.length ? field(f.fields as CmsField[], rest.join('.')) : f;
};

describe('the web editor configuration', () => {
	it('is what tools/cms/gen-config.ts writes from the schema today (run it after changing schema.ts)', async () => {
		expect(readFileSync(CONFIG_FILE, 'utf8')).toBe(await configText());
	});

	it('has a label in both languages for every field of the schema (tools/cms/field-labels.ts)', () => {
		cmsConfig();
		expect([...unlabelled]).toEqual([]);
		const fieldLabels = committed.collections.flatMap((c) => [...(c.fields ?? []), ...(c.files ?? []).flatMap((f) => f.fields)]);
		for (const f of fieldLabels) expect(f.label, f.name).toMatch(/ · /);
	});

	it('has one field per schema field, required exactly where the schema requires it', () => {
		const check = (fields: CmsField[] | undefined, shape: Record<string, { _zod: { def: { type: string } } }>) => {
			expect((fields ?? []).map((f) => f.name).filter((n) => n !== 'body')).toEqual(Object.keys(shape));
			for (const [key, value] of Object.entries(shape)) {
				const optional = ['optional', 'default'].includes(value._zod.def.type);
				expect(field(fields, key).required, key).toBe(!optional);
			}
		};
		check(collection('place-facts').fields, placeFile.shape as never);
		check(collection('places').fields, placeText.shape as never);
		check(collection('route-facts').fields, routeFile.shape as never);
		check(collection('service-facts').fields, serviceFile.shape as never);
	});

	it("offers the schema's values and patterns, and its limits", () => {
		const facts = collection('place-facts').fields;
		expect(field(facts, 'kind').options).toEqual(placeFile.shape.kind.options);
		expect(field(facts, 'checked').pattern).toEqual([
			String.raw`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$`,
			'ngày viết dạng YYYY-MM-DD, ví dụ 2026-11-22 · a date written as YYYY-MM-DD, e.g. 2026-11-22'
		]);
		expect(field(facts, 'code')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 999_999, required: true });
		expect(field(facts, 'sources')).toMatchObject({ widget: 'list', min: 1 });
		expect(field(facts, 'location')).toMatchObject({ typeKey: 'confidence' });
		expect((field(facts, 'location').types as { name: string }[]).map((t) => t.name)).toEqual([
			'strong',
			'single-source',
			'derived',
			'commune-area',
			'none'
		]);
		expect(field(collection('places').fields, 'summary')).toMatchObject({ maxlength: 200, i18n: true });
		expect(field(collection('route-facts').fields, 'color').pattern).toEqual(['^#[0-9a-f]{6}$', expect.any(String)]);
	});

	it('lets through exactly the links the guide accepts (schema.ts isSafeLink)', () => {
		const pattern = new RegExp(LINK_PATTERN);
		for (const link of ['https://example.vn', 'http://a.b/c', 'tel:+842063852000', 'mailto:a@b.vn', 'geo:22.8,106.7', '/about']) {
			expect([link, pattern.test(link)]).toEqual([link, isSafeLink(link)]);
		}
		for (const link of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'https://', 'ftp://x.vn']) {
			expect([link, pattern.test(link)]).toEqual([link, isSafeLink(link)]);
		}
	});

	it('keeps each language in its own file beside the facts: place.vi.md, place.en.md and place.yaml', () => {
		expect(collection('places')).toMatchObject({ folder: 'content/places', path: '{{slug}}/place', extension: 'md', i18n: true });
		expect(collection('place-facts')).toMatchObject({ folder: 'content/places', path: '{{slug}}/place', extension: 'yaml' });
		expect(cmsConfig().i18n).toEqual({ structure: 'multiple_files', locales: ['vi', 'en'], default_locale: 'vi' });
	});

	it("takes a place's photo in the editor and stores it beside place.yaml, under the name the schema expects", () => {
		for (const name of ['place-facts', 'service-facts']) {
			expect(collection(name), name).toMatchObject({ media_folder: '', public_folder: '' });
			const images = field(collection(name).fields, 'images');
			expect(field(images.fields as CmsField[], 'file'), name).toMatchObject({
				widget: 'image',
				accept: 'image/jpeg,image/png',
				choose_url: false,
				media_library: { max_file_size: MAX_BYTES },
				required: true
			});
			// Alt text in both languages, credit and licence stay plain fields of the same photo.
			expect((images.fields as CmsField[]).map((f) => f.name)).toEqual(['file', 'alt', 'credit', 'licence', 'gpsIntended']);
		}
		// Only the photos: the detail basemap's `file` in site.yaml stays a file name typed by hand.
		const site = committed.collections.find((c) => c.name === 'settings')!.files![0]!;
		expect(JSON.stringify(site.fields)).not.toContain('"widget":"image"');
	});

	it('creates a new place as place.yaml plus place.vi.md and place.en.md in one folder named by the office', () => {
		const texts = collection('places');
		const facts = collection('place-facts');
		for (const c of [texts, facts]) {
			expect(c).toMatchObject({ create: true, folder: 'content/places', path: '{{slug}}/place', slug: '{{fields._slug}}' });
			expect(String((c as { description?: string }).description)).toMatch(/ · /);
		}
		expect(texts).toMatchObject({ extension: 'md', i18n: true });
		expect(facts).toMatchObject({ extension: 'yaml' });
	});
});
