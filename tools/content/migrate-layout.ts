/**
 * Moves every entry's texts from `<id>/vi.md` / `<id>/en.md` to `<id>/place.vi.md` /
 * `<id>/place.en.md` (route., service., page.): the per-locale layout the web editor (/admin)
 * reads as one collection with both languages side by side. Folder names and ids do not change.
 *
 *     npx tsx tools/content/migrate-layout.ts          # content/ and the check's test fixtures
 *     npx tsx tools/content/migrate-layout.ts --dry    # only list what would move
 *
 * Re-runnable: an entry already migrated is left alone (an old file with the same text as its new
 * name is deleted), so it can run again after merging work written in the old layout. When both
 * names exist with different text it stops before writing anything and names them.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGS } from '../../src/lib/domain/content/types.ts';

/** The text file's base name in each kind of entry folder: `places/<id>/place.vi.md`. */
export const TEXT_BASE: Readonly<Record<string, string>> = { places: 'place', routes: 'route', services: 'service', pages: 'page', itineraries: 'itinerary' };

/** `content/places/x/vi.md` → `content/places/x/place.vi.md`; any other path unchanged. */
export function migratedPath(path: string): string {
	return path.replace(/(^|\/)content\/(places|routes|services|pages|itineraries)\/([^/]+)\/(vi|en)\.md$/, (_, lead: string, kind: string, id: string, lang: string) => {
		return `${lead}content/${kind}/${id}/${TEXT_BASE[kind]}.${lang}.md`;
	});
}

/** The same rewrite inside a text (a fixture's expected messages, its list of files to delete). */
export function migrateText(text: string): string {
	return text.replace(/content\/(places|routes|services|pages|itineraries)\/([^/\s:]+)\/(vi|en)\.md/g, (m) => migratedPath(m));
}

export type Move = { from: string; to: string };
export type Plan = { moves: Move[]; same: string[]; conflicts: Move[]; rewrites: string[] };

const dirs = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory()) : []);

/** What migrating `<root>/content` would do (nothing is written). */
export function planContent(root: string): Plan {
	const plan: Plan = { moves: [], same: [], conflicts: [], rewrites: [] };
	for (const kind of Object.keys(TEXT_BASE)) {
		for (const id of dirs(join(root, 'content', kind))) {
			for (const lang of LANGS) {
				const from = join(root, 'content', kind, id, `${lang}.md`);
				if (!existsSync(from)) continue;
				const to = join(root, migratedPath(`content/${kind}/${id}/${lang}.md`));
				if (!existsSync(to)) plan.moves.push({ from, to });
				else if (readFileSync(from, 'utf8') === readFileSync(to, 'utf8')) plan.same.push(from);
				else plan.conflicts.push({ from, to });
			}
		}
	}
	return plan;
}

/** The content roots this repository has: content/ and each test fixture of the check. */
export function contentRoots(repo: string): string[] {
	const fixtures = join(repo, 'tools', 'content', '__fixtures__');
	return [repo, ...dirs(fixtures).map((name) => join(fixtures, name))];
}

/** The fixture files that name text files (expected messages, files to delete) and would change. */
export function fixtureTexts(repo: string): string[] {
	return contentRoots(repo)
		.slice(1)
		.flatMap((dir) => ['expected.txt', '_delete.txt'].map((name) => join(dir, name)))
		.filter((file) => existsSync(file) && migrateText(readFileSync(file, 'utf8')) !== readFileSync(file, 'utf8'));
}

/** Applies the plan of every root. Returns what it did; throws before writing anything on a conflict. */
export function migrate(repo: string, dry = false): Plan {
	const plans = contentRoots(repo).map(planContent);
	const all: Plan = {
		moves: plans.flatMap((p) => p.moves),
		same: plans.flatMap((p) => p.same),
		conflicts: plans.flatMap((p) => p.conflicts),
		rewrites: fixtureTexts(repo)
	};
	if (all.conflicts.length > 0) {
		const list = all.conflicts.map((c) => `  ${relative(repo, c.from)} and ${relative(repo, c.to)}`).join('\n');
		throw new Error(`both layouts hold different text; merge each pair by hand, delete the old file, and run again:\n${list}`);
	}
	if (dry) return all;
	for (const { from, to } of all.moves) renameSync(from, to);
	for (const from of all.same) rmSync(from);
	for (const file of all.rewrites) writeFileSync(file, migrateText(readFileSync(file, 'utf8')));
	return all;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
	const repo = resolve(fileURLToPath(import.meta.url), '../../..');
	const dry = process.argv.includes('--dry');
	try {
		const done = migrate(repo, dry);
		for (const { from, to } of done.moves) console.log(`${dry ? 'would move' : 'moved'} ${relative(repo, from)} → ${relative(repo, to)}`);
		for (const file of done.rewrites) console.log(`${dry ? 'would rewrite' : 'rewrote'} ${relative(repo, file)}`);
		for (const file of done.same) console.log(`${dry ? 'would delete' : 'deleted'} ${relative(repo, file)} (the same text is already under its new name)`);
		console.log(`${done.moves.length} file(s) ${dry ? 'to move' : 'moved'}, ${done.rewrites.length} fixture file(s) ${dry ? 'to rewrite' : 'rewritten'}`);
	} catch (err) {
		console.error(err instanceof Error ? err.message : err);
		process.exitCode = 1;
	}
}
