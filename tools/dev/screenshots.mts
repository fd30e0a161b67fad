import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ ...devices['Pixel 7'] });
const page = await ctx.newPage();
const shots = process.argv.slice(2);
for (const s of shots) {
	const [path, file, full] = s.split('|');
	await page.goto('http://localhost:4173' + path);
	await page.waitForSelector('html[data-ready]');
	await page.screenshot({ path: file, fullPage: full === 'full' });
}
await browser.close();
