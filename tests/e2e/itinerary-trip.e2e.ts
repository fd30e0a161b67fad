/**
 * A trip the office suggests: its prerendered page reads with JavaScript off (text, days, stops, JSON-LD), and with
 * JavaScript on, "Open in the builder" makes an editable copy with the same days and stops.
 */
import { expect, test } from '@playwright/test';

const TRIP = '/en/itinerary/three-days-north-and-east';

test('a suggested trip reads with JavaScript off, with its days, stops and TouristTrip JSON-LD', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(TRIP);
	await expect(page.getByRole('heading', { level: 1, name: 'Three days north and east' })).toBeVisible();
	await expect(page.getByText('This is only a suggestion', { exact: false })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^Day 1 · /, /^Day 2 · /, /^Day 3 · /]);
	await expect(page.getByRole('link', { name: 'Bản Giốc Waterfall' })).toHaveAttribute('href', '/en/place/ban-gioc-waterfall');
	await expect(page.getByRole('link', { name: 'Open in the builder' })).toBeVisible();
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^Three days north and east/);
	const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as {
		'@type': string;
		itinerary: { itemListElement: unknown[] };
	};
	expect(ld['@type']).toBe('TouristTrip');
	expect(ld.itinerary.itemListElement).toHaveLength(3);
	await context.close();
});

test('"Open in the builder" makes an editable copy with the same days and stops', async ({ page }) => {
	await page.goto(TRIP);
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	const onPage = await Promise.all([0, 1, 2].map((d) => page.locator('article section').nth(d).locator('li a').allTextContents()));
	await page.getByRole('link', { name: 'Open in the builder' }).click();
	await expect(page).toHaveURL(/\/en\/itinerary\?edit=/);
	await expect(page.getByLabel('Name of the itinerary')).toHaveValue('Three days north and east');
	const days = page.locator('main .editor section.day');
	await expect(days).toHaveCount(3);
	for (const d of [0, 1, 2]) expect(await days.nth(d).locator('ol.stops > li .head a').allTextContents()).toEqual(onPage[d]);
	await expect(page.getByLabel('Name of day 1')).toHaveValue('To the roots – Pác Bó');
	// It is a copy of the operator's own: editing it leaves the suggestion as it was.
	await page.getByLabel('Name of the itinerary').fill('Our three days');
	await page.goto(TRIP);
	await expect(page.getByRole('heading', { level: 1, name: 'Three days north and east' })).toBeVisible();
});
