/**
 * Mozilla's HTTP Observatory (npm @mdn/mdn-http-observatory, the scanner behind
 * developer.mozilla.org/observatory) run against the deployment's nginx site file serving the
 * build over HTTPS on this machine, with a test certificate. No internet: the target is local.
 *
 *   npm run observatory          # prints the grade, the score and each test; fails below A+
 *
 * The scanner runs in a child Node process that trusts the test certificate authority
 * (NODE_EXTRA_CA_CERTS is read only when Node starts), so it grades the site as a visitor's
 * browser would see it with a real certificate.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { NGINX_BIN, startNginx } from './serve.ts';

export type ObservatoryTest = { pass: boolean; result: string; scoreModifier: number };
export type ObservatoryReport = { grade: string; score: number; tests: Record<string, ObservatoryTest> };

const SCANNER = join(dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory')), 'scanner', 'index.js');

/**
 * The scanner reads the HSTS preload list from conf/hsts-preload.json, which its install script
 * downloads; installs here run no scripts (.npmrc). No local host is on that list, so an empty
 * list gives the same answers.
 */
function ensurePreloadList(): void {
	const file = join(dirname(SCANNER), '..', '..', 'conf', 'hsts-preload.json');
	if (!existsSync(file)) writeFileSync(file, '{}\n');
}

/** Scans https://localhost (and its plain-HTTP redirect on port 80), trusting `caFile`. */
export function scanLocalhost(caFile: string): ObservatoryReport {
	ensurePreloadList();
	const script = `
		const { scan } = await import(${JSON.stringify(SCANNER)});
		const r = await scan('localhost');
		const tests = Object.fromEntries(Object.entries(r.tests).map(([k, t]) => [k, { pass: t.pass, result: t.result, scoreModifier: t.scoreModifier }]));
		console.log(JSON.stringify({ grade: r.scan.grade, score: r.scan.score, tests }));`;
	const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
		encoding: 'utf8',
		// nginx listens on 127.0.0.1 only; Node would try ::1 first for "localhost".
		env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile, NODE_OPTIONS: '--dns-result-order=ipv4first' },
		timeout: 60_000
	});
	if (run.status !== 0) throw new Error(`the Observatory scan failed: ${run.stderr || run.error?.message}`);
	return JSON.parse(run.stdout.trim().split('\n').pop()!) as ObservatoryReport;
}

/** One line per test: pass/fail, its result and what it adds to or takes from the score. */
export function formatReport(report: ObservatoryReport): string {
	const rows = Object.entries(report.tests).map(
		([name, t]) => `${t.pass ? 'pass' : 'FAIL'}  ${name.padEnd(34)} ${t.result} (${t.scoreModifier >= 0 ? '+' : ''}${t.scoreModifier})`
	);
	return [`HTTP Observatory: ${report.grade} (${report.score}/100)`, ...rows].join('\n');
}

/** Why the scan cannot run here, or undefined. */
export function observatoryUnavailable(dist = resolve('dist')): string | undefined {
	if (!existsSync(join(dist, 'index.html'))) return 'dist/ is missing: run `npm run build:local` first';
	if (!existsSync(NGINX_BIN)) return `${NGINX_BIN} is missing: apt-get install nginx-light`;
	const probe = spawnSync('unshare', ['--user', '--map-root-user', '--net', 'ip', 'link', 'set', 'lo', 'up'], { encoding: 'utf8' });
	if (probe.status !== 0) return `no private network namespace (unshare, ip): ${probe.stderr || probe.error?.message}`;
	return undefined;
}

/**
 * The scanner only speaks to ports 443 and 80, so nginx and the scan run in a private network
 * namespace (`unshare --net`, as an unprivileged user mapped to root there): the deployment's own
 * ports, nothing else on the machine disturbed. Returns the report.
 */
export function runObservatory(dist = resolve('dist')): ObservatoryReport {
	const why = observatoryUnavailable(dist);
	if (why) throw new Error(why);
	const self = import.meta.filename;
	const run = spawnSync(
		'unshare',
		[
			'--user',
			'--map-root-user',
			'--net',
			'sh',
			'-c',
			'ip link set lo up && exec "$@"',
			'sh',
			process.execPath,
			'--import',
			'tsx',
			self,
			'--inside',
			dist
		],
		{ encoding: 'utf8', timeout: 120_000 }
	);
	if (run.status !== 0) throw new Error(`the Observatory run failed: ${run.stderr || run.error?.message}`);
	return JSON.parse(run.stdout.trim().split('\n').pop()!) as ObservatoryReport;
}

/** Inside the namespace: nginx on 443 and 80 with a test certificate, then the scan. */
async function inside(dist: string): Promise<void> {
	const server = await startNginx({ dist, port: 443, https: { httpPort: 80 } });
	try {
		console.log(JSON.stringify(scanLocalhost(server.caFile!)));
	} finally {
		await server.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const i = process.argv.indexOf('--inside');
	const job =
		i >= 0
			? inside(process.argv[i + 1]!)
			: Promise.resolve().then(() => {
					const report = runObservatory();
					console.log(formatReport(report));
					if (report.grade !== 'A+') process.exitCode = 1;
				});
	job.catch((err: unknown) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	});
}
