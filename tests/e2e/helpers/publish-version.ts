/**
 * Turns a copy of the build into "version 2", for the update tests (pwa.e2e.ts, faults.e2e.ts).
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Bundle, ContentManifest } from '../../../src/lib/domain/content/types.ts';
import { reinjectPrecache } from './site-copy.ts';

/** Every file under `dir`, relative. */
function walk(dir: string, base = dir): string[] {
	return readdirSync(dir).flatMap((n) =>
		statSync(join(dir, n)).isDirectory() ? walk(join(dir, n), base) : [join(dir, n).slice(base.length + 1)]
	);
}

/**
 * Turns a copy of the build into "version 2": a new English bundle (a place renamed), the entry
 * script rewritten to load it under a new hashed name, the English place pages' slices and text with
 * the new name, every script that imports the entry
 * (the lazy screens do) copied under a new name too, as a real build renames them, every page
 * pointed at the new names, and a new service worker precache list. Version 1's files stay, so
 * a page still running version 1 keeps loading only version 1.
 */
export async function publishVersion2(
	dir: string
): Promise<{ oldScript: string; newScript: string; newBundle: string; newSlices: string[] }> {
	const shell = readFileSync(join(dir, 'shell.html'), 'utf8');
	const oldScript = /src="(\/assets\/[^"]+\.js)"/.exec(shell)![1]!;
	const manifest = JSON.parse(readFileSync(join(dir, 'content/manifest.json'), 'utf8')) as ContentManifest;
	const bundle = JSON.parse(readFileSync(join(dir, manifest.bundles.en), 'utf8')) as Bundle;
	const place = bundle.places.find((p) => p.id === 'ban-gioc-waterfall')!;
	place.name = 'Bản Giốc Waterfall (v2)';
	const tag = randomBytes(5).toString('hex');
	const newBundle = `/content/en.${tag}.json`;
	writeFileSync(join(dir, newBundle), JSON.stringify(bundle));
	const newScript = `/assets/index-v2${tag}.js`;
	const scripts = walk(dir).filter((f) => f.startsWith('assets/') && f.endsWith('.js'));
	const text = new Map(scripts.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
	const base = (f: string) => f.slice(f.lastIndexOf('/') + 1);
	// Old name → new name, for the entry and, transitively, every script that names a renamed one.
	const renamed = new Map<string, string>([[base(oldScript), base(newScript)]]);
	for (let grew = true; grew;) {
		grew = false;
		for (const f of scripts) {
			const name = base(f);
			if (renamed.has(name)) continue;
			if ([...renamed.keys()].some((old) => text.get(f)!.includes(old))) {
				renamed.set(name, name.replace(/\.js$/, `-v2${tag}.js`));
				grew = true;
			}
		}
	}
	const rewrite = (s: string) => {
		let out = s.split(manifest.bundles.en).join(newBundle);
		for (const [from, to] of renamed) out = out.split(from).join(to);
		return out;
	};
	for (const f of scripts) {
		const to = renamed.get(base(f));
		if (to) writeFileSync(join(dir, 'assets', to), rewrite(text.get(f)!));
	}
	writeFileSync(join(dir, 'content/manifest.json'), JSON.stringify({ ...manifest, bundles: { ...manifest.bundles, en: newBundle } }));
	// The English place, route and home pages' own slices of the bundle (tools/prerender-slice.ts), under new names, with
	// the place renamed wherever they draw it; and the English pages' text, as a real build would prerender it.
	const slices = new Map<string, string>();
	const ownSlice = (f: string) =>
		['content/pages/en/', 'content/routes/en/', 'content/home/en.'].some((d) => f.startsWith(d)) && f.endsWith('.json');
	for (const f of walk(dir).filter(ownSlice)) {
		const slice = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Bundle;
		for (const p of slice.places) if (p.id === place.id) p.name = place.name;
		const to = f.replace(/\.[0-9a-f]+\.json$/, `.${tag}.json`);
		writeFileSync(join(dir, to), JSON.stringify(slice));
		slices.set(`/${f}`, `/${to}`);
	}
	for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(dir, file), 'utf8');
		let next = rewrite(html);
		for (const [from, to] of slices) next = next.split(from).join(to);
		if (file.startsWith('en/')) next = next.split('>Bản Giốc Waterfall<').join(`>${place.name}<`);
		if (next !== html) writeFileSync(join(dir, file), next);
	}
	await reinjectPrecache(dir);
	return { oldScript, newScript, newBundle, newSlices: [...slices.values()] };
}
