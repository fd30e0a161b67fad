/**
 * Measures a built dist/ for the size budgets (tools/budgets/budgets.ts) and stops the build
 * when one is broken. Called by tools/build.ts after the service worker step, which knows the
 * size of the offline set.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, checkBudgets, type Budget, type Measured } from './budgets.ts';

/** The files a budget can name: scripts, styles, pages, data and fonts (not images or map tiles). */
const MEASURED = /\.(m?js|css|html|json|geojson|woff2)$/;

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Gzip size (level 9, as nginx's gzip_static files would be) of every measured file in `dist`. */
export function measureDist(dist: string): Measured[] {
	return walk(dist)
		.map((abs) => relative(dist, abs).split(sep).join('/'))
		.filter((file) => MEASURED.test(file))
		.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dist, file)), { level: 9 }).length }));
}

/** Throws with one line per broken budget; `offlineGzip` is the precache's total gzip size. */
export function enforceBudgets(dist: string, offlineGzip: number, budgets: readonly Budget[] = BUDGETS): Measured[] {
	const measured = [...measureDist(dist), { file: 'offline set', gzip: offlineGzip }];
	const problems = checkBudgets(measured, budgets);
	if (problems.length > 0) {
		throw new Error(`Size budgets broken (tools/budgets/budgets.ts):\n${problems.map((p) => `  ${p}`).join('\n')}`);
	}
	return measured;
}
