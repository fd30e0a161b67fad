/**
 * A generated fixture guide for the scale figures of issue 14 (docs/bench.md): the real content/ folder copied,
 * with each real place and service repeated under new folder names and fresh stable codes until the guide has the
 * asked number of entries (never fewer than the real ones, which routes and trips refer to). Copies keep the real entry's text (real syllables, both languages) and its real
 * position, so no coordinate is invented; their folders are named `…-x<N>` and their photos are left out. The
 * fixture lives in a temporary folder and is never shipped.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type FixtureSize = { places: number; services: number };

/** The highest stable code in use (entries and retired ones), so copies never reuse one. */
function highestCode(contentDir: string): number {
	let max = 0;
	for (const kind of ['places', 'services']) {
		for (const id of readdirSync(join(contentDir, kind))) {
			const m = /^code:\s*(\d+)/m.exec(readFileSync(join(contentDir, kind, id, kind === 'places' ? 'place.yaml' : 'service.yaml'), 'utf8'));
			if (m) max = Math.max(max, Number(m[1]));
		}
	}
	for (const m of readFileSync(join(contentDir, 'retired-codes.yaml'), 'utf8').matchAll(/code:\s*(\d+)/g)) {
		max = Math.max(max, Number(m[1]));
	}
	return max;
}

/** Drops a top-level YAML block (`images:` and what is indented under it). */
function dropBlock(yaml: string, key: string): string {
	return yaml.replace(new RegExp(`^${key}:.*(?:\\n(?:[ \\t-].*)?)*?(?=\\n\\S|$)`, 'm'), '').replace(/\n{3,}/g, '\n\n');
}

/**
 * Writes a guide of `size.places` places and `size.services` services into `dir` (its `content/` folder) from the
 * real content at `root`. Returns the content root to give CONTENT_ROOT.
 */
export function writeFixture(root: string, dir: string, size: FixtureSize): string {
	const real = join(root, 'content');
	const out = join(dir, 'content');
	mkdirSync(out, { recursive: true });
	for (const name of readdirSync(real)) {
		if (name !== 'places' && name !== 'services') cpSync(join(real, name), join(out, name), { recursive: true });
	}
	let code = highestCode(real);
	for (const [kind, file, count] of [
		['places', 'place', size.places],
		['services', 'service', size.services]
	] as const) {
		const ids = readdirSync(join(real, kind)).sort();
		// Never fewer than the real entries: routes, trips and services refer to them.
		for (let i = 0; i < Math.max(count, ids.length); i++) {
			const id = ids[i % ids.length]!;
			const round = Math.floor(i / ids.length);
			const target = join(out, kind, round === 0 ? id : `${id}-x${round}`);
			if (round === 0) {
				cpSync(join(real, kind, id), target, { recursive: true });
				continue;
			}
			mkdirSync(target, { recursive: true });
			for (const name of readdirSync(join(real, kind, id))) {
				const text = readFileSync(join(real, kind, id, name), 'utf8');
				if (name === `${file}.yaml`) {
					writeFileSync(join(target, name), dropBlock(text, 'images').replace(/^code:\s*\d+/m, `code: ${++code}`));
				} else if (name.endsWith('.md')) writeFileSync(join(target, name), text);
			}
		}
	}
	return dir;
}
