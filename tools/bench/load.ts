/**
 * `npm run bench:load`: what one small server holds. autocannon against nginx serving the build
 * with the deployment's own site file (tools/nginx/serve.ts): 1,000 concurrent connections for
 * 30 s, each cycling through place pages (both languages), the content bundles and the basemap
 * (read by byte ranges, as the map does). Twice: with Debian's stock nginx.conf limits and with
 * the tuning and precompression docs/deploy.md recommends. Writes its section of docs/bench.md.
 *
 *   npm run bench:load [-- --connections 1000 --duration 30]
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import type { ContentManifest } from '../../src/lib/domain/content/types.ts';
import { freePort } from '../../tests/e2e/helpers/site-copy.ts';
import { NGINX_BIN, startNginx, type Tuning } from '../nginx/serve.ts';
import { precompress } from '../nginx/precompress.ts';
import { withSection } from './sections.ts';

type Request = { path: string; headers: Record<string, string> };

/** Debian's /etc/nginx/nginx.conf as installed, and what docs/deploy.md recommends. */
export const PROFILES: { name: string; tuning: Tuning; precompressed: boolean }[] = [
	{
		name: 'Debian defaults (worker_connections 768), gzip on the fly',
		tuning: { workerProcesses: 'auto', workerConnections: 768, accessLog: true },
		precompressed: false
	},
	{
		name: 'docs/deploy.md: worker_connections 4096, worker_rlimit_nofile 8192, precompressed files (gzip_static)',
		tuning: { workerProcesses: 'auto', workerConnections: 4096, accessLog: true },
		precompressed: true
	}
];

/** The mix: every place page in both languages, both bundles, and the basemap by ranges. */
export function requestMix(dist: string): Request[] {
	const gzip = { 'accept-encoding': 'gzip' };
	const manifest = JSON.parse(readFileSync(join(dist, 'content', 'manifest.json'), 'utf8')) as ContentManifest;
	const pages = ['vi', 'en'].flatMap((lang) =>
		readdirSync(join(dist, lang, 'place')).map((id) => ({ path: `/${lang}/place/${id}`, headers: gzip }))
	);
	const bundles = Object.values(manifest.bundles).map((path) => ({ path, headers: gzip }));
	const basemap = readdirSync(join(dist, 'basemap')).find((f) => f.endsWith('.pmtiles'));
	if (!basemap) throw new Error('dist/basemap has no .pmtiles file');
	const size = statSync(join(dist, 'basemap', basemap)).size;
	// The header and root directory first (16 KiB, as pmtiles reads it), then tiles spread over the file.
	const ranges = [[0, 16_383], ...[1, 2, 3, 4, 5, 6, 7].map((i) => [Math.floor((size * i) / 8), Math.floor((size * i) / 8) + 8_191])];
	const tiles = ranges.map(([a, b]) => ({ path: `/basemap/${basemap}`, headers: { range: `bytes=${a}-${Math.min(b!, size - 1)}` } }));
	// Interleave so every connection meets all three kinds within a few requests.
	const out: Request[] = [];
	for (let i = 0; i < pages.length; i++) {
		out.push(pages[i]!);
		if (i % 4 === 0) out.push(bundles[(i / 4) % bundles.length]!);
		out.push(tiles[i % tiles.length]!);
	}
	return out;
}

export type LoadResult = {
	profile: string;
	requestsPerSecond: number;
	p50: number;
	p99: number;
	errors: number;
	timeouts: number;
	non2xx: number;
	/** Lines nginx logged as [error], [crit], [alert] or [emerg] (e.g. "worker_connections are not enough"). */
	serverErrors: number;
	megabytesPerSecond: number;
	total: number;
};

async function run(dist: string, profile: (typeof PROFILES)[number], connections: number, duration: number): Promise<LoadResult> {
	const port = await freePort();
	const copy = profile.precompressed ? mkdtempSync(join(tmpdir(), 'caobang-load-')) : undefined;
	if (copy) {
		cpSync(dist, copy, { recursive: true });
		precompress(copy);
	}
	const server = await startNginx({ dist: copy ?? dist, port, tuning: profile.tuning });
	try {
		const mix = requestMix(dist);
		const result = await autocannon({
			url: `http://127.0.0.1:${port}`,
			connections,
			duration,
			timeout: 10,
			requests: mix.map((r) => ({ method: 'GET', path: r.path, headers: r.headers }))
		});
		return {
			profile: profile.name,
			requestsPerSecond: Math.round(result.requests.average),
			p50: result.latency.p50,
			p99: result.latency.p99,
			errors: result.errors,
			timeouts: result.timeouts,
			non2xx: result.non2xx,
			serverErrors: nginxErrors(join(server.dir, 'error.log')),
			megabytesPerSecond: Math.round((result.throughput.average / 1e6) * 10) / 10,
			total: result.requests.total
		};
	} finally {
		await server.stop();
		if (copy) rmSync(copy, { recursive: true, force: true });
	}
}

function nginxErrors(log: string): number {
	if (!existsSync(log)) return 0;
	return readFileSync(log, 'utf8')
		.split('\n')
		.filter((line) => /\[(error|crit|alert|emerg)\]/.test(line)).length;
}

function argNumber(name: string, fallback: number): number {
	const i = process.argv.indexOf(name);
	return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
	const dist = resolve('dist');
	if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build:local` first.');
	if (!existsSync(NGINX_BIN)) throw new Error(`${NGINX_BIN} is missing: apt-get install nginx-light`);
	const connections = argNumber('--connections', 1000);
	const duration = argNumber('--duration', 30);
	const load = loadavg()[0]!.toFixed(1);
	const results: LoadResult[] = [];
	for (const profile of PROFILES) {
		console.log(`${profile.name}: ${connections} connections for ${duration} s…`);
		results.push(await run(dist, profile, connections, duration));
		console.log(results.at(-1));
	}
	const mix = requestMix(dist);
	const md = [
		'## Load: one small server (`npm run bench:load`)',
		'',
		`Generated by \`npm run bench:load\` (tools/bench/load.ts) on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, nginx with`,
		`deploy/nginx/caobang-guide.conf, autocannon 9 on the same 2-core machine, its load average ${load} at the start`,
		'(other jobs shared it: the figures are a floor, not what a dedicated server does).',
		`${connections} concurrent connections for ${duration} s, each cycling through ${mix.length} requests: the ${mix.filter((r) => r.path.includes('/place/')).length} place pages`,
		'(both languages, gzip), the two content bundles (gzip) and the basemap read by 8 byte ranges, as the map reads it.',
		'',
		'Errors are the client\'s (a connection that failed or an answer not complete within 10 s); "nginx errors" are',
		'the lines nginx logged at level error or above (such as "worker_connections are not enough").',
		'',
		'| nginx.conf | Requests/s | p50 | p99 | Errors (of which timeouts) | Non-2xx | nginx errors | Throughput | Requests |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		...results.map(
			(r) =>
				`| ${r.profile} | ${r.requestsPerSecond} | ${r.p50} ms | ${r.p99} ms | ${r.errors} (${r.timeouts}) | ${r.non2xx} | ${r.serverErrors} | ${r.megabytesPerSecond} MB/s | ${r.total} |`
		),
		''
	].join('\n');
	const file = resolve('docs', 'bench.md');
	writeFileSync(file, withSection(existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n', 'load', md));
	console.log(md);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((err: unknown) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}
