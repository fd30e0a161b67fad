/**
 * The tourism office's QR signs and the visitor who scans one: the sign sheet has one sign per
 * place, each QR code (decoded from a screenshot of the rendered sign with jsQR) carries exactly
 * the short address on the build's site URL; that address opens the right place in the
 * visitor's language, online and, once the guide is installed, offline; the number on the sign
 * typed into the search box opens the place, and an unknown number is said to be unknown.
 */
import { expect, test, type Browser } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import AxeBuilder from '@axe-core/playwright';
import { servedBundle } from './helpers/content.ts';
import { waitForOfflineReady } from './helpers/pwa.ts';
import { watchProblems } from './helpers/problems.ts';

async function decodeQr(png: Buffer): Promise<string | null> {
	const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

test.describe('the sheet', () => {
	// The office prints from a plain visit; no "ready offline" note over the signs.
	test.use({ serviceWorkers: 'block' });

	test('the sign sheet has one sign per place, each QR code carrying its short address', async ({ page, request }) => {
		test.setTimeout(420_000);
		const problems = watchProblems(page);
		const bundle = await servedBundle(request, 'vi');
		await page.goto('/vi/signs');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const signs = page.locator('.sign');
		await expect(signs).toHaveCount(bundle.places.length);
		const codes = await signs.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.code)));
		expect([...codes].sort((a, b) => a - b)).toEqual(bundle.places.map((p) => p.code).sort((a, b) => a - b));

		const site = bundle.site.siteUrl;
		for (const place of bundle.places) {
			const sign = page.locator(`.sign[data-code="${place.code}"]`);
			await expect(sign.getByRole('heading', { level: 2 })).toHaveText(place.name);
			await expect(sign).toContainText(place.otherName);
			await expect(sign).toContainText(`#${place.code}`);
			const decoded = await decodeQr(await sign.locator('.qr').screenshot());
			expect(decoded, `QR of #${place.code} ${place.name}`).toBe(`${site}/s/${place.code}`);
		}
		expect(
			await new AxeBuilder({ page })
				.include('main')
				.analyze()
				.then((r) => r.violations.map((v) => v.id))
		).toEqual([]);
		expect(problems).toEqual([]);
	});

	test('printed, the sheet puts the signs on A4 pages with nothing of the app around them', async ({ page, request }) => {
		const bundle = await servedBundle(request, 'en');
		await page.goto('/en/signs');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.app-header')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Print the signs' })).toBeHidden();
		const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
		const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
		expect(pages).toBe(Math.ceil(bundle.places.length / 6));
	});
});

async function scanOffline(browser: Browser, lang: 'vi' | 'en', locale: string) {
	const context = await browser.newContext({ locale, baseURL: test.info().project.use.baseURL });
	const page = await context.newPage();
	await page.goto(`/${lang}/`);
	await waitForOfflineReady(page);
	await context.setOffline(true);
	return { context, page };
}

test('the short address opens the right place in the visitor’s language, online and offline', async ({ browser, request }) => {
	test.setTimeout(300_000);
	const vi = await servedBundle(request, 'vi');
	const en = await servedBundle(request, 'en');
	const [first, last] = [vi.places[0], vi.places[vi.places.length - 1]];
	if (!first || !last) throw new Error('no places');
	const nameIn = (b: typeof vi, id: string) => b.places.find((p) => p.id === id)?.name ?? '';

	// Online, with no service worker yet: the server's page for /s/<code> hands over to the app.
	const fresh = await browser.newContext({ locale: 'en-GB', baseURL: test.info().project.use.baseURL, serviceWorkers: 'block' });
	const online = await fresh.newPage();
	await online.goto(`/s/${first.code}`);
	await expect(online).toHaveURL(new RegExp(`/en/place/${first.id}$`), { timeout: 30_000 });
	await expect(online.getByRole('heading', { level: 1, name: nameIn(en, first.id) })).toBeVisible();
	await fresh.close();

	for (const [lang, locale, bundle] of [
		['vi', 'vi-VN', vi],
		['en', 'en-US', en]
	] as const) {
		const { context, page } = await scanOffline(browser, lang, locale);
		for (const place of [first, last]) {
			await page.goto(`/s/${place.code}`);
			await expect(page).toHaveURL(new RegExp(`/${lang}/place/${place.id}$`), { timeout: 30_000 });
			await expect(page.getByRole('heading', { level: 1, name: nameIn(bundle, place.id) })).toBeVisible();
		}
		await context.close();
	}
});

test('a sign’s number typed into the search opens the place; an unknown number is said to be unknown', async ({ page, request }) => {
	const bundle = await servedBundle(request, 'en');
	const place = bundle.places[1];
	if (!place) throw new Error('no places');
	await page.goto('/en/search');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	const box = page.getByRole('searchbox');
	await box.fill(`#${place.code}`);
	await expect(page.getByTestId('code-result')).toHaveText(`Place with code ${place.code}: ${place.name}`);
	await box.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/en/place/${place.id}$`), { timeout: 30_000 });
	await expect(page.getByRole('heading', { level: 1, name: place.name })).toBeVisible();

	await page.goto('/en/search');
	// The field answers once the app has started (src/boot.ts starts it after the first paint).
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('searchbox').fill(String(place.code));
	await page.getByRole('searchbox').press('Enter');
	await expect(page).toHaveURL(new RegExp(`/en/place/${place.id}$`), { timeout: 30_000 });

	const unknown = 999_998;
	await page.goto('/vi/search');
	// The field answers once the app has started (src/boot.ts starts it after the first paint).
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	await page.getByRole('searchbox').fill(String(unknown));
	await expect(page.getByTestId('code-result')).toHaveText(
		`Không có địa điểm hay dịch vụ nào mang mã số ${unknown}. Hãy xem lại số trên biển, hoặc tìm theo tên.`
	);
});

test('the office finds the sign sheet from the about and practical pages, in both languages', async ({ page }) => {
	const cases = [
		{ from: '/en/about', link: 'QR signs for every place', to: '/en/signs' },
		{ from: '/vi/about', link: 'Biển QR cho mọi địa điểm', to: '/vi/signs' },
		{ from: '/en/practical', link: 'QR signs for every place', to: '/en/signs' },
		{ from: '/vi/practical', link: 'biển QR cho mọi địa điểm', to: '/vi/signs' }
	];
	for (const c of cases) {
		await page.goto(c.from);
		await page.getByRole('link', { name: c.link, exact: true }).click();
		await expect(page, c.from).toHaveURL(new RegExp(`${c.to}$`));
		await expect(page.locator('.sign').first()).toBeVisible();
	}
});
