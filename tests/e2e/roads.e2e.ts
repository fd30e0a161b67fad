/**
 * Issue 10 in the browser: route pages give each leg by road (OpenStreetMap 2021) and show a locator map, and place
 * pages show theirs, in the prerendered HTML with no JavaScript (a page opened from a QR code on a slow phone, or
 * printed); once the app has started, the map is still there.
 */
import { expect, test } from '@playwright/test';

const ROUTE = '/en/route/east-traditional-cultures';

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('a route page gives its legs by road, a sourced leg with its source, and a locator map of the route', async ({ page }) => {
		await page.goto(ROUTE);
		const legs = page.locator('ol .leg');
		await expect(legs.filter({ hasText: /km by road \(OpenStreetMap 2021\) · about \d+ min driving/ }).first()).toBeVisible();
		expect(await legs.filter({ hasText: 'by road (OpenStreetMap 2021)' }).count()).toBeGreaterThan(5);
		// The distance a source gives wins over the measured one, and says where it comes from.
		await expect(legs.filter({ hasText: 'source: en.vietnamplus.vn' })).toHaveText(/4 km by road · source: en\.vietnamplus\.vn/);
		await expect(legs.filter({ hasText: /\b0 m\b/ })).toHaveCount(0);
		const map = page.locator('[data-locator-map="route:east-traditional-cultures"] figure');
		await expect(map.locator('svg[role="img"]')).toBeVisible();
		await expect(map.locator('svg title')).toHaveText(/Traditional/i);
		await expect(map.locator('figcaption')).toContainText('OpenStreetMap contributors');
	});

	test('a place page shows its locator map, captioned in the page language', async ({ page }) => {
		await page.goto('/vi/place/ban-gioc-waterfall');
		const map = page.locator('[data-locator-map="place:ban-gioc-waterfall"] figure');
		await expect(map.locator('svg[role="img"]')).toBeVisible();
		await expect(map.locator('figcaption')).toContainText('Vị trí của Thác Bản Giốc');
		const box = await map.locator('svg').boundingBox();
		expect(box?.width).toBeGreaterThan(200);
	});
});

test('the app keeps the prerendered locator map when it starts', async ({ page }) => {
	await page.goto(ROUTE);
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	await expect(page.locator('[data-locator-map="route:east-traditional-cultures"] svg[role="img"]')).toBeVisible();
	await expect(page.locator('ol .leg').filter({ hasText: 'by road (OpenStreetMap 2021)' }).first()).toBeVisible();
});
