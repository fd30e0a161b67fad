import { expect, test, type Page } from '@playwright/test';
import { contentFiles, serveLocalRepo } from './helpers/local-repo.ts';

const repo = new URL('../..', import.meta.url).pathname;

/** Every request the page makes and every console error, to prove /admin needs nothing from another origin. */
function record(page: Page) {
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { requests, errors };
}

test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: 'en-US' });

test('the web editor opens the local clone in Vietnamese, lists the places and shows both languages side by side, all from our origin', async ({ page, baseURL }) => {
	const seen = record(page);
	await page.goto('/admin/');
	await serveLocalRepo(page, contentFiles(repo));
	await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
	await expect(page.getByText('Địa điểm · Places').first()).toBeVisible({ timeout: 30_000 });
	await page.screenshot({ path: 'test-results/admin-collections.png' });
	const foreign = seen.requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== new URL(baseURL!).origin);
	expect(foreign).toEqual([]);
	expect(seen.errors).toEqual([]);
});
