import { chromium, devices } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext({ ...devices['Pixel 7'] })).newPage();
await page.goto('http://localhost:4173' + process.argv[2]);
await page.waitForSelector('html[data-ready]');
await page.evaluate((y) => window.scrollTo(0, y), Number(process.argv[3]));
await page.screenshot({ path: process.argv[4] });
await browser.close();
