import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from './precompress.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressing the build for gzip_static', () => {
	it('writes a .gz of each page and JSON file nginx would compress, and leaves images and small files alone', () => {
		dir = mkdtempSync(join(tmpdir(), 'precompress-'));
		mkdirSync(join(dir, 'content'));
		const bundle = JSON.stringify({ places: Array.from({ length: 200 }, (_, i) => ({ id: `p${i}` })) });
		writeFileSync(join(dir, 'content', 'vi.0123456789.json'), bundle);
		writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>Cao Bằng</p>'.repeat(100)}`);
		writeFileSync(join(dir, 'tiny.json'), '{}');
		writeFileSync(join(dir, 'photo.jpg'), Buffer.alloc(5000, 1));
		expect(precompress(dir).files).toBe(2);
		expect(gunzipSync(readFileSync(join(dir, 'content', 'vi.0123456789.json.gz'))).toString()).toBe(bundle);
		expect(existsSync(join(dir, 'index.html.gz'))).toBe(true);
		expect(existsSync(join(dir, 'tiny.json.gz'))).toBe(false);
		expect(existsSync(join(dir, 'photo.jpg.gz'))).toBe(false);
		// Running it again does not compress the .gz files.
		expect(precompress(dir).files).toBe(2);
	});
});
