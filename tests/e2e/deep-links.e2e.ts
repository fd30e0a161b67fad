import { expect, test } from '@playwright/test';

const place = 'ban-gioc-waterfall';
const names = { vi: 'Thác Bản Giốc', en: 'Bản Giốc Waterfall' } as const;

test.describe('deep links', () => {
	for (const lang of ['vi', 'en'] as const) {
		test(`a place opened from a link renders in ${lang} and survives a reload`, async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (err) => errors.push(err.message));
			await page.goto(`/${lang}/place/${place}`);
			await expect(page.getByRole('heading', { level: 1, name: names[lang] })).toBeVisible();
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
			await page.reload();
			await expect(page.getByRole('heading', { level: 1, name: names[lang] })).toBeVisible();
			expect(errors).toEqual([]);
		});
	}

	test('the text is there before any JavaScript runs', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`/en/place/${place}`);
		await expect(page.getByRole('heading', { level: 1, name: names.en })).toBeVisible();
		await expect(page.getByText('Quây Sơn River').first()).toBeVisible();
		await expect(page).toHaveTitle(/Bản Giốc Waterfall/);
		await context.close();
	});

	test('a place page stays readable at 200% text size: nothing runs off the side of a phone', async ({ page }) => {
		await page.goto(`/vi/place/${place}`);
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		// Through the CSSOM: the site's CSP refuses an added <style> (docs/security.md).
		await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		await expect(page.getByRole('heading', { level: 1, name: names.vi })).toBeInViewport();
	});

	test('an unknown address shows a friendly page in the right language, with a way home', async ({ page }) => {
		const response = await page.goto('/en/place/no-such-place');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await page.getByRole('link', { name: "Go to the guide's home page" }).click();
		await expect(page).toHaveURL(/\/en\/$/);
		const vi = await page.goto('/vi/khong-co');
		expect(vi?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
	});
});

test.describe('language', () => {
	test('switching language keeps the page and sets <html lang>', async ({ page }) => {
		await page.goto(`/vi/place/${place}`);
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.locator('[data-lang-switch]').click();
		await expect(page).toHaveURL(new RegExp(`/en/place/${place}$`));
		await expect(page.getByRole('heading', { level: 1, name: names.en })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await page.goBack();
		await expect(page.getByRole('heading', { level: 1, name: names.vi })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	});

	test('the root picks the browser language, then remembers the choice', async ({ browser }) => {
		const context = await browser.newContext({ locale: 'en-GB' });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page).toHaveURL(/\/en\/$/);
		await page.locator('[data-lang-switch]').click();
		await expect(page).toHaveURL(/\/vi\/$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		await page.goto('/');
		await expect(page).toHaveURL(/\/vi\/$/);
		await context.close();
	});
});

test.describe('navigation', () => {
	test('back and forward move between pages without losing them', async ({ page }) => {
		await page.goto('/en/');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('link', { name: 'Routes', exact: true }).first().click();
		await expect(page.getByRole('heading', { level: 1, name: 'Geopark routes' })).toBeVisible();
		await page
			.getByRole('link', { name: /Traditional cultures/ })
			.first()
			.click();
		await expect(page).toHaveURL(/\/en\/route\/east-traditional-cultures$/);
		await page.goBack();
		await expect(page).toHaveURL(/\/en\/routes$/);
		await page.goForward();
		await expect(page).toHaveURL(/\/en\/route\/east-traditional-cultures$/);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('search lives in the URL and each result links to its page', async ({ page }) => {
		await page.goto('/vi/search?q=ban%20gioc');
		const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first();
		await expect(first).toHaveText('Thác Bản Giốc');
		await first.click();
		await expect(page).toHaveURL(/\/vi\/place\/ban-gioc-waterfall$/);
		await page.goBack();
		await expect(page.getByRole('searchbox')).toHaveValue('ban gioc');
	});
});
