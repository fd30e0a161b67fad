/**
 * The builder by pointer and on paper: stops dragged by their grip within a day and into another day (announced as
 * keyboard moves are), and the printed sheet on A4 in one language and in both side by side, with a map per day and
 * the emergency numbers, and nothing wider than the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readGuideDb } from './helpers/guide-db.ts';

const ready = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
const days = (page: Page) => page.locator('main .editor section.day');
const stopNames = (page: Page, day: number) => days(page).nth(day).locator('ol.stops > li .head a').allTextContents();

/** Presses on a stop's grip and lets go at a point, moving through the page in steps as a hand would. */
async function dragTo(page: Page, grip: Locator, x: number, y: number): Promise<void> {
	const box = (await grip.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(x, y, { steps: 10 });
	await page.mouse.up();
}

async function startFromEastRoute(page: Page): Promise<string[]> {
	await page.goto('/en/route/east-traditional-cultures');
	await ready(page);
	await page.getByRole('link', { name: 'Start an itinerary from this route' }).click();
	await expect(page).toHaveURL(/\/en\/itinerary\?edit=/);
	await expect(days(page)).toHaveCount(1);
	return stopNames(page, 0);
}

test('stops are reordered by dragging, within a day and into another day, and each move is announced', async ({ page }) => {
	// A tall window, so that a drag never has to scroll the page (that is tried by hand, not here).
	await page.setViewportSize({ width: 412, height: 2400 });
	const before = await startFromEastRoute(page);
	const rows = days(page).first().locator('ol.stops > li');
	const showNearTop = (row: Locator) => row.evaluate((el) => (el.scrollIntoView({ block: 'start' }), window.scrollBy(0, -150)));

	// The second stop, let go over the upper half of the first, becomes first.
	await showNearTop(rows.first());
	const first = (await rows.first().boundingBox())!;
	await dragTo(page, rows.nth(1).locator('.grip'), first.x + first.width / 2, first.y + 10);
	expect(await stopNames(page, 0)).toEqual([before[1], before[0], ...before.slice(2)]);
	await expect(page.getByRole('status').filter({ hasText: `${before[1]} is now stop 1 of day 1` })).toBeAttached();

	// The last stop of day 1, let go over the new, empty day 2.
	await page.getByRole('button', { name: 'Add a day' }).click();
	await expect(days(page)).toHaveCount(2);
	const last = rows.last();
	await showNearTop(last);
	const target = (await days(page).nth(1).locator('h2').boundingBox())!;
	await dragTo(page, last.locator('.grip'), target.x + 20, target.y + target.height / 2);
	const moved = before[before.length - 1]!;
	expect(await stopNames(page, 1)).toEqual([moved]);
	await expect(page.getByRole('status').filter({ hasText: `${moved} is now stop 1 of day 2` })).toBeAttached();

	// The move is stored like any other edit (written to the device's database, then kept by a reload).
	const secondDay = async () => {
		const [stored] = (await readGuideDb(page)).itineraries as { itinerary: { days: { stops: unknown[] }[] } }[];
		return stored?.itinerary.days[1]?.stops.length ?? 0;
	};
	await expect.poll(secondDay).toBe(1);
	await page.reload();
	await ready(page);
	expect(await stopNames(page, 1)).toEqual([moved]);
});

test('the printed sheet fits A4 in one language and with both side by side', async ({ page }) => {
	await startFromEastRoute(page);
	await page.getByRole('button', { name: 'Add a day' }).click();
	await days(page).first().locator('ol.stops > li').last().getByRole('button', { name: 'Move down' }).click();
	await expect(days(page)).toHaveCount(2);

	// A4 at 96 dpi, less the browser's default print margins.
	await page.setViewportSize({ width: 718, height: 1047 });
	const sheet = page.locator('.print-sheet');
	await page.emulateMedia({ media: 'print' });
	await expect(sheet).toBeVisible();
	await expect(page.locator('main .editor')).toBeHidden();
	await expect(sheet.locator('.col[lang="en"]')).toHaveCount(2);
	await expect(sheet.locator('.col[lang="vi"]')).toHaveCount(0);
	await expect(sheet.locator('.day-map svg').first()).toBeVisible();
	await expect(sheet.getByText('Emergency numbers')).toBeVisible();
	await expect(sheet.getByText('Police: 113')).toBeVisible();

	await page.emulateMedia({ media: 'screen' });
	await page.getByLabel('Both languages, side by side').check();
	await page.emulateMedia({ media: 'print' });
	for (const lang of ['vi', 'en']) {
		await expect(sheet.locator(`.col[lang="${lang}"]`)).toHaveCount(2);
		await expect(sheet.locator(`.col[lang="${lang}"]`).first()).toBeVisible();
	}
	await expect(sheet.locator('.col[lang="vi"] h2').first()).toHaveText(/^Ngày 1/);
	await expect(sheet.locator('.col[lang="en"] h2').first()).toHaveText(/^Day 1/);
	// Side by side: the Vietnamese column left of the English one, both inside the page.
	const vi = (await sheet.locator('.col[lang="vi"]').first().boundingBox())!;
	const en = (await sheet.locator('.col[lang="en"]').first().boundingBox())!;
	expect(vi.x + vi.width).toBeLessThanOrEqual(en.x);
	expect(en.x + en.width).toBeLessThanOrEqual(718);
	await expect(sheet.getByText('Công an: 113')).toBeVisible();
	await expect(sheet.getByText('Police: 113')).toBeVisible();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
	const pdf = await page.pdf({ format: 'A4', printBackground: true });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
});
