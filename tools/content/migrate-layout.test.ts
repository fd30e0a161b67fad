/**
 * The layout migration can run again after a merge: it moves only what is still in the old
 * layout, leaves migrated entries alone, and stops on two different texts for one language.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, readProvince } from './load-content.ts';
import { migrate, migratedPath } from './migrate-layout.ts';

const repo = join(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A repository-shaped copy of the good fixture, in the old layout. */
function scratch(): string {
	const root = mkdtempSync(join(tmpdir(), 'migrate-'));
	temps.push(root);
	cpSync(join(import.meta.dirname, '__fixtures__', 'good'), root, { recursive: true });
	for (const [kind, base, id] of [
		['places', 'place', 'alpha-cave'],
		['pages', 'page', 'about']
	] as const) {
		for (const lang of ['vi', 'en']) {
			const dir = join(root, 'content', kind, id);
			if (existsSync(join(dir, `${base}.${lang}.md`))) {
				writeFileSync(join(dir, `${lang}.md`), readFileSync(join(dir, `${base}.${lang}.md`)));
				rmSync(join(dir, `${base}.${lang}.md`));
			}
		}
	}
	return root;
}

describe('migrate-layout', () => {
	it('names texts by kind and language, and leaves every other path alone', () => {
		expect(migratedPath('content/places/ban-gioc-waterfall/vi.md')).toBe('content/places/ban-gioc-waterfall/place.vi.md');
		expect(migratedPath('content/pages/about/en.md')).toBe('content/pages/about/page.en.md');
		expect(migratedPath('content/places/x/place.yaml')).toBe('content/places/x/place.yaml');
		expect(migratedPath('content/places/x/place.vi.md')).toBe('content/places/x/place.vi.md');
	});

	it('moves the old names, then finds nothing to do; the content reads the same before and after', () => {
		const root = scratch();
		const province = readProvince(repo);
		const before = loadContent(root, province);
		const first = migrate(root);
		expect(first.moves.length).toBeGreaterThan(0);
		expect(existsSync(join(root, 'content/places/alpha-cave/place.vi.md'))).toBe(true);
		expect(existsSync(join(root, 'content/places/alpha-cave/vi.md'))).toBe(false);
		expect(migrate(root).moves).toEqual([]);
		const after = loadContent(root, province);
		expect(after.problems).toEqual(before.problems);
		expect(after.content.places.map((p) => p.texts.vi?.data)).toEqual(before.content.places.map((p) => p.texts.vi?.data));
	});

	it('stops, writing nothing, when an entry holds two different texts for one language', () => {
		const root = scratch();
		writeFileSync(join(root, 'content/places/alpha-cave/place.vi.md'), '---\nname: X\nsummary: Y\n---\nZ\n');
		expect(() => migrate(root)).toThrow(/content\/places\/alpha-cave\/vi\.md and content\/places\/alpha-cave\/place\.vi\.md/);
		expect(existsSync(join(root, 'content/places/alpha-cave/vi.md'))).toBe(true);
		const { problems } = loadContent(root, readProvince(repo));
		expect(problems.filter((p) => p.code === 'text-twice').map((p) => p.file)).toEqual(['content/places/alpha-cave/vi.md']);
	});
});
