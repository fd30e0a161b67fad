/**
 * What a visitor meets on every page of the production build, beyond the content itself:
 * where focus goes after following a link inside the app, a search box that keeps focus while
 * the results (and the URL) follow each key, an "open now" badge that changes by itself when
 * the hour comes, and a plain message when the content cannot be loaded. Times and places are
 * taken from the served bundle, not from today's content.
 */
import { expect, test, type Page } from '@playwright/test';
import type { HoursRule, Place } from '../../src/lib/domain/content/types.ts';
import { servedBundle } from './helpers/content.ts';

async function ready(page: Page): Promise<void> {
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
}

/** The focused element is the new page itself: <main> or its <h1>. */
function focusIsOnThePage(page: Page): Promise<boolean> {
	return page.evaluate(() => {
		const a = document.activeElement;
		return a?.tagName === 'MAIN' || (a?.tagName === 'H1' && a.closest('main') !== null);
	});
}

test.describe('after following a link inside the app', () => {
	test('focus moves to the new page, so the next Tab starts in its content, not in the header', async ({ page }) => {
		await page.goto('/en/place/ban-gioc-waterfall');
		await ready(page);
		await page.getByRole('navigation').getByRole('link', { name: 'Routes', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Geopark routes' })).toBeVisible();
		await expect.poll(() => focusIsOnThePage(page)).toBe(true);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);

		// The same after a link inside the content.
		await page.locator('main').getByRole('link').first().click();
		await expect(page).toHaveURL(/\/en\/route\//);
		await expect.poll(() => focusIsOnThePage(page)).toBe(true);
	});
});

test.describe('the search box', () => {
	test('keeps focus while typing, as results and the URL follow each key', async ({ page }) => {
		await page.goto('/en/search');
		await ready(page);
		const box = page.getByRole('searchbox');
		await box.click();
		await box.pressSequentially('ban gioc', { delay: 40 });
		await expect(box).toBeFocused();
		await expect(box).toHaveValue('ban gioc');
		await expect(page).toHaveURL(/[?&]q=ban(\+|%20)gioc/);
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText('Bản Giốc Waterfall');
		await box.press('Backspace');
		await expect(box).toBeFocused();
		await expect(box).toHaveValue('ban gio');
	});
});

/** The first day on or after 2 March 2026 (a Monday) on which `rule` applies, as YYYY-MM-DD. */
function dayOf(rule: HoursRule): string {
	const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
	for (let i = 0; i < 366; i++) {
		const day = new Date(Date.UTC(2026, 2, 2 + i));
		const weekday = weekdays[day.getUTCDay()] as HoursRule['days'][number];
		if (rule.days.includes(weekday) && (!rule.months || rule.months.includes(day.getUTCMonth() + 1))) return day.toISOString().slice(0, 10);
	}
	throw new Error('the rule never applies');
}

test.describe('the open-now badge', () => {
	test('turns from "closed" to "open" by itself when the opening minute passes', async ({ page, request }) => {
		const bundle = await servedBundle(request, 'en');
		const withHours = bundle.places.find((p): p is Place & { hours: { rules: HoursRule[] } } =>
			(p.hours.rules ?? []).some((r) => r.open !== '00:00' && r.close !== r.open && r.close > r.open)
		);
		test.skip(!withHours, 'no place in the content has opening hours');
		if (!withHours) return;
		const rule = withHours.hours.rules.find((r) => r.open !== '00:00' && r.close > r.open) as HoursRule;
		// 30 seconds before opening, in Cao Bằng time (UTC+7).
		const opening = new Date(`${dayOf(rule)}T${rule.open}:00+07:00`);
		await page.clock.install({ time: new Date(opening.getTime() - 30_000) });
		await page.goto(`/en/place/${withHours.id}`);
		await ready(page);
		const badge = page
			.locator('main')
			.getByText(/^(Closed|Open now)\b/)
			.first();
		await expect(badge).toHaveText(new RegExp(`^Closed.*${rule.open}`));

		await page.clock.runFor(60_000);
		await expect(badge).toHaveText(new RegExp(`^Open now.*${rule.close}`));
	});
});

test.describe('when the content cannot be loaded', () => {
	// The service worker would answer from its cache; this is the first visit on a bad connection.
	test.use({ serviceWorkers: 'block' });

	test('the page says so in plain words', async ({ page }) => {
		await page.route('**/content/en.*.json', (route) => route.abort('connectionfailed'));
		// A place page, a route page and the home have their own slice of it (tools/prerender-slice.ts); the list
		// of routes needs the language's bundle.
		await page.goto('/en/routes');
		await expect(page.getByRole('alert')).toContainText(
			"The guide's content could not be loaded. Check your connection and reload the page."
		);
	});
});
