/**
 * `npx tsx tools/icons.ts`: renders the app icons and the link-preview card from
 * public/icons/icon.svg with Chromium. The PNGs are committed (they change rarely), so the build
 * needs no browser. Run again after changing the SVG.
 */
import { chromium } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), 'public/icons');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const executablePath = ['/usr/bin/chromium'].find((p) => existsSync(p));

const pages: { file: string; width: number; height: number; html: string }[] = [
	{ file: 'icon-192.png', width: 192, height: 192, html: `<div style="width:192px;height:192px">${svg}</div>` },
	{ file: 'icon-512.png', width: 512, height: 512, html: `<div style="width:512px;height:512px">${svg}</div>` },
	{
		// Maskable: the artwork inside the 80 % safe zone, on a full-bleed background.
		file: 'icon-maskable-512.png',
		width: 512,
		height: 512,
		html: `<div style="width:512px;height:512px;background:#1f6b52;display:grid;place-items:center"><div style="width:360px;height:360px">${svg}</div></div>`
	},
	{
		file: 'og-card.png',
		width: 1200,
		height: 630,
		html: `<div style="width:1200px;height:630px;background:#1f6b52;color:#fff;display:flex;align-items:center;gap:64px;padding:0 80px;box-sizing:border-box;font-family:'Noto Sans',sans-serif">
			<div style="width:360px;height:360px;flex:none">${svg}</div>
			<div><div style="font-size:72px;font-weight:700;line-height:1.1">Cẩm nang Cao Bằng</div>
			<div style="font-size:44px;margin-top:16px;opacity:.9">Cao Bằng Guide</div>
			<div style="font-size:30px;margin-top:32px;opacity:.85">Non nước Cao Bằng UNESCO Global Geopark · offline</div></div></div>`
	}
];

const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox', '--disable-gpu'] });
for (const p of pages) {
	const page = await browser.newPage({ viewport: { width: p.width, height: p.height } });
	const fonts = ['vietnamese', 'latin', 'latin-ext']
		.map(
			(s) =>
				`@font-face{font-family:'Noto Sans';src:url(data:font/woff2;base64,${readFileSync(join(process.cwd(), `data/basemap/fonts/noto-sans-${s}-400-normal.woff2`)).toString('base64')})}`
		)
		.join('');
	await page.setContent(`<style>${fonts}body{margin:0}svg{width:100%;height:100%;display:block}</style>${p.html}`);
	await page.evaluate(() => document.fonts.ready);
	await page.screenshot({ path: join(dir, p.file), omitBackground: false });
	await page.close();
	console.log(`public/icons/${p.file}`);
}
await browser.close();
