/**
 * Cuts the page's font files (data/basemap/fonts, as declared in src/app.css) down to the
 * characters the guide uses (tools/fonts/charset.ts), with HarfBuzz's subsetter (`subset-font`).
 * The assets plugin publishes the results at the same /fonts/ URLs. Results are cached under
 * .generated/fonts by the hash of their character set, so a rebuild without new characters is free.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { assignToFaces, charsetOf, facesOf } from './charset.ts';

/** Folders whose text reaches the page: content, UI strings, templates. */
const TEXT_SOURCES: { dir: string; ext: RegExp }[] = [
	{ dir: 'content', ext: /\.(md|ya?ml|json)$/ },
	{ dir: 'locales', ext: /\.json$/ },
	{ dir: 'src', ext: /\.(svelte|ts)$/ }
];

function walk(dir: string, ext: RegExp): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return walk(path, ext);
		return ext.test(name) ? [path] : [];
	});
}

/** Every character the guide can put on a page, from the project at `root`. */
export function guideCharset(root: string): number[] {
	const files = TEXT_SOURCES.flatMap(({ dir, ext }) => walk(join(root, dir), ext));
	return charsetOf(files.map((f) => readFileSync(f, 'utf8')));
}

/** The subset font files (by file name), each holding the characters its @font-face serves. */
export async function subsetFonts(root: string): Promise<Map<string, Buffer>> {
	const faces = facesOf(readFileSync(join(root, 'src/app.css'), 'utf8'));
	const { byFile } = assignToFaces(guideCharset(root), faces);
	const cacheDir = join(root, '.generated', 'fonts');
	mkdirSync(cacheDir, { recursive: true });
	const out = new Map<string, Buffer>();
	for (const [file, codePoints] of byFile) {
		const source = readFileSync(join(root, 'data/basemap/fonts', file));
		// A face no character needs keeps a glyph (the space) so its URL still answers.
		const text = String.fromCodePoint(...(codePoints.length > 0 ? codePoints : [0x20]));
		const key = createHash('sha256').update(source).update(text).digest('hex').slice(0, 16);
		const cached = join(cacheDir, `${file}.${key}`);
		if (!existsSync(cached)) writeFileSync(cached, await subsetFont(source, text, { targetFormat: 'woff2' }));
		out.set(file, readFileSync(cached));
	}
	return out;
}
