import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { assignToFaces, charsetOf, facesOf, VIETNAMESE_LETTERS } from './charset.ts';
import { guideCharset, subsetFonts } from './subset.ts';

const root = new URL('../../', import.meta.url).pathname;
const faces = facesOf(readFileSync(`${root}src/app.css`, 'utf8'));
const fileOf = (ch: string): string | undefined => {
	const { byFile } = assignToFaces([ch.codePointAt(0)!], faces);
	return [...byFile].find(([, cps]) => cps.length > 0)?.[0];
};

describe('the characters of the text face', () => {
	it('hold every Vietnamese letter with every tone in both cases, whatever the content says', () => {
		const set = new Set(charsetOf([]));
		expect([...VIETNAMESE_LETTERS]).toHaveLength(12 * 6 * 2 + 2);
		for (const ch of 'ẮằẳẵặĐđỖỡỰựỹỸ') expect(set.has(ch.codePointAt(0)!), ch).toBe(true);
	});

	it('take in a new letter as soon as the content uses it, decomposed or not', () => {
		const set = new Set(charsetOf(['Ǎ', 'n\u0303']));
		expect(set.has(0x01cd)).toBe(true);
		expect(set.has('ñ'.codePointAt(0)!)).toBe(true);
	});

	it('come from the Vietnamese and Latin faces only, so a page never fetches the large latin-ext file', () => {
		expect(fileOf('ơ')).toBe('noto-sans-vietnamese-400-normal.woff2');
		expect(fileOf('Đ')).toBe('noto-sans-vietnamese-400-normal.woff2');
		expect(fileOf('a')).toBe('noto-sans-latin-400-normal.woff2');
		const { byFile } = assignToFaces(guideCharset(root), faces);
		expect(byFile.get('noto-sans-latin-ext-400-normal.woff2')).toEqual([]);
	});
});

describe('subsetFonts', () => {
	it('cuts the faces a Vietnamese page loads to at most 30 KB gzip together', async () => {
		const fonts = await subsetFonts(root);
		const loaded = ['noto-sans-latin-400-normal.woff2', 'noto-sans-vietnamese-400-normal.woff2'];
		const total = loaded.reduce((s, f) => s + gzipSync(fonts.get(f)!).length, 0);
		expect(total).toBeLessThanOrEqual(30 * 1024);
		for (const f of loaded) expect(fonts.get(f)!.subarray(0, 4).toString('latin1')).toBe('wOF2');
	}, 30_000);
});
