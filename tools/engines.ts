/**
 * `npm run test:engines`: the core journeys in WebKit and Gecko (tests/engines) against the
 * production build behind nginx. Builds dist/ (`npm run build:local`) if it is missing, says
 * which Debian package to install when a browser or driver is absent, and prints how long the
 * suite took.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs: [path: string, pkg: string][] = [
	['/usr/sbin/nginx', 'nginx-light'],
	['/usr/bin/firefox-esr', 'firefox-esr'],
	['/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
	['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'],
	['/usr/bin/Xvfb', 'xvfb']
];
const missing = [...new Set(needs.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))];
if (missing.length > 0) {
	console.error(`The cross-engine suite needs Debian packages: apt-get install ${missing.join(' ')}`);
	process.exit(1);
}
if (!existsSync('dist/vi/index.html')) {
	const built = spawnSync('npm', ['run', 'build:local'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}
const start = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--config', 'tests/engines/vitest.config.ts', ...process.argv.slice(2)], {
	stdio: 'inherit'
});
console.log(`cross-engine suite (WebKit + Gecko): ${((Date.now() - start) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
