/**
 * Each screen's code is its own chunk (src/views/screens.svelte.ts): a page opened from a QR code
 * downloads only its own screen, and the others come on the way there. What a visitor must not
 * notice: a screen first reached by a tap with no network still opens (the service worker
 * precached its chunk), and nothing on a page moves while its code, styles and fonts arrive.
 */
import { expect, test, type Page } from '@playwright/test';
import { waitForOfflineReady } from './helpers/pwa.ts';
import { startHomeMap } from './helpers/home-map.ts';

test.describe('screens loaded on the way there', () => {
	test('a place page fetches its own screen, and the others open by a tap with no network', async ({ page, context }) => {
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto('/en/place/ban-gioc-waterfall');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		expect(scripts.some((s) => /\/PlaceView-/.test(s))).toBe(true);
		expect(scripts.filter((s) => /\/(RoutesView|SavedView|SearchView|OfflineView|SignsView)-/.test(s))).toEqual([]);

		await waitForOfflineReady(page);
		await context.setOffline(true);
		const nav = page.getByRole('navigation', { name: 'Main' });
		const screens = [
			['Routes', 'Geopark routes'],
			['Saved', 'Saved places'],
			['Search', 'Search'],
			['Offline', 'Offline and settings'],
			['About', /.+/]
		] as const;
		for (const [link, heading] of screens) {
			await nav.getByRole('link', { name: link, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			await expect(page.getByText('could not be loaded')).toHaveCount(0);
		}
		// The search screen, reached offline, still finds the place.
		await nav.getByRole('link', { name: 'Search', exact: true }).click();
		await page.getByRole('searchbox').fill('ban gioc');
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText('Bản Giốc Waterfall');
	});
});

test.describe("a place page's own slice of the guide", () => {
	test('the page starts from its slice file: the whole bundle is not needed to save the place', async ({ page }) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/content/')) asked.push(path);
		});
		// The whole-guide bundle never comes: a page that needed it to start would stay inert.
		await page.route('**/content/en.*.json', (route) => route.abort('connectionfailed'));
		await page.goto('/en/place/ban-gioc-waterfall');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		await expect(save).toHaveAttribute('aria-pressed', 'true');
		expect(asked.find((p) => p.startsWith('/content/pages/en/ban-gioc-waterfall.'))).toBeTruthy();
		expect(asked.filter((p) => p.startsWith('/content/pages/'))).toHaveLength(1);
	});

	test('with the offline store ready and a connection that hangs, the page starts from the stored bundle', async ({ page }) => {
		await page.goto('/en/place/ban-gioc-waterfall');
		await waitForOfflineReady(page);
		// A signal but no data: the slice's request is never answered, as on a mountain pass.
		await page.route('**/content/pages/**', () => {});
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 10_000 });
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		await expect(save).toHaveAttribute('aria-pressed', 'true');
	});
});

test.describe("a route page's own slice of the guide", () => {
	test('the page starts from its slice file: its stops open "Around" with road distances without the whole bundle', async ({ page }) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/content/')) asked.push(path);
		});
		await page.route('**/content/vi.*.json', (route) => route.abort('connectionfailed'));
		await page.goto('/vi/route/east-traditional-cultures');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		// Folded, a stop's "Around" costs nothing: the road file is not read until one is opened.
		expect(asked.filter((p) => p.startsWith('/content/roads.'))).toEqual([]);
		const stop = page.locator('ol.stops > li').filter({ has: page.getByRole('link', { name: 'Thác Bản Giốc', exact: true }) });
		await stop.locator('details.around > summary').click();
		await expect(stop.locator('[data-group="stay"] li').first()).toBeVisible();
		await expect(stop.locator('[data-group="stay"] [data-basis="road"]').first()).toHaveText(/· (\d+(,\d)? k?m đường bộ|ngay gần đây)/);
		expect(asked.find((p) => p.startsWith('/content/routes/vi/east-traditional-cultures.'))).toBeTruthy();
	});
});

test.describe("the home's own slice of the guide", () => {
	test('the home works from its slice (list, filters, services, the live map and its card); another page then takes the whole bundle', async ({
		page
	}) => {
		const asked: string[] = [];
		page.on('request', (r) => {
			const path = new URL(r.url()).pathname;
			if (path.startsWith('/content/')) asked.push(path);
		});
		// The whole-guide bundle does not come while the visitor is on the home.
		await page.route('**/content/en.*.json', (route) => route.abort('connectionfailed'));
		await page.goto('/en/');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		expect(asked.filter((p) => p.startsWith('/content/home/en.'))).toHaveLength(1);

		await page.locator('.show-more button').first().click();
		await page.getByRole('checkbox', { name: /^Show services/ }).check();
		await expect(page.locator('li[data-service]').first()).toBeVisible();
		await page.getByRole('combobox', { name: 'Route' }).selectOption('east-traditional-cultures');
		await expect(page.getByRole('status').filter({ hasText: 'Showing' })).not.toContainText('Showing 95');
		// The menu's link to the map, from the map: the same page, which needs nothing more.
		await page.getByRole('navigation').getByRole('link', { name: 'Map', exact: true }).click();
		await expect(page.getByRole('heading', { level: 2, name: 'Places' })).toBeVisible();
		await startHomeMap(page);
		await page
			.getByRole('button', { name: /^Show on map: / })
			.first()
			.click();
		await expect(page.getByRole('dialog', { name: 'Selected place' }).getByRole('link', { name: 'Open the page' })).toBeVisible();
		await expect(page.getByRole('alert')).toHaveCount(0);

		// The card's link leads to another page: it waits for the whole bundle, which now comes.
		await page.unroute('**/content/en.*.json');
		await page.getByRole('dialog', { name: 'Selected place' }).getByRole('link', { name: 'Open the page' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page).toHaveURL(/\/en\/place\//);
		expect(asked.some((p) => /^\/content\/en\.[0-9a-f]+\.json$/.test(p))).toBe(true);
	});
});

/** Records layout shifts not caused by the visitor's input, from the start of the page. */
async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { shifts: { value: number; at: string[] }[] };
		w.shifts = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
				if (e.hadRecentInput) continue;
				w.shifts.push({
					value: e.value,
					at: (e.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '#text')
				});
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shifts: { value: number; at: string[] }[] }).shifts);

test.describe('nothing moves while a page loads (390×844)', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// What each page still does after it has started, which must not move anything either.
	const settles: Record<string, (page: Page) => Promise<void>> = {
		// The builder's chunk takes over the list of the operator's itineraries.
		'/en/itinerary': (page) => page.waitForLoadState('networkidle'),
		// The packs are read from the device, then the guide becomes ready offline.
		'/vi/offline': (page) => expect(page.getByTestId('offline-status')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 })
	};
	for (const path of [
		'/vi/search',
		'/en/routes',
		'/vi/about',
		'/en/place/ban-gioc-waterfall',
		'/en/itinerary',
		'/vi/offline',
		'/vi/near',
		'/en/saved',
		'/vi/route/east-traditional-cultures',
		'/en/service/ban-gioc-bamboo-rafts'
	]) {
		test(`${path}: the prerendered page is drawn as the app draws it`, async ({ page }) => {
			await recordShifts(page);
			// Scripts arrive late, as on a slow network: the prerendered page is painted first.
			await page.route('**/assets/*.js', async (route) => {
				await new Promise((r) => setTimeout(r, 400));
				await route.continue();
			});
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
			await settles[path]?.(page);
			await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
			const found = await shifts(page);
			expect(found.filter((s) => s.value > 0.02)).toEqual([]);
			expect(found.reduce((sum, s) => sum + s.value, 0)).toBeLessThanOrEqual(0.02);
		});
	}

	test('the "open now" line of a place with known hours appears after start-up without moving the page', async ({ page }) => {
		// Scripts arrive late, as on a slow network: the prerendered page is painted first.
		await page.route('**/assets/*.js', async (route) => {
			await new Promise((r) => setTimeout(r, 400));
			await route.continue();
		});
		await page.goto('/en/place/khau-coc-cha-pass', { waitUntil: 'domcontentloaded' });
		const actions = page.getByRole('button', { name: 'Save', exact: true });
		const before = await actions.boundingBox();
		// The badge, its code and the opening-hours rules come after hydration (the clock starts then).
		await expect(page.locator('article header .badge')).toHaveText('Open at all times', { timeout: 30_000 });
		expect(await actions.boundingBox()).toEqual(before);
	});

	test('what a visitor types into the search box before the app has started is kept and searched for', async ({ page }) => {
		await page.route('**/assets/*.js', async (route) => {
			await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await page.goto('/vi/search', { waitUntil: 'domcontentloaded' });
		await page.getByRole('searchbox').fill('ban gioc');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(page.getByRole('searchbox')).toHaveValue('ban gioc');
		await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toHaveText('Thác Bản Giốc');
		await expect(page).toHaveURL(/\/vi\/search\?q=ban(\+|%20)gioc$/);
	});

	test('a button tapped before the app has started does what it says once it has', async ({ page }) => {
		await page.route('**/assets/*.js', async (route) => {
			// The boot script comes at once; the app's modules late, as on a slow network.
			if (!/\/boot-/.test(route.request().url())) await new Promise((r) => setTimeout(r, 1500));
			await route.continue();
		});
		await page.goto('/en/place/ban-gioc-waterfall', { waitUntil: 'domcontentloaded' });
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		await expect(page.locator('html')).not.toHaveAttribute('data-ready', 'true');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
		await expect(save).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('[data-tapped]')).toHaveCount(0);
		// Once only: the app's own handler took the tap, the replay did not add a second one.
		await page.getByRole('link', { name: 'Saved', exact: true }).click();
		await expect(page.getByRole('link', { name: 'Bản Giốc Waterfall' }).first()).toBeVisible();
	});

	test('search results stay in place while the visitor types', async ({ page }) => {
		await recordShifts(page);
		await page.goto('/vi/search');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const box = page.getByRole('searchbox');
		await box.pressSequentially('thac', { delay: 50 });
		await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toBeVisible();
		const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
		const boxAt = await box.boundingBox();
		await box.pressSequentially(' ban gioc', { delay: 50 });
		await expect(page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first()).toHaveText('Thác Bản Giốc');
		expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(heading);
		expect(await box.boundingBox()).toEqual(boxAt);
		expect((await shifts(page)).filter((s) => s.value > 0.02)).toEqual([]);
	});
});
