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
 * script rewritten to load it under a new hashed name, every page pointed at that script, and
 * a new service worker precache list.
 */
export async function publishVersion2(dir: string): Promise<{ oldScript: string; newScript: string; newBundle: string }> {
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
	writeFileSync(join(dir, newScript), readFileSync(join(dir, oldScript), 'utf8').split(manifest.bundles.en).join(newBundle));
	writeFileSync(join(dir, 'content/manifest.json'), JSON.stringify({ ...manifest, bundles: { ...manifest.bundles, en: newBundle } }));
	for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
		const html = readFileSync(join(dir, file), 'utf8');
		if (html.includes(oldScript)) writeFileSync(join(dir, file), html.split(oldScript).join(newScript));
	}
	await reinjectPrecache(dir);
	return { oldScript, newScript, newBundle };
}
