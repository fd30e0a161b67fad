/**
 * One Lighthouse 12 run (mobile preset: Moto G-class CPU at 4× slowdown, slow 4G) against a
 * page of the production build, reduced to the figures docs/bench.md reports.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type LighthouseFigures = {
	url: string;
	performance: number;
	accessibility: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** JavaScript transferred during the load (compressed bytes). */
	scriptBytes: number;
	fontBytes: number;
	totalBytes: number;
	/** Lighthouse's CPU benchmark of the machine during this run (higher is faster; stop 20's quiet VM: 2,050–2,270). */
	benchmarkIndex: number;
};

export type LighthouseResult = LighthouseFigures | { url: string; error: string };

type Report = {
	environment?: { benchmarkIndex?: number };
	categories: Record<string, { score: number | null }>;
	audits: Record<
		string,
		{ numericValue?: number; errorMessage?: string; details?: { items?: { resourceType?: string; transferSize?: number }[] } }
	>;
};

export function lighthouse(root: string, url: string): LighthouseResult {
	const chrome = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
	if (!chrome) return { url, error: 'no Chromium found' };
	const bin = join(root, 'node_modules/.bin/lighthouse');
	if (!existsSync(bin)) return { url, error: 'lighthouse is not installed (npm install)' };
	const out = join(mkdtempSync(join(tmpdir(), 'lh-')), 'report.json');
	const result = spawnSync(
		bin,
		[
			url,
			'--quiet',
			'--output=json',
			`--output-path=${out}`,
			'--only-categories=performance,accessibility',
			'--form-factor=mobile',
			'--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'
		],
		{ cwd: root, env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8', timeout: 240_000 }
	);
	if (!existsSync(out)) {
		const lines = (result.stderr || 'lighthouse failed').split('\n').filter((l) => l.trim());
		return { url, error: lines.slice(-2).join(' ') || 'lighthouse failed' };
	}
	const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
	// A run whose trace gave no paint or no blocking time (Lighthouse scores the page anyway) is a failed run, not a
	// figure: its NaNs would spoil the median of the others.
	const missing = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].filter(
		(k) => typeof report.audits[k]?.numericValue !== 'number'
	);
	if (missing.length > 0) {
		const why = missing.map((k) => `${k}: ${report.audits[k]?.errorMessage ?? 'no value'}`).join('; ');
		return { url, error: `Lighthouse measured no ${why}` };
	}
	const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
	const num = (k: string) => report.audits[k]?.numericValue ?? NaN;
	const resources = report.audits['resource-summary']?.details?.items ?? [];
	const bytes = (type: string) => resources.find((r) => r.resourceType === type)?.transferSize ?? 0;
	return {
		url,
		performance: score('performance'),
		accessibility: score('accessibility'),
		lcpMs: Math.round(num('largest-contentful-paint')),
		tbtMs: Math.round(num('total-blocking-time')),
		cls: Math.round(num('cumulative-layout-shift') * 1000) / 1000,
		scriptBytes: bytes('script'),
		fontBytes: bytes('font'),
		totalBytes: bytes('total'),
		benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? NaN)
	};
}
