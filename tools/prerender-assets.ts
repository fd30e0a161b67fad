/**
 * The stylesheets and scripts of a screen's lazy chunk, as `<link>` tags for its prerendered
 * page. Each screen's code (and the CSS of its components) is its own chunk
 * (src/views/screens.svelte.ts); without these tags a prerendered page would show its text
 * unstyled until the chunk arrived, then move (layout shift), and would fetch the chunk only
 * after the entry script ran. Read from Vite's build manifest (`build.manifest`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
export type ViteManifest = Record<string, ManifestChunk>;

/** Screen name → source file of its component, read from the loaders in src/views/screens.svelte.ts. */
export function screenSources(registrySource: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of registrySource.matchAll(/^\t(\w+): (?:\w+\()?\(\) => import\('\.\/([^']+)'\)/gm)) out[m[1]!] = `src/views/${m[2]!}`;
	return out;
}

/** The CSS and JS files (site-absolute) a chunk needs: its own and those of the chunks it imports statically. */
export function chunkFiles(manifest: ViteManifest, key: string): { css: string[]; js: string[] } {
	const css = new Set<string>();
	const js = new Set<string>();
	const visit = (k: string) => {
		const chunk = manifest[k];
		if (!chunk || js.has(`/${chunk.file}`)) return;
		js.add(`/${chunk.file}`);
		for (const c of chunk.css ?? []) css.add(`/${c}`);
		for (const i of chunk.imports ?? []) visit(i);
	};
	visit(key);
	return { css: [...css], js: [...js] };
}

/**
 * A function giving the `<link>` tags for a screen's page: its chunk's stylesheets (so the page
 * is drawn once, styled) and module preloads (fetched beside the entry script, not after it).
 * Files the entry itself loads are left out (index.html links them already).
 */
export function screenAssetTags(root: string, dist: string): (screen: string) => string {
	const manifestFile = join(dist, '.vite', 'manifest.json');
	if (!existsSync(manifestFile)) return () => '';
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ViteManifest;
	const sources = screenSources(readFileSync(join(root, 'src/views/screens.svelte.ts'), 'utf8'));
	const entryKey = Object.keys(manifest).find((k) => (manifest[k] as { isEntry?: boolean }).isEntry);
	const entry = entryKey ? chunkFiles(manifest, entryKey) : { css: [], js: [] };
	return (screen) => {
		const source = sources[screen];
		if (!source || !manifest[source]) return '';
		const { css, js } = chunkFiles(manifest, source);
		return [
			...css.filter((f) => !entry.css.includes(f)).map((f) => `<link rel="stylesheet" href="${f}" />`),
			...js.filter((f) => !entry.js.includes(f)).map((f) => `<link rel="modulepreload" href="${f}" />`)
		].join('\n\t\t');
	};
}
