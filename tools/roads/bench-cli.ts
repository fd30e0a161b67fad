/**
 * Measures the two ways of giving road distances offline (issue 10): a precomputed matrix and a compact graph with
 * A*. Build time, bytes (gzip) and time per pair, in Node and in Chromium with a 4× CPU slowdown (CDP
 * Emulation.setCPUThrottlingRate) on a tiny page. Prints Markdown for docs/roads.md.
 *
 *     npx tsx tools/roads/bench-cli.ts
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';
import { CONTENT_DIR, readLocatedEntries } from './located-entries.ts';
import { buildRoadNetwork } from './network.ts';
import { loadProvinceGraph } from './province-graph.ts';
import { buildRoadArtefact } from './road-artefact.ts';
import { decodeCompact, encodeCompact } from './compact-graph.ts';
import { routeLegs } from './route-legs.ts';
import { runBench, type BenchInput, type BenchResult } from './bench-entry.ts';

const gz = (s: string | Uint8Array) => gzipSync(s, { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(n < 1 ? 4 : 1)} ms`;
const lap = (since: number) => Math.round(performance.now() - since);

const t0 = performance.now();
const base = loadProvinceGraph();
const graphMs = lap(t0);
const entries = readLocatedEntries();
let t = performance.now();
const network = buildRoadNetwork(entries, base);
const snapMs = lap(t);
t = performance.now();
const artefact = buildRoadArtefact(entries, network);
const matrixMs = lap(t);
const artefactJson = JSON.stringify(artefact);
t = performance.now();
const keep = new Set([...network.snapOf.values()].flatMap((s) => (s ? [s.node] : [])));
const compact = encodeCompact(network.graph, keep);
const compactMs = lap(t);

const routes = readdirSync(join(CONTENT_DIR, 'routes')).map((id) => {
	const stops = (parse(readFileSync(join(CONTENT_DIR, 'routes', id, 'route.yaml'), 'utf8')) as { stops: string[] }).stops;
	return { id, ...routeLegs(network, stops) };
});
const legsJson = JSON.stringify(routes);

// The same pairs for both options: every pair of located entries for the matrix, 200 spread-out pairs for A*.
const ids = artefact.ids.filter((_, i) => artefact.point[i]! >= 0);
const idPairs: [string, string][] = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => [a, b] as [string, string]));
const decoded = decodeCompact(compact);
const compactOf = new Map([...decoded.keptIds].map((id, i) => [id, decoded.keptOf[i]!]));
const nodeOf = (id: string) => compactOf.get(network.snapOf.get(id)!.node)!;
const step = Math.max(1, Math.floor(idPairs.length / 200));
const nodePairs = idPairs.filter((_, i) => i % step === 0).map(([a, b]) => [nodeOf(a), nodeOf(b)] as [number, number]);
const input: BenchInput = { artefact, compactBase64: Buffer.from(compact).toString('base64'), idPairs, nodePairs };

const stats = (xs: number[]) => {
	const sorted = xs.slice().sort((a, b) => a - b);
	return { mean: xs.reduce((s, x) => s + x, 0) / xs.length, p95: sorted[Math.floor(sorted.length * 0.95)]!, max: sorted.at(-1)! };
};

async function inChromium(rate: number): Promise<BenchResult> {
	const dir = mkdtempSync(join(tmpdir(), 'road-bench-'));
	await build({
		entryPoints: [join(import.meta.dirname, 'bench-entry.ts')],
		bundle: true,
		format: 'iife',
		globalName: 'roadBench',
		outfile: join(dir, 'bench.js')
	});
	writeFileSync(join(dir, 'input.js'), `window.benchInput = ${JSON.stringify(input)};`);
	writeFileSync(
		join(dir, 'index.html'),
		'<!doctype html><meta charset="utf-8"><script src="input.js"></script><script src="bench.js"></script>'
	);
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
	try {
		const page = await browser.newPage();
		await page.goto(`file://${join(dir, 'index.html')}`);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		return await page.evaluate(() => {
			const w = window as unknown as { roadBench: { runBench: typeof runBench }; benchInput: BenchInput };
			return w.roadBench.runBench(w.benchInput);
		});
	} finally {
		await browser.close();
	}
}

const node = runBench(input);
const chrome1 = await inChromium(1);
const chrome4 = await inChromium(4);
const row = (label: string, r: BenchResult) => {
	const a = stats(r.astarMs);
	return `| ${label} | ${ms(r.loadMatrixMs)} | ${ms(r.matrixPerPairMs)} | ${ms(r.loadGraphMs)} | ${ms(a.mean)} | ${ms(a.p95)} | ${ms(a.max)} |`;
};
console.log(`Graph build ${graphMs} ms; snapping ${entries.length} entries ${snapMs} ms; matrix (${ids.length} entries, ${idPairs.length} pairs) ${matrixMs} ms; compact graph ${compactMs} ms.

| Artefact | Raw | Gzip |
|---|---|---|
| (a) matrix, JSON | ${kb(artefactJson.length)} | ${kb(gz(artefactJson))} |
| (b) compact graph (${decoded.lon.length} nodes, ${decoded.targets.length / 2} edges, no geometry) | ${kb(compact.length)} | ${kb(gz(compact))} |
| route legs for the ${routes.length} routes (${routes.reduce((s, r) => s + r.legs.length, 0)} legs, lines at 20 m) | ${kb(Buffer.byteLength(legsJson))} | ${kb(gz(legsJson))} |

| Where | load matrix | matrix per pair | load graph | A* mean | A* p95 | A* max |
|---|---|---|---|---|---|---|
${row('Node', node)}
${row('Chromium', chrome1)}
${row('Chromium, 4× CPU slowdown', chrome4)}
`);
