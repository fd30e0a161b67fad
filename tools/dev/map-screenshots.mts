/**
 * Screenshots of the map at province, district and site zoom, in both languages, at a
 * phone's size, into docs/screenshots/map-<zoom>-<lang>.png. Look at them after changing
 * the style or the map UI.
 *
 *     npm run build && npx tsx tools/serve.ts &      # http://localhost:4173
 *     npx tsx tools/dev/map-screenshots.mts [base-url]
 */
import { mkdirSync } from 'node:fs';
import { chromium, devices } from '@playwright/test';

const base = process.argv[2] ?? 'http://localhost:4173';
const outDir = 'docs/screenshots';

/** What each picture shows; `query` is the home screen's URL state. */
const views = [
	{ name: 'province', query: '' },
	{ name: 'district', query: '?at=22.8,106.62,10' },
	{ name: 'site', query: '?place=ban-gioc-waterfall&at=22.8535,106.7235,14' }
] as const;

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	for (const lang of ['vi', 'en'] as const) {
		for (const view of views) {
			const context = await browser.newContext({ ...devices['Pixel 7'], locale: lang === 'vi' ? 'vi-VN' : 'en-GB' });
			const page = await context.newPage();
			const problems: string[] = [];
			page.on('pageerror', (err) => problems.push(err.message));
			page.on('console', (msg) => {
				if (msg.type() === 'error') problems.push(msg.text());
			});
			await page.goto(`${base}/${lang}/${view.query}`);
			await page.locator('[data-map][data-map-state="ready"]').waitFor({ timeout: 30_000 });
			await page.locator('.map-frame').evaluate((el) => el.scrollIntoView({ block: 'start' }));
			// Let symbols fade in and the card settle.
			await page.waitForTimeout(1200);
			const file = `${outDir}/map-${view.name}-${lang}.png`;
			await page.screenshot({ path: file });
			console.log(`${file}${problems.length ? `  problems: ${problems.join(' | ')}` : ''}`);
			await context.close();
		}
	}
} finally {
	await browser.close();
}
