/**
 * Issue 12 in the browser, behind nginx: "Around <place>" gives the chain with road distances
 * after one visit with the network gone; every phone is a well-formed tap-to-call link and every
 * Zalo link opens https://zalo.me/<digits>; the home map's services layer is off until turned on,
 * and then draws exactly the services its list twin lists.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { waitForOfflineReady } from './helpers/pwa.ts';
import { enableMapProbe, mapProbe } from './helpers/map-probe.ts';
import { startHomeMap } from './helpers/home-map.ts';

async function expectWellFormedContactLinks(page: Page): Promise<number> {
	const tel = await page.locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	for (const href of tel) expect(href).toMatch(/^tel:\+?\d{3,15}$/);
	const zalo = await page.locator('a[href*="zalo.me"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	for (const href of zalo) expect(href).toMatch(/^https:\/\/zalo\.me\/0\d{9}$/);
	return tel.length + zalo.length;
}

test('a place page lists its chain, with distances by road, offline after one visit', async ({ page, context }) => {
	await page.goto('/en/place/ban-gioc-waterfall');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	await waitForOfflineReady(page);
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	const around = page.locator('section.around');
	await expect(around.getByRole('heading', { level: 2 })).toHaveText('Around Bản Giốc Waterfall');
	await expect(around.getByRole('heading', { level: 3 })).toHaveText(['Get there', 'Stay', 'Eat', 'Guide', 'Buy', 'Information']);
	// The road file comes from the precache: the located homestays are given by road, not in a straight line.
	await expect(around.locator('[data-group="stay"] [data-basis="road"]').first()).toHaveText(/· (\d+(\.\d)? k?m by road|close by)/);
	await expect(around).toContainText('Road distances: OpenStreetMap roads as of 2021.');
	await expect(around.locator('[data-group="stay"] a').first()).toHaveAttribute('href', /^\/en\/service\//);
	await expect(around).not.toContainText(/\b0 m\b/);
});

test('a route page folds "Around" under each stop', async ({ page }) => {
	await page.goto('/vi/route/east-traditional-cultures');
	const stop = page.locator('ol.stops > li').filter({ has: page.getByRole('link', { name: 'Thác Bản Giốc', exact: true }) });
	const around = stop.locator('details.around');
	await expect(around.locator(':scope > summary h3')).toHaveText('Quanh Thác Bản Giốc');
	await around.locator(':scope > summary').click();
	await expect(around.locator('[data-group="stay"] li').first()).toBeVisible();
	// The stops take their road distances one after another once the road file is in: the twelfth has them too.
	await expect(around.locator('[data-group="stay"] [data-basis="road"]').first()).toHaveText(/· (\d+(,\d)? k?m đường bộ|ngay gần đây)/);
});

test('phones are tap-to-call links and Zalo links open zalo.me, on the practical page and service pages', async ({ page }) => {
	await page.goto('/en/practical');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practical information');
	await expect(page.locator('a[href="tel:113"]')).toHaveText('113');
	expect(await expectWellFormedContactLinks(page)).toBeGreaterThanOrEqual(4 + 2); // 113, 114, 115, 112 and the two coach operators' numbers
	await expect(page.getByRole('link', { name: /Thanh Ly/ })).toHaveAttribute('href', '/en/service/thanh-ly-coach');
	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	for (const id of ['thanh-ly-coach', 'mai-luy-coach', 'yen-nhi-homestay']) {
		await page.goto(`/vi/service/${id}`);
		await expectWellFormedContactLinks(page);
	}
	await page.goto('/vi/service/thanh-ly-coach');
	expect(await page.locator('dd a[href^="tel:"]').count()).toBeGreaterThan(0);
});

test('the services layer is off by default, toggles, and draws what its list twin lists', async ({ page }) => {
	test.setTimeout(120_000);
	await enableMapProbe(page);
	await page.goto('/en/');
	await startHomeMap(page, 60_000);
	await expect(mapProbe(page)).toHaveAttribute('data-map-places', /\d+/, { timeout: 30_000 });
	const toggle = page.getByRole('checkbox', { name: /Show services/ });
	await expect(toggle).not.toBeChecked();
	await expect(page.locator('[data-services-probe]')).toHaveCount(0);
	await expect(page.locator('.map-services')).toHaveCount(0);

	await toggle.check();
	const listed = page.locator('.map-services li');
	await expect(listed.first()).toBeVisible();
	const ids = await listed.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-service')));
	expect(ids.length).toBeGreaterThan(0);
	await expect(page.locator('[data-services-probe]')).toHaveAttribute('data-services-drawn', String(ids.length), { timeout: 20_000 });
	for (const id of ids) await expect(page.locator(`.map-services li[data-service="${id}"] a`)).toHaveAttribute('href', `/en/service/${id}`);

	await toggle.uncheck();
	await expect(page.locator('[data-services-probe]')).toHaveCount(0);
	await expect(page.locator('.map-services')).toHaveCount(0);
});
