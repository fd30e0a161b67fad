/**
 * Photos, as an editor and a visitor meet them: the check's exact messages for a fixture set the
 * test makes (good, tiny, huge, not an image, with GPS), and what the build publishes from a good
 * photo: the expected widths and formats, never upscaled, no metadata left, a placeholder, and a
 * second build that encodes nothing again.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readProvince } from '../load-content.ts';
import { compileContent } from '../compile.ts';
import { checkImages } from './check-images.ts';
import { exifHasGps } from './exif-gps.ts';
import { makeHeavyPhoto, makePhoto } from './fixture-photos.ts';
import { processImages } from './process-images.ts';

const repo = join(import.meta.dirname, '../../..');
const province = readProvince(repo);
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

const PHOTO = (file: string, extra = '') =>
	`  - file: ${file}\n    alt: { vi: "Ảnh thử", en: "Test photo" }\n    credit: Test\n    licence: CC BY 4.0\n${extra}`;

/** The good content fixture with alpha-cave listing `photos` (name → bytes), in that order. */
function contentWith(photos: [string, Buffer, string?][]): string {
	const root = mkdtempSync(join(tmpdir(), 'content-photos-'));
	temps.push(root);
	cpSync(join(import.meta.dirname, '../__fixtures__/good'), root, { recursive: true });
	const dir = join(root, 'content/places/alpha-cave');
	for (const [name, bytes] of photos) writeFileSync(join(dir, name), bytes);
	const yaml = readFileSync(join(dir, 'place.yaml'), 'utf8');
	writeFileSync(join(dir, 'place.yaml'), `${yaml.trimEnd()}\nimages:\n${photos.map(([name, , extra]) => PHOTO(name, extra)).join('')}`);
	return root;
}

describe('the photo check', () => {
	let root: string;
	beforeAll(async () => {
		root = contentWith([
			['good.jpg', await makePhoto({ width: 1200, height: 800 })],
			['tiny.jpg', await makePhoto({ width: 640, height: 480 })],
			['huge.png', await makeHeavyPhoto()],
			['notes.jpg', Buffer.from('these are my notes, not a photo\n')],
			['gps.jpg', await makePhoto({ width: 1000, height: 750, gps: true })],
			['gps-ok.jpg', await makePhoto({ width: 1000, height: 750, gps: true }), '    gpsIntended: true\n'],
			['wide.png', await makePhoto({ width: 1000, height: 600, format: 'png' })]
		]);
	});

	it('gives each mistake its plain message at the photo’s line, in both languages', async () => {
		const { content, problems } = loadContent(root, province);
		expect(problems).toEqual([]);
		const messages = (await checkImages(content)).map((p) => `${p.severity} ${formatProblem(p)}`);
		const at = (i: number) => `content/places/alpha-cave/place.yaml:${32 + 4 * i} images[${i}].file`;
		expect(messages).toEqual([
			`error ${at(1)}: the photo "tiny.jpg" is 640 px wide; it must be at least 960 px wide to look sharp on a phone — ảnh "tiny.jpg" chỉ rộng 640 px; ảnh phải rộng ít nhất 960 px để xem rõ trên điện thoại`,
			`error ${at(2)}: the photo "huge.png" is 8.6 MB; it must be at most 8 MB — ảnh "huge.png" nặng 8.6 MB; ảnh không được quá 8 MB`,
			`error ${at(3)}: "notes.jpg" in content/places/alpha-cave is not a photo the guide can read; save it as a JPEG or PNG — "notes.jpg" trong content/places/alpha-cave không phải ảnh mà cẩm nang đọc được; hãy lưu ảnh dạng JPEG hoặc PNG`,
			`error ${at(4)}: the photo "gps.jpg" still carries GPS coordinates in its metadata; remove them, or write gpsIntended: true if the position may be public — ảnh "gps.jpg" vẫn chứa tọa độ GPS trong siêu dữ liệu; hãy xóa tọa độ, hoặc ghi gpsIntended: true nếu được phép công khai vị trí`
		]);
	});
});

describe('the photo step of the build', () => {
	let root: string;
	let cache: string;
	beforeAll(async () => {
		root = contentWith([['cover.jpg', await makePhoto({ width: 1200, height: 800, gps: true }), '    gpsIntended: true\n']]);
		cache = join(root, '.generated/images');
	});

	it('makes AVIF, WebP and JPEG at 480 and 960 px of a 1200 px photo, never wider, keeping its shape', async () => {
		const { content } = loadContent(root, province);
		const { images, stats } = await processImages(content, cache);
		expect(stats).toEqual({ encoded: 1, cached: 0 });
		const photo = [...images.values()][0];
		expect(photo && { width: photo.width, height: photo.height }).toEqual({ width: 1200, height: 800 });
		const made = await Promise.all(
			(photo?.variants ?? []).map(async (v) => {
				const m = await sharp(v.bytes).metadata();
				return `${m.format} ${m.width}x${m.height}`;
			})
		);
		expect(made.sort()).toEqual(['heif 480x320', 'heif 960x640', 'jpeg 480x320', 'jpeg 960x640', 'webp 480x320', 'webp 960x640']);
		expect(photo?.thumbhash).toMatch(/^[A-Za-z0-9+/]{20,}={0,2}$/);
	});

	it('publishes no metadata: no EXIF (GPS, camera owner), no XMP, no ICC profile', async () => {
		const { content } = loadContent(root, province);
		const { images } = await processImages(content, cache);
		for (const v of [...images.values()][0]?.variants ?? []) {
			const m = await sharp(v.bytes).metadata();
			expect({ exif: m.exif, xmp: m.xmp, icc: m.icc, iptc: m.iptc, gps: exifHasGps(m.exif) }).toEqual({ exif: undefined, xmp: undefined, icc: undefined, iptc: undefined, gps: false });
			expect(Buffer.from(v.bytes).includes('Test camera owner')).toBe(false);
		}
	});

	it('encodes again only a photo that changed', async () => {
		const { content } = loadContent(root, province);
		expect((await processImages(content, cache)).stats).toEqual({ encoded: 0, cached: 1 });
		writeFileSync(join(root, 'content/places/alpha-cave/cover.jpg'), await makePhoto({ width: 1100, height: 800 }));
		expect((await processImages(loadContent(root, province).content, cache)).stats).toEqual({ encoded: 1, cached: 0 });
	});

	it('puts the smallest WebP of a place’s first photo with the guide and the rest in the download pack', async () => {
		const { content } = loadContent(root, province);
		const { images } = await processImages(content, cache);
		const compiled = compileContent(content, { siteUrl: 'https://guide.test', images });
		const photo = compiled.bundles.en.places.find((p) => p.id === 'alpha-cave')?.images[0];
		expect(photo?.offline).toMatch(/^\/content\/photos\/alpha-cave\/cover-480\.[0-9a-f]{10}\.webp$/);
		expect(photo?.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp', 'image/jpeg']);
		expect(photo?.sources[1]?.srcset).toContain(`${photo?.offline} 480w`);
		expect(photo?.src).toMatch(/^\/content\/media\/places\/alpha-cave\/cover-960\.[0-9a-f]{10}\.jpg$/);
		const media = compiled.manifest.media.filter((m) => m.kind === 'image');
		expect(media.map((m) => m.url.split('/').pop()?.replace(/\.[0-9a-f]{10}\./, '.')).sort()).toEqual([
			'cover-480.avif',
			'cover-480.jpg',
			'cover-960.avif',
			'cover-960.jpg',
			'cover-960.webp'
		]);
		expect(compiled.files.some((f) => `/${f.fileName}` === photo?.offline)).toBe(true);
	});
});
