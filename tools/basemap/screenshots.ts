/**
 * Screenshots of the map for review (docs/screenshots/map-*.png): at Bản Giốc, Pác Bó, Cao Bằng city and Mã Phục pass,
 * zoom 8, 11, 14 and 16, in both languages, on a phone (390 × 844), with the detail basemap downloaded through the
 * offline pack as a visitor would. Run against a local build that is being served:
 *
 *     npm run build:local && PORT=4508 npx tsx tools/serve.ts &
 *     BASE_URL=http://localhost:4508 npx tsx tools/basemap/screenshots.ts
 *
 * Positions are read from the places' own place.yaml, never typed here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { parse } from 'yaml';

const ROOT = process.cwd();
const BASE = process.env.BASE_URL ?? 'http://localhost:4508';
const PLACES = {
	'ban-gioc': 'ban-gioc-waterfall',
	'pac-bo': 'pac-bo-special-national-relic',
	'cao-bang': 'cao-bang-city',
	'ma-phuc': 'ma-phuc-pass-pillow-basalt'
};
const ZOOMS = [8, 11, 14, 16];

function positionOf(id: string): { lat: number; lon: number } {
	const yaml = parse(readFileSync(join(ROOT, 'content/places', id, 'place.yaml'), 'utf8')) as { location: { lat: number; lon: number } };
	return yaml.location;
}

async function waitReady(page: Page): Promise<void> {
	await page.locator('[data-map][data-map-state="ready"]').waitFor({ timeout: 120_000 });
	// Let the tiles of the final view settle.
	await page.waitForTimeout(2500);
}

async function main(): Promise<void> {
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1.5 });
	const page = await context.newPage();
	await page.goto(`${BASE}/en/offline`);
	const province = page.locator('[data-pack="province"]');
	const download = province.getByRole('button', { name: /^Download/ });
	if (await download.isVisible()) await download.click();
	await province.getByText('Stored on this device').waitFor({ timeout: 300_000 });
	for (const lang of ['vi', 'en'] as const) {
		for (const [name, id] of Object.entries(PLACES)) {
			const { lat, lon } = positionOf(id);
			for (const z of ZOOMS) {
				await page.goto(`${BASE}/${lang}/?at=${lat},${lon},${z}`);
				await waitReady(page);
				const toast = page.getByRole('button', { name: 'OK' });
				if (await toast.isVisible()) await toast.click();
				const file = `docs/screenshots/map-${name}-z${z}-${lang}.png`;
				await page.locator('[data-map]').screenshot({ path: join(ROOT, file) });
				console.log(file);
			}
		}
	}
	await browser.close();
}

main().catch((err: unknown) => {
	console.error(err);
	process.exitCode = 1;
});
