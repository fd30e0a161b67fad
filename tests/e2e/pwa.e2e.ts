/**
 * The installable app: manifest, installability (Chromium's own check), the headers nginx
 * sends, and a safe update: a new version waits until the visitor taps Reload, then the whole
 * page comes from the new version, never a mix.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { ContentManifest } from '../../src/lib/domain/content/types.ts';
import { loadedAssets, waitForOfflineReady } from './helpers/pwa.ts';
import { createSiteCopy } from './helpers/site-copy.ts';
import { publishVersion2 } from './helpers/publish-version.ts';

const behindNginx = (headers: Record<string, string>) => headers.server === 'nginx';

test.describe('installable app', () => {
	test('the web app manifest names the guide, its colours, icons and shortcuts', async ({ request }) => {
		const res = await request.get('/manifest.webmanifest');
		expect(res.headers()['content-type']).toMatch(/^application\/manifest\+json/);
		const m = (await res.json()) as Record<string, unknown> & { icons: { sizes: string; purpose: string }[]; shortcuts: { url: string }[] };
		expect(m).toMatchObject({
			name: 'Cẩm nang Cao Bằng',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: '#1f6b52',
			background_color: '#f7f5ef'
		});
		expect(m.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
		expect(m.shortcuts.map((s) => s.url)).toEqual(['/vi/', '/vi/routes', '/vi/saved']);
		for (const icon of ['/icons/icon-192.png', '/icons/icon-512.png', '/icons/icon-maskable-512.png']) {
			expect((await request.get(icon)).status()).toBe(200);
		}
	});

	test('Chromium finds nothing that stops installing it', async ({ playwright, baseURL }) => {
		// A persistent profile: Chromium never offers to install from a private (incognito) one.
		const profile = mkdtempSync(join(tmpdir(), 'caobang-profile-'));
		const context = await playwright.chromium.launchPersistentContext(profile, { ...test.info().project.use.launchOptions, baseURL });
		try {
			const page = context.pages()[0] ?? (await context.newPage());
			await page.goto('/vi/');
			await waitForOfflineReady(page);
			const cdp = await page.context().newCDPSession(page);
			const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: { message: string }[] };
			expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
			expect(manifest.errors).toEqual([]);
			const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
			expect(installabilityErrors).toEqual([]);
		} finally {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	});

	test('every page links the manifest of its language and the home-screen icon', async ({ request, page }) => {
		const pages: [string, string][] = [
			['/', '/manifest.webmanifest'],
			['/vi/', '/manifest.webmanifest'],
			['/shell.html', '/manifest.webmanifest'],
			['/en/place/ban-gioc-waterfall', '/manifest.en.webmanifest']
		];
		for (const [path, manifest] of pages) {
			const html = await (await request.get(path)).text();
			expect(html, path).toContain(`<link rel="manifest" href="${manifest}" />`);
			expect(html, path).toContain('<link rel="apple-touch-icon"');
			// A prerendered page links it once it has been painted, with the app's modules (tools/prerender-assets.ts).
			// (`/` sends the browser on to its language's home.)
			if (path === '/') continue;
			await page.goto(path);
			await expect(page.locator(`head > link[rel="manifest"][href="${manifest}"]`), path).toHaveCount(1);
		}
		const en = (await (await request.get('/manifest.en.webmanifest')).json()) as {
			id: string;
			name: string;
			lang: string;
			shortcuts: { url: string }[];
		};
		expect(en).toMatchObject({ id: '/', name: 'Cao Bằng Guide', lang: 'en' });
		expect(en.shortcuts.map((s) => s.url)).toEqual(['/en/', '/en/routes', '/en/saved']);
	});
});

test.describe('headers (as deployed)', () => {
	test('hashed files are immutable; pages, sw.js and manifests are revalidated; security headers everywhere', async ({ request }) => {
		const page = await request.get('/vi/');
		const html = await page.text();
		test.skip(!behindNginx(page.headers()), 'nginx is not installed: tools/serve.ts mirrors it');
		const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? '';
		const manifest = (await (await request.get('/content/manifest.json')).json()) as ContentManifest;
		const cache = async (path: string) => (await request.get(path)).headers()['cache-control'];
		expect(await cache(script)).toBe('public, max-age=31536000, immutable');
		expect(await cache(manifest.bundles.vi)).toBe('public, max-age=31536000, immutable');
		for (const path of ['/vi/', '/sw.js', '/manifest.webmanifest', '/content/manifest.json', '/shell.html']) {
			expect(await cache(path), path).toBe('no-cache');
		}
		const missing = await request.get('/en/place/no-such-place');
		expect(missing.status()).toBe(404);
		for (const res of [page, missing]) {
			const h = res.headers();
			expect(h['x-content-type-options']).toBe('nosniff');
			expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(h['permissions-policy']).toContain('geolocation=(self)');
			expect(h['content-security-policy']).toContain("default-src 'self'");
			expect(h['content-security-policy']).toContain('worker-src');
		}
		const gz = await request.get(manifest.bundles.en, { headers: { 'accept-encoding': 'gzip' } });
		expect(gz.headers()['content-encoding']).toBe('gzip');
		expect(gz.headers()['content-type']).toMatch(/^application\/json/);
		expect((await request.get('/sw.js')).headers()['content-type']).toMatch(/^text\/javascript/);
	});
});

test.describe('updates', () => {
	test('a new version waits for the visitor’s tap, then loads whole, with no old files', async ({ page }) => {
		const site = await createSiteCopy();
		try {
			await page.goto(`${site.url}/en/place/ban-gioc-waterfall`);
			await waitForOfflineReady(page);
			await expect(page.getByRole('heading', { level: 1, name: 'Bản Giốc Waterfall' })).toBeVisible();
			const v2 = await publishVersion2(site.dir);

			// The update check that runs whenever the visitor comes back to the tab.
			await page.evaluate(() => ((window as { stillV1?: boolean }).stillV1 = true));
			await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			const toast = page.getByTestId('update-toast');
			await expect(toast).toBeVisible({ timeout: 20_000 });
			await expect(toast).toContainText('A new version of the guide is ready.');
			await expect(page.getByRole('status').filter({ has: toast })).toBeAttached();
			// Nothing reloads on its own.
			await page.waitForTimeout(1500);
			expect(await page.evaluate(() => (window as { stillV1?: boolean }).stillV1)).toBe(true);
			await expect(page.getByRole('heading', { level: 1, name: 'Bản Giốc Waterfall' })).toBeVisible();

			await toast.getByRole('button', { name: 'Reload' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Bản Giốc Waterfall (v2)' })).toBeVisible();
			expect(await page.evaluate(() => (window as { stillV1?: boolean }).stillV1)).toBeUndefined();
			const assets = await loadedAssets(page);
			const scripts = await page
				.locator('script[src]')
				.evaluateAll((els) => els.map((e) => new URL((e as HTMLScriptElement).src).pathname));
			expect(scripts).toContain(v2.newScript);
			expect([...scripts, ...assets]).not.toContain(v2.oldScript);
			// The page starts from its own slice of version 2 (or, if that is slow to come, from the stored whole bundle
			// of version 2); the whole bundle of version 2 follows when idle. No slice of version 1.
			expect(assets.filter((a) => a.startsWith('/content/pages/') && !v2.newSlices.includes(a))).toEqual([]);
			await expect.poll(() => loadedAssets(page)).toContain(v2.newBundle);

			// The new version is the one kept offline, too.
			await page.context().setOffline(true);
			await page.reload();
			await expect(page.getByRole('heading', { level: 1, name: 'Bản Giốc Waterfall (v2)' })).toBeVisible();
			await page.context().setOffline(false);
		} finally {
			await site.stop();
		}
	});

	test('"Later" hides the notice and keeps the page as it is', async ({ page }) => {
		const site = await createSiteCopy();
		try {
			await page.goto(`${site.url}/en/`);
			await waitForOfflineReady(page);
			await publishVersion2(site.dir);
			await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
			const toast = page.getByTestId('update-toast');
			await expect(toast).toBeVisible({ timeout: 20_000 });
			await toast.getByRole('button', { name: 'Later' }).click();
			await expect(toast).toBeHidden();
			// Next launch: the waiting version is offered again.
			await page.goto(`${site.url}/en/routes`);
			await expect(page.getByTestId('update-toast')).toBeVisible({ timeout: 20_000 });
		} finally {
			await site.stop();
		}
	});
});
