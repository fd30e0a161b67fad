/**
 * The tour operator's journey: build a two-day trip from a route, reorder it by keyboard, share
 * it as a link, a QR code, GPX and a calendar; a guest opens the link in a fresh browser,
 * offline after one visit, and sees the same trip.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { readGuideDb } from './helpers/guide-db.ts';
import ICAL from 'ical.js';
import { waitForOfflineReady } from './helpers/pwa.ts';

const ready = (page: Page) => expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
/** The days on screen: the builder's when editing, else the trip's (a link opened by a guest). */
const days = (page: Page) => page.locator('main .editor section.day, main section.day:not(.print-only *)');
const stopNames = (page: Page, day: number) => days(page).nth(day).locator('ol.stops > li .head a').allTextContents();

/** Reads the QR code shown in the dialog the way a phone camera would: pixels, then jsQR. */
async function decodeShownQr(page: Page): Promise<string | null> {
	const { data, width, height } = await page.locator('dialog .code svg').evaluate(async (svg) => {
		const img = new Image();
		const size = 600;
		img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = size;
		const ctx = canvas.getContext('2d')!;
		ctx.drawImage(img, 0, 0, size, size);
		return { data: Array.from(ctx.getImageData(0, 0, size, size).data), width: size, height: size };
	});
	return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

test('an operator builds a two-day trip from the east route and shares it; a guest opens it offline', async ({ page, browser }) => {
	test.setTimeout(120_000);
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/en/route/east-traditional-cultures');
	await ready(page);
	await page.getByRole('link', { name: 'Start an itinerary from this route' }).click();
	await expect(page).toHaveURL(/\/en\/itinerary\?edit=/);
	await expect(page.getByLabel('Name of the itinerary')).toHaveValue(/./);
	const firstDay = await stopNames(page, 0);
	expect(firstDay.length).toBeGreaterThan(3);

	await page.getByLabel('Name of the itinerary').fill('Two days east');
	await page.getByLabel('Start date').fill('2027-03-14');
	await page.getByRole('button', { name: 'Add a day' }).click();
	await expect(days(page)).toHaveCount(2);

	// By keyboard: the last stop of day 1 moves down into day 2, and the move is announced.
	const last = days(page).first().locator('ol.stops > li').last();
	await last.getByRole('button', { name: 'Move down' }).focus();
	await page.keyboard.press('Enter');
	const moved = firstDay[firstDay.length - 1]!;
	await expect(page.getByRole('status').filter({ hasText: `${moved} is now stop 1 of day 2` })).toBeAttached();
	expect(await stopNames(page, 1)).toEqual([moved]);
	// The focus stays on the moved stop (its "Move up" now, as it is last): Enter brings it back.
	await page.keyboard.press('Enter');
	expect(await stopNames(page, 1)).toEqual([]);

	await days(page).first().locator('ol.stops > li').first().getByLabel('Note').fill('Bring raincoats');
	await page.getByLabel('Note for the day').first().fill('Early start');

	// The edit is stored (written to the device's database): a reload keeps it.
	await expect
		.poll(async () => JSON.stringify((await readGuideDb(page)).itineraries))
		.toMatch(/Bring raincoats[\s\S]*Early start|Early start[\s\S]*Bring raincoats/);
	await page.reload();
	await ready(page);
	await expect(page.getByLabel('Name of the itinerary')).toHaveValue('Two days east');
	await expect(days(page).first().locator('ol.stops > li').first().getByLabel('Note')).toHaveValue('Bring raincoats');

	const axe = await new AxeBuilder({ page }).analyze();
	expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

	const link = await page.getByLabel('Share link').inputValue();
	expect(link).toMatch(/\/en\/itinerary#[A-Z2-7]+$/);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Link copied.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	await page.getByRole('button', { name: 'Show QR code' }).click();
	await expect(page.getByRole('dialog', { name: 'Scan to open this itinerary' })).toBeVisible();
	expect(await decodeShownQr(page)).toBe(link);
	await page.getByRole('button', { name: 'Close' }).click();

	const dir = mkdtempSync(join(tmpdir(), 'itinerary-'));
	const gpxDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download GPX' }).click();
	const gpxFile = join(dir, 'trip.gpx');
	await (await gpxDownload).saveAs(gpxFile);
	const lint = spawnSync('xmllint', ['--noout', '--schema', join(import.meta.dirname, '../fixtures/gpx/gpx11.xsd'), gpxFile], {
		encoding: 'utf8'
	});
	expect(lint.status, lint.stderr).toBe(0);
	expect(readFileSync(gpxFile, 'utf8')).toContain(firstDay[0]!);

	const icsDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download calendar' }).click();
	const icsFile = join(dir, 'trip.ics');
	await (await icsDownload).saveAs(icsFile);
	const cal = new ICAL.Component(ICAL.parse(readFileSync(icsFile, 'utf8')));
	const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	expect(events.map((e) => e.summary)).toEqual(firstDay);
	expect(events[0]!.startDate.toString()).toContain('2027-03-14');

	// Printed on A4: the trip to read, without the editing controls.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-only')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Add a day' })).toBeHidden();
	// One QR code for the whole trip (it fits version 15), and it opens the same link.
	await expect(page.locator('.print-only .print-qr svg')).toHaveCount(1);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(10_000);
	await page.emulateMedia({ media: 'screen' });

	// A guest: a fresh browser that visited the guide once, now with no network.
	const guest = await browser.newContext();
	const guestPage = await guest.newPage();
	await guestPage.goto('/en/');
	await waitForOfflineReady(guestPage);
	await guest.setOffline(true);
	await guestPage.goto(link);
	await ready(guestPage);
	await expect(guestPage.getByText('Two days east', { exact: true }).first()).toBeVisible();
	expect(await stopNames(guestPage, 0)).toEqual(firstDay);
	await expect(guestPage.getByText('Bring raincoats').first()).toBeVisible();
	await expect(guestPage.getByText('Early start').first()).toBeVisible();
	await guestPage.getByRole('button', { name: 'Save to my itineraries' }).click();
	await expect(guestPage.getByText('Saved to your itineraries.')).toBeVisible();
	await guestPage.getByRole('button', { name: 'Save to my itineraries' }).click();
	await expect(guestPage.getByText('This itinerary is already in your itineraries.')).toBeVisible();
	await guest.close();
});

test('a damaged or hostile link says so in plain words and runs nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/vi/itinerary#%3Cscript%3Ealert(1)%3C%2Fscript%3E');
	await ready(page);
	await expect(page.getByRole('alert')).toContainText('Đây không phải liên kết lịch trình');
	await page.goto('/en/itinerary#AEAZ6H67CDR7ISGMKTEE');
	await ready(page);
	await expect(page.getByRole('alert')).toContainText('damaged or was cut short');
	expect(dialogs).toBe(0);
});
