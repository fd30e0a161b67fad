/**
 * The last step of `npm run build`: compiles src/sw/sw.ts, injects the precache list of dist/
 * into dist/sw.js, refuses the build if any file the guide needs offline is missing from it,
 * and prints what the first visit downloads for offline use.
 */
import { join } from 'node:path';
import { build } from 'vite';
import { formatSizeReport, injectPrecache, type SwBuildResult } from './inject-precache.ts';

/** Compiles the worker (not yet holding its precache list) into `.generated/sw/sw.js`. */
export async function compileServiceWorker(root: string): Promise<string> {
	const outDir = join(root, '.generated', 'sw');
	await build({
		root,
		configFile: false,
		logLevel: 'warn',
		publicDir: false,
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		build: {
			outDir,
			emptyOutDir: true,
			copyPublicDir: false,
			target: 'es2022',
			minify: true,
			sourcemap: false,
			lib: { entry: join(root, 'src', 'sw', 'sw.ts'), formats: ['iife'], name: 'caobangServiceWorker', fileName: () => 'sw.js' }
		}
	});
	return join(outDir, 'sw.js');
}

export async function buildServiceWorker(root: string, dist = join(root, 'dist')): Promise<SwBuildResult> {
	const swSrc = await compileServiceWorker(root);
	const result = await injectPrecache(dist, swSrc);
	console.log(formatSizeReport(result));
	return result;
}
