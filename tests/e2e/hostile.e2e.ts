/**
 * Hostile input in a real browser: a share link with HTML and script in every text field, and
 * hostile import files chosen on the saved screen. A canary (`window.__pwned`, set by every
 * payload if it ever ran) and the dialog count prove no script ran; the markup must show as the
 * very characters it is made of; nothing the visitor stored may change.
 */
import { expect, test, type Page } from '@playwright/test';
import { encodeItinerary } from '../../src/lib/domain/itinerary/link-codec.ts';
import { HOSTILE_TEXTS } from '../fixtures/hostile.ts';
import { readGuideDb, seedGuideDb } from './helpers/guide-db.ts';

type Canary = { __pwned?: unknown; dialogs: number };

/** Counts dialogs and page errors; `window.__pwned` stays undefined unless a payload ran. */
function watch(page: Page): { dialogs: number; errors: string[] } {
	const seen = { dialogs: 0, errors: [] as string[] };
	page.on('dialog', (d) => {
		seen.dialogs++;
		void d.dismiss();
	});
	page.on('pageerror', (err) => seen.errors.push(err.message));
	return seen;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as Canary).__pwned);

test('a share link with HTML and script in every text field shows them as text and runs nothing', async ({ page }) => {
	const seen = watch(page);
	const [t0, t1, t2, t3, t4, t5, t6, t7] = HOSTILE_TEXTS;
	const link = await encodeItinerary({
		title: t0,
		operatorName: t1,
		operatorPhone: t3.slice(0, 32),
		days: [
			{ title: t2, note: t4, stops: [{ code: 1, note: t5 }] },
			{ title: t6, note: t7, stops: [] }
		]
	});
	await page.goto(`/en/itinerary#${link}`);
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	// Each as the characters it is made of (some share a line with other text: a name and a phone).
	for (const text of [t0, t1, t2, t4, t5, t6]) await expect(page.getByText(text).first(), text).toBeVisible();
	// No element the payloads would have made exists, and none of them ran.
	expect(await page.locator('main img[src="x"], main svg[onload], main a[href^="javascript:"], main style').count()).toBe(0);
	// The "phone" is a link that can only call digits.
	await expect(page.getByRole('link', { name: t3 })).toHaveAttribute('href', 'tel:1');
	expect(await pwned(page)).toBeUndefined();
	expect(seen.dialogs).toBe(0);
	expect(seen.errors).toEqual([]);
});

test('hostile import files are refused with a clear message, run nothing and change nothing stored', async ({ page }) => {
	const seen = watch(page);
	await page.goto('/en/saved');
	await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
	const seeded = await seedGuideDb(page);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Bản Giốc Waterfall' }).first()).toBeVisible();

	const AT = '2026-03-05T10:00:00.000+07:00';
	const file = (extra: Record<string, unknown>) =>
		JSON.stringify({ format: 'caobang-guide-export', version: 1, exportedAt: AT, saved: [], visits: [], ...extra });
	const cases: { name: string; text: string; says: string }[] = [
		{ name: 'huge.json', text: file({ padding: 'x'.repeat(4_100_000) }), says: 'far too large' },
		{ name: 'deep.json', text: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, says: 'damaged or has been edited' },
		{ name: 'future.json', text: file({ version: 7 }), says: 'newer version of the guide' },
		{ name: 'page.html', text: '<html><script>window.__pwned=1</script></html>', says: 'choose a file made with' },
		{
			name: 'proto.json',
			text: `{"__proto__":{"format":"caobang-guide-export","version":1},"saved":[],"visits":[],"exportedAt":"${AT}"}`,
			says: 'not a copy of saved places'
		},
		{
			name: 'markup.json',
			text: file({ saved: [{ placeId: 'ban-gioc-waterfall', savedAt: HOSTILE_TEXTS[1] }] }),
			says: 'damaged or has been edited'
		}
	];
	const input = page.locator('input[type="file"]');
	for (const c of cases) {
		await input.setInputFiles({ name: c.name, mimeType: 'application/json', buffer: Buffer.from(c.text) });
		await expect(page.getByRole('alert').filter({ hasText: c.says }), c.name).toBeVisible();
		await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed.' })).toBeVisible();
	}
	expect(await readGuideDb(page)).toEqual(seeded);
	await expect(page.getByRole('link', { name: 'Bản Giốc Waterfall' }).first()).toBeVisible();
	expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
	expect(await pwned(page)).toBeUndefined();
	expect(seen.dialogs).toBe(0);
	expect(seen.errors).toEqual([]);
});
