/**
 * `npm run test:e2e`: Playwright against the production build in dist/ (built by `npm run build:local`,
 * which `npm test` runs first). Builds it here if it is missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync('dist/vi/index.html')) {
	const built = spawnSync('npm', ['run', 'build:local'], { stdio: 'inherit' });
	if (built.status !== 0) process.exit(built.status ?? 1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
