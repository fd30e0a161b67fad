/**
 * `npm run build`: content check → client build → server build → prerender → service worker →
 * size budgets (tools/budgets/budgets.ts).
 * Refuses to build broken content, and a deployment build without a public address
 * (SITE_URL; see tools/site-url.ts). `--local` (`npm run build:local`, `npm start`, the tests)
 * builds for this machine, with http://localhost:4173 links unless SITE_URL says otherwise.
 * `--out <dir>` writes the site somewhere other than dist/ (a test's fixture build, with
 * CONTENT_ROOT naming its content: tests/e2e/helpers/fixture-site.ts).
 * Prints what it did and how long each step took.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { runCheck } from './content/run-check.ts';
import { prerender } from './prerender.ts';
import { resolveSiteUrl } from './site-url.ts';
import { buildServiceWorker } from './sw/build-sw.ts';
import { enforceBudgets } from './budgets/measure.ts';
import { buildAdmin, formatChunkSizes } from './admin/build-admin.ts';

const root = process.cwd();
const outAt = process.argv.indexOf('--out');
const dist = outAt > 0 && process.argv[outAt + 1] ? resolve(root, process.argv[outAt + 1] ?? '') : join(root, 'dist');

async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
	const start = performance.now();
	const result = await run();
	console.log(`• ${name}: ${Math.round(performance.now() - start)} ms`);
	return result;
}

async function main(): Promise<void> {
	const t0 = performance.now();
	const check = await step('content check', () => runCheck(root, (line) => console.log(line)));
	if (check.errors > 0) {
		console.error('Build stopped: fix the content errors above first.');
		process.exitCode = 1;
		return;
	}
	const local = process.argv.includes('--local');
	const siteUrl = resolveSiteUrl({ fromEnv: process.env.SITE_URL, fromSite: check.content.site?.siteUrl, local });
	console.log(`• site URL: ${siteUrl}${local ? ' (local build: not for deployment)' : ''}`);
	// The content plugin compiles the bundles with the same address.
	process.env.SITE_URL = siteUrl;
	rmSync(dist, { recursive: true, force: true });
	await step('client build', () => build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } }));
	await step('server build (for prerendering)', () =>
		build({
			root,
			logLevel: 'warn',
			build: { ssr: 'src/entry-server.ts', outDir: '.generated/ssr', emptyOutDir: true, copyPublicDir: false }
		})
	);
	const pages = await step('prerender', () => prerender(root, siteUrl, dist));
	const sw = await step('service worker', () => buildServiceWorker(root, dist));
	console.log(formatChunkSizes(await step('web editor (/admin)', () => buildAdmin(root, dist))));
	await step('size budgets', () =>
		enforceBudgets(
			dist,
			sw.groups.reduce((s, g) => s + g.gzip, 0)
		)
	);
	console.log(`✓ built ${dist} with ${pages.pages} prerendered pages in ${Math.round(performance.now() - t0)} ms`);
}

main().catch((err: unknown) => {
	console.error(err instanceof Error ? err.message : err);
	process.exitCode = 1;
});
