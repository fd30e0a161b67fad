/**
 * Content files an editor (or a bad merge) might produce that are not content at all: a 10 MB
 * file, UTF-16 text, an alias bomb, deep nesting. `content:check` must end quickly with a
 * `file:line` message and exit 1, never a stack trace. The 10 MB file is generated here rather
 * than committed; the small cases are fixtures (`__fixtures__/bad-*`, checked by check.test.ts).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readProvince } from './load-content.ts';

const repo = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, '__fixtures__');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A copy of the good fixture with `write` applied, and the province outline the check needs. */
function contentRoot(write: (root: string) => void): string {
	const root = mkdtempSync(join(tmpdir(), 'content-hostile-'));
	temps.push(root);
	cpSync(join(fixtures, 'good'), root, { recursive: true });
	symlinkSync(join(repo, 'data'), join(root, 'data'));
	write(root);
	return root;
}

const place = (root: string) => join(root, 'content/places/alpha-cave/place.yaml');

function messages(root: string): string[] {
	return loadContent(root, readProvince(repo)).problems.map((p) => `${p.severity} ${formatProblem(p)}`);
}

describe('hostile content files', () => {
	it('a 10 MB file is refused unread at line 1', () => {
		const root = contentRoot((r) => writeFileSync(place(r), `${readFileSync(place(r), 'utf8')}notes: |\n${'  lorem ipsum dolor sit amet\n'.repeat(360_000)}`));
		expect(messages(root)).toEqual([
			'error content/places/alpha-cave/place.yaml:1: the file cannot be read: it is over 1 MB, far larger than any entry; photos and recordings go in their own files — không đọc được tệp: tệp lớn hơn 1 MB, lớn hơn nhiều so với mọi mục; ảnh và bản ghi âm phải để trong tệp riêng'
		]);
	});

	it('a file saved as UTF-16 is named, not read as garbled fields', () => {
		const root = contentRoot((r) => writeFileSync(place(r), Buffer.from(`\uFEFF${readFileSync(place(r), 'utf8')}`, 'utf16le')));
		expect(messages(root)).toEqual([
			'error content/places/alpha-cave/place.yaml:1: the file cannot be read: it is not saved as UTF-8 (from this line on, letters would be garbled); save it again as UTF-8 — không đọc được tệp: tệp không được lưu dạng UTF-8 (từ dòng này chữ sẽ bị lỗi); hãy lưu lại dạng UTF-8'
		]);
	});

	it('`content:check` on each hostile case exits 1 with file:line messages and no stack trace', () => {
		for (const name of ['bad-yaml-alias-bomb', 'bad-deep-nesting', 'bad-wrong-encoding']) {
			const root = contentRoot((r) => cpSync(join(fixtures, name, 'content'), join(r, 'content'), { recursive: true }));
			const run = spawnSync(join(repo, 'node_modules/.bin/tsx'), [join(repo, 'tools/content/check-cli.ts')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
			const output = `${run.stdout}${run.stderr}`;
			expect(run.status, `${name}: ${output}`).toBe(1);
			expect(output, name).toMatch(/^error content\/places\/alpha-cave\/[a-z.]+:\d+: the file cannot be read/m);
			expect(output, name).not.toMatch(/^\s+at /m);
			expect(output, name).not.toMatch(/RangeError|ReferenceError|TypeError/);
		}
	});
});
