import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium when present (CI here), else Playwright's own browser (other machines). */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const port = Number(process.env.E2E_PORT ?? 4174);
/** The production build behind the deployment's own nginx site file when nginx is installed. */
const useNginx = existsSync('/usr/sbin/nginx');

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: /.*\.e2e\.ts$/,
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	timeout: 60_000,
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'retain-on-failure',
		launchOptions: {
			...(systemChromium ? { executablePath: systemChromium } : {}),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Pixel 7'], browserName: 'chromium' } }],
	webServer: {
		command: useNginx ? `tsx tools/nginx/serve.ts --port ${port}` : `tsx tools/serve.ts`,
		env: { PORT: String(port) },
		url: `http://localhost:${port}/vi/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});
