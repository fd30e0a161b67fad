/**
 * The road section of `npm run bench`: road distances offline, timed per pair in Node and in Chromium with and without
 * Chromium's 4× CPU slowdown, plus the graph's build time and the bytes of the road file. The measuring is
 * tools/roads/bench-cli.ts (also `npm run bench:roads`); it runs in its own process so its browser and its memory
 * (the province graph) are gone before the rest of the bench runs.
 */
import { spawnSync } from 'node:child_process';

/** Markdown lines for docs/bench.md: a heading and the bench's own tables, or the reason it could not run. */
export function benchRoadsSection(root = process.cwd()): string[] {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'tools/roads/bench-cli.ts'], { cwd: root, encoding: 'utf8' });
	const body =
		run.status === 0 ? run.stdout.trim() : `Road bench failed: ${(run.stderr || 'no output').trim().split('\n').slice(-2).join(' ')}`;
	return [
		'## Road distances offline (per pair; Chromium with 4× CPU slowdown)',
		'',
		'The app looks distances up in the precomputed matrix (content/roads.<hash>.json); A* on a compact graph is the alternative measured against it (docs/roads.md).',
		'',
		body,
		''
	];
}
