/**
 * The scripts a prerendered page starts with: the app's entry (src/main.ts, with the modules it
 * imports) and its screen's lazy chunk (src/views/screens.svelte.ts), inside an inert
 * `<template id="page-modules">`, so nothing is fetched before the first paint; src/boot.ts puts
 * them in the head once the page is painted, and they come side by side, not one after the other.
 * Stylesheets are not listed: the app has one, linked by every page (vite.config.ts).
 * Read from Vite's build manifest (`build.manifest`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type ManifestChunk = { file: string; imports?: string[] };
export type ViteManifest = Record<string, ManifestChunk>;

/** Screen name → source file of its component, read from the loaders in src/views/screens.svelte.ts. */
export function screenSources(registrySource: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of registrySource.matchAll(/^\t(\w+): (?:\w+\()*\(\) => import\('\.\/([^']+)'\)/gm)) out[m[1]!] = `src/views/${m[2]!}`;
	return out;
}

/** The JS files (site-absolute) a chunk needs: its own and those of the chunks it imports statically. */
export function chunkFiles(manifest: ViteManifest, key: string): string[] {
	const js = new Set<string>();
	const visit = (k: string) => {
		const chunk = manifest[k];
		if (!chunk || js.has(`/${chunk.file}`)) return;
		js.add(`/${chunk.file}`);
		for (const i of chunk.imports ?? []) visit(i);
	};
	visit(key);
	return [...js];
}

/** The `<link rel="modulepreload">` tags of a screen's chunk and the chunks it imports, those of the entry left out. */
export function screenModuleLinks(manifest: ViteManifest, screenSource: string | undefined): string[] {
	const entryKey = Object.keys(manifest).find((k) => k.endsWith('.html') && (manifest[k] as { isEntry?: boolean }).isEntry);
	const entry = new Set(entryKey ? chunkFiles(manifest, entryKey) : []);
	if (!screenSource || !manifest[screenSource]) return [];
	return chunkFiles(manifest, screenSource)
		.filter((f) => !entry.has(f))
		.map((f) => `<link rel="modulepreload" href="${f}" />`);
}

/** Vite's tags for the entry in index.html: its module script and the module preloads of what it imports. */
const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/;
const ENTRY_PRELOAD = /<link rel="modulepreload"[^>]*\shref="[^"]+"[^>]*>\s*/g;
/**
 * The web app manifest: Chrome fetches it and its icons as soon as it sees the link (8.5 KB on the way to
 * a place page's first paint, docs/bench.md). Installing needs the app's service worker, which needs the
 * app, so the link waits with the app's modules.
 */
const MANIFEST_LINK = /<link rel="manifest"[^>]*>\s*/;

/**
 * `page` with its scripts deferred past its first paint: the entry's script and preloads and the
 * manifest link taken out of the head and put, with the screen's module preloads and the page's
 * data (`screenLinks`), into `<template id="page-modules">`, which src/boot.ts (at `bootSrc`)
 * moves into the head once the page is painted. A page without Vite's entry script is returned as it is.
 */
export function deferScripts(page: string, screenLinks: readonly string[], bootSrc: string): string {
	const script = ENTRY_SCRIPT.exec(page);
	if (!script) return page;
	const preloads = (page.match(ENTRY_PRELOAD) ?? []).map((t) => t.trim());
	const manifest = MANIFEST_LINK.exec(page)?.[0].trim();
	const rest = page.replace(ENTRY_SCRIPT, '').replace(ENTRY_PRELOAD, '').replace(MANIFEST_LINK, '');
	const links = [...(manifest ? [manifest] : []), ...preloads, ...screenLinks];
	const template = `<template id="page-modules" data-entry="${script[1]}">${links.join('')}</template>`;
	return rest.replace('</head>', `\t${template}\n\t\t<script type="module" src="${bootSrc}"></script>\n\t</head>`);
}

/**
 * A function that defers the scripts of a prerendered page showing `screen` (see deferScripts);
 * without a build manifest (or without the boot script in it) pages are left as they are.
 */
export function pageScripts(root: string, dist: string): (page: string, screen: string, extra?: readonly string[]) => string {
	const manifestFile = join(dist, '.vite', 'manifest.json');
	if (!existsSync(manifestFile)) return (page) => page;
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as ViteManifest;
	const boot = manifest['src/boot.ts'];
	if (!boot) return (page) => page;
	const sources = screenSources(readFileSync(join(root, 'src/views/screens.svelte.ts'), 'utf8'));
	return (page, screen, extra = []) => deferScripts(page, [...screenModuleLinks(manifest, sources[screen]), ...extra], `/${boot.file}`);
}
