/**
 * The home map, in the production build, drawn by Chromium's software WebGL.
 *
 * What the map drew is read from the data-map-* attributes of MapProbe, which these tests
 * switch on (helpers/map-probe.ts) and which reports on every `idle` (places on screen, alone
 * or in clusters; markers; clusters; route legs; areas; labels; zoom). Production pages never
 * load it, and the map instance itself is never exposed to page scripts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { isLocated } from '../../src/lib/domain/content/types.ts';
import { PAC_BO } from '../fixtures/pac-bo-sites.ts';
import { servedBundle } from './helpers/content.ts';
import { watchProblems } from './helpers/problems.ts';
import { enableMapProbe } from './helpers/map-probe.ts';
import { listEveryPlace, startHomeMap } from './helpers/home-map.ts';

test.beforeEach(async ({ page }) => {
	await enableMapProbe(page);
});

/** Kim Đồng memorial: a relic with no other place within a few kilometres. */
const KIM_DONG = { id: 'kim-dong-relic', lat: 22.93281, lon: 106.04641, en: 'Kim Đồng Memorial Site' };

/** Opens the home map; an address without a view or place shows the picture first, which the visitor taps. */
async function openMap(page: Page, path: string): Promise<void> {
	await page.goto(path);
	if (!/[?&](at|place)=/.test(path)) await startHomeMap(page);
	await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
}

function drawn(page: Page, what: 'places' | 'points' | 'clusters' | 'areas' | 'legs' | 'labels' | 'position' | 'zoom'): Promise<number> {
	// Waits for the probe's first report (it loads after the map is ready).
	return page
		.locator('[data-map-probe][data-map-zoom]')
		.getAttribute(`data-map-${what}`)
		.then((value) => Number(value ?? Number.NaN));
}

/** The list's "show on map" buttons: one per place that has a location. */
function showButtons(page: Page, lang: 'vi' | 'en') {
	return page.getByRole('button', { name: lang === 'vi' ? /^Xem trên bản đồ: / : /^Show on map: / });
}

test.describe('the home map', () => {
	test('draws every located place, the route legs and the approximate areas, with Vietnamese labels and no errors', async ({ page }) => {
		const problems = watchProblems(page);
		const glyphs: { url: string; status: number }[] = [];
		page.on('response', (res) => {
			if (res.url().includes('/basemap/glyphs/')) glyphs.push({ url: decodeURIComponent(res.url()), status: res.status() });
		});
		await openMap(page, '/vi/');
		await listEveryPlace(page);
		const located = await showButtons(page, 'vi').count();
		expect(located).toBeGreaterThan(50);
		// The province view shows every located place, alone or in a cluster: the same set as the list.
		await expect.poll(() => drawn(page, 'places')).toBe(located);
		expect(await drawn(page, 'clusters')).toBeGreaterThan(0);
		expect(await drawn(page, 'legs')).toBeGreaterThan(10);
		expect(await drawn(page, 'areas')).toBeGreaterThan(10);

		// Near Pác Bó, zoomed in: markers with their names (Khu di tích … Kim Đồng needs the tone-mark glyphs).
		await openMap(page, `/vi/?at=${KIM_DONG.lat},${KIM_DONG.lon},12.5`);
		await expect.poll(() => drawn(page, 'labels')).toBeGreaterThanOrEqual(2);
		expect(await drawn(page, 'clusters')).toBe(0);
		expect(glyphs.filter((g) => g.status !== 200)).toEqual([]);
		expect(glyphs.some((g) => g.url.endsWith('/Noto Sans Regular/7680-7935.pbf'))).toBe(true);
		expect(problems).toEqual([]);
	});

	test('tapping a marker opens its card, and the card opens its page', async ({ page }) => {
		const problems = watchProblems(page);
		await openMap(page, `/en/?at=${KIM_DONG.lat},${KIM_DONG.lon},14`);
		await expect.poll(() => drawn(page, 'points')).toBeGreaterThan(0);
		const canvas = page.locator('[data-map] canvas');
		const box = await canvas.boundingBox();
		if (!box) throw new Error('the map canvas has no box');
		// The marker is at the centre of the view.
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		const card = page.getByRole('dialog', { name: 'Selected place' });
		await expect(card.getByRole('heading', { name: KIM_DONG.en })).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`place=${KIM_DONG.id}`));
		await card.getByRole('link', { name: 'Open the page' }).click();
		await expect(page).toHaveURL(new RegExp(`/en/place/${KIM_DONG.id}$`));
		await expect(page.getByRole('heading', { level: 1, name: KIM_DONG.en })).toBeVisible();
		expect(problems).toEqual([]);
	});

	test('tapping a cluster zooms in until its places come apart, without opening a card', async ({ page, request }) => {
		// The Pác Bó sites lie within a kilometre of each other: one cluster at their centre when zoomed out.
		const sites = (await servedBundle(request, 'en')).places.filter((p) => (PAC_BO as readonly string[]).includes(p.id));
		const located = sites.flatMap((p) => (isLocated(p.location) ? [p.location] : []));
		expect(located.length).toBeGreaterThan(1);
		const lat = located.reduce((sum, l) => sum + l.lat, 0) / located.length;
		const lon = located.reduce((sum, l) => sum + l.lon, 0) / located.length;
		const problems = watchProblems(page);
		await openMap(page, `/en/?at=${lat.toFixed(5)},${lon.toFixed(5)},8`);
		await expect.poll(() => drawn(page, 'clusters')).toBeGreaterThan(0);
		const zoomBefore = await drawn(page, 'zoom');
		const pointsBefore = await drawn(page, 'points');
		const box = await page.locator('[data-map] canvas').boundingBox();
		if (!box) throw new Error('the map canvas has no box');
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		// Software WebGL on a busy machine can take a while to ease and settle.
		await expect.poll(() => drawn(page, 'zoom'), { timeout: 20_000 }).toBeGreaterThanOrEqual(zoomBefore + 1);
		await expect.poll(() => drawn(page, 'points'), { timeout: 20_000 }).toBeGreaterThan(pointsBefore);
		await expect(page.getByRole('dialog', { name: 'Selected place' })).toHaveCount(0);
		expect(problems).toEqual([]);
	});

	test('filters change the map and the list alike', async ({ page, request }) => {
		const total = (await servedBundle(request, 'vi')).places.length;
		await openMap(page, '/vi/');
		await listEveryPlace(page);
		const buttons = showButtons(page, 'vi');
		const all = await buttons.count();
		await expect.poll(() => drawn(page, 'places')).toBe(all);

		await page.getByRole('checkbox', { name: 'Di tích' }).uncheck();
		await expect(page.getByRole('heading', { level: 3, name: 'Di tích' })).toHaveCount(0);
		// A new filter lists each kind's first rows again.
		await listEveryPlace(page);
		const withoutRelics = await buttons.count();
		expect(withoutRelics).toBeLessThan(all);
		await expect.poll(() => drawn(page, 'places')).toBe(withoutRelics);

		const legsBefore = await drawn(page, 'legs');
		await page.getByRole('combobox', { name: 'Tuyến' }).selectOption('east-traditional-cultures');
		await listEveryPlace(page);
		const onRoute = await buttons.count();
		expect(onRoute).toBeLessThan(withoutRelics);
		// The map fits the route: its stops are all on screen, and only its legs are drawn.
		await expect.poll(() => drawn(page, 'places')).toBe(onRoute);
		expect(await drawn(page, 'legs')).toBeLessThan(legsBefore);

		await page.getByRole('button', { name: 'Hiện tất cả' }).click();
		await listEveryPlace(page);
		await expect(buttons).toHaveCount(all);
		await expect(page.getByRole('checkbox', { name: 'Di tích' })).toBeChecked();
		await expect(page.getByRole('status').filter({ hasText: 'Đang hiển thị' })).toContainText(`Đang hiển thị ${total} trên ${total}`);
	});

	test('keyboard alone reaches every place through the list, and Enter shows it on the map', async ({ page }) => {
		await openMap(page, '/vi/');
		const total = Number(/trên (\d+)/.exec((await page.getByRole('status').filter({ hasText: 'Đang hiển thị' }).textContent()) ?? '')?.[1]);
		expect(total).toBeGreaterThan(60);
		// Each kind lists its first rows; its "Show more" button, reached by Tab too, lists the rest.
		expect(await page.locator('[data-place-id]').count()).toBeLessThan(total);
		const reached = new Set<string>();
		for (let i = 0; i < 900 && reached.size < total; i++) {
			await page.keyboard.press('Tab');
			const focused = await page.evaluate(() => ({
				href: document.activeElement?.getAttribute('href') ?? '',
				more: !!document.activeElement?.closest('.show-more')
			}));
			// The button moves the focus to the first row it adds: that row counts as reached.
			if (focused.more) await page.keyboard.press('Enter');
			const href = focused.more ? await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '') : focused.href;
			const id = /^\/vi\/place\/([a-z0-9-]+)$/.exec(href)?.[1];
			if (id) reached.add(id);
		}
		const ids = await page.locator('[data-place-id]').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.placeId ?? ''));
		expect(ids).toHaveLength(total);
		await expect(page.locator('.show-more')).toHaveCount(0);
		expect([...reached].sort()).toEqual([...ids].sort());

		const show = page.getByRole('button', { name: 'Xem trên bản đồ: Thác Bản Giốc' });
		await show.focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/place=ban-gioc-waterfall/);
		const card = page.getByRole('dialog', { name: 'Địa điểm đang chọn' });
		await expect(card).toBeFocused();
		await expect(card.getByRole('heading', { name: 'Thác Bản Giốc' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(card).toHaveCount(0);
		await expect(show).toBeFocused();

		// The canvas itself: focusable, named, and the arrow keys move the map (and the URL follows).
		const canvas = page.locator('[data-map] canvas');
		await canvas.focus();
		await expect(canvas).toHaveAttribute('aria-label', /^Bản đồ Cao Bằng/);
		// Moves the app makes (fitting the province, going to a place) leave the URL alone;
		// the visitor's own moves are written to it.
		expect(new URL(page.url()).searchParams.get('at')).toBeNull();
		for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => new URL(page.url()).searchParams.get('at')).toMatch(/^22\.\d+,10[56]\.\d+,\d+(\.\d+)?$/);
		await expect(canvas).toBeFocused();
	});

	test('the URL keeps the place and the view; the map survives other screens and a language switch', async ({ page }) => {
		await openMap(page, '/en/?place=ban-gioc-waterfall&at=22.85436,106.72427,12');
		await expect(page.getByRole('dialog', { name: 'Selected place' }).getByRole('heading', { name: 'Bản Giốc Waterfall' })).toBeVisible();
		expect(await drawn(page, 'zoom')).toBe(12);
		await page.locator('[data-map] canvas').evaluate((canvas) => ((canvas as HTMLElement).dataset.instance = 'first'));

		await page.getByRole('navigation').getByRole('link', { name: 'Routes', exact: true }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Geopark routes' })).toBeVisible();
		await expect(page.locator('[data-map]')).toHaveCount(0);
		await page.getByRole('navigation').getByRole('link', { name: 'Map', exact: true }).click();
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready');
		await expect(page.locator('[data-map] canvas')).toHaveAttribute('data-instance', 'first');
		expect(await drawn(page, 'zoom')).toBe(12);

		await page.locator('[data-lang-switch]').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
		await expect(page.locator('[data-map] canvas')).toHaveAttribute('aria-label', /^Bản đồ Cao Bằng/);
		await expect(page.getByRole('button', { name: 'Phóng to' })).toBeVisible();
		await expect(page.locator('[data-map] canvas')).toHaveAttribute('data-instance', 'first');
	});

	test('axe finds no accessibility violations on the home page with the map and a card open', async ({ page }) => {
		await openMap(page, '/vi/?place=ban-gioc-waterfall&at=22.85436,106.72427,13');
		await expect(page.getByRole('dialog', { name: 'Địa điểm đang chọn' })).toBeVisible();
		const results = await new AxeBuilder({ page }).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	});
});

test.describe('show my location', () => {
	test.describe('in Cao Bằng', () => {
		test.use({ geolocation: { latitude: 22.6657, longitude: 106.2579, accuracy: 35 }, permissions: ['geolocation'] });

		test('draws the position with its accuracy and says how accurate it is', async ({ page }) => {
			await openMap(page, '/en/');
			expect(await drawn(page, 'position')).toBe(0);
			await page.getByRole('button', { name: 'Show my location' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'You are shown in blue' })).toContainText('accurate to about 35 m');
			await expect.poll(() => drawn(page, 'position')).toBe(1);
			await expect.poll(() => drawn(page, 'zoom')).toBeGreaterThan(12);
		});
	});

	test.describe('in Hà Nội', () => {
		test.use({ geolocation: { latitude: 21.0285, longitude: 105.8542, accuracy: 20 }, permissions: ['geolocation'] });

		test('says the visitor is outside the province and draws nothing', async ({ page }) => {
			await openMap(page, '/en/');
			await page.getByRole('button', { name: 'Show my location' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'outside Cao Bằng province' })).toBeVisible();
			expect(await drawn(page, 'position')).toBe(0);
		});
	});

	test.describe('without permission', () => {
		test.use({ permissions: [] });

		test('says that permission was refused', async ({ page, context }) => {
			await context.clearPermissions();
			await openMap(page, '/vi/');
			await page.getByRole('button', { name: 'Hiện vị trí của tôi' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'quyền truy cập vị trí đã bị từ chối' })).toBeVisible();
		});
	});
});

test.describe('when the map cannot be drawn', () => {
	test('a lost WebGL context hands over to the list with a message, and the map can come back', async ({ page }) => {
		await openMap(page, '/en/');
		await page.locator('[data-map] canvas').evaluate((canvas) => {
			(canvas as HTMLCanvasElement).getContext('webgl2')?.getExtension('WEBGL_lose_context')?.loseContext();
		});
		await expect(page.getByRole('alert')).toContainText('The map stopped drawing');
		await expect(page.locator('.map-frame')).toBeHidden();
		await expect(showButtons(page, 'en').first()).toBeVisible();
		await page.getByRole('button', { name: 'Try the map again' }).click();
		await expect(page.locator('[data-map]')).toHaveAttribute('data-map-state', 'ready', { timeout: 30_000 });
		await expect(page.locator('.map-frame')).toBeVisible();
	});

	test('without WebGL the list takes over, and the map code is never downloaded', async ({ page }) => {
		await page.addInitScript(() => {
			const getContext = HTMLCanvasElement.prototype.getContext;
			HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
				return type.startsWith('webgl') ? null : (getContext as (...args: unknown[]) => unknown).call(this, type, ...rest);
			} as typeof getContext;
		});
		const requested: string[] = [];
		page.on('request', (req) => requested.push(req.url()));
		await page.goto('/en/');
		// The picture of the map stays; asking for the live map says why there is none.
		await expect(page.locator('[data-locator-map="home"] svg')).toBeVisible();
		await page.locator('.static-open').click();
		await expect(page.getByRole('alert')).toContainText('cannot draw the map');
		await expect(page.locator('[data-locator-map="home"] svg'), 'the picture stays').toBeVisible();
		await page.getByRole('checkbox', { name: 'Services', exact: true }).uncheck();
		await expect(page.getByRole('heading', { level: 3, name: 'Services' })).toHaveCount(0);
		expect(requested.filter((url) => /HomeMap|maplibre|\.pmtiles/.test(url))).toEqual([]);
	});

	test('a place page does not download the map code', async ({ page }) => {
		const requested: string[] = [];
		page.on('request', (req) => requested.push(req.url()));
		await page.goto('/vi/place/ban-gioc-waterfall');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.waitForLoadState('networkidle');
		expect(requested.filter((url) => /HomeMap|maplibre|\.pmtiles/.test(url))).toEqual([]);
	});
});

test.describe('with every other host blocked', () => {
	// Requests a service worker makes would bypass the routing below; keep it out of this test.
	test.use({ serviceWorkers: 'block' });

	test('the map never asks another host for anything', async ({ page, context }) => {
		const outside: string[] = [];
		const inside: string[] = [];
		await context.route('**/*', (route) => {
			const url = new URL(route.request().url());
			if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') {
				inside.push(url.pathname);
				return route.continue();
			}
			outside.push(url.href);
			return route.abort();
		});
		const problems = watchProblems(page);
		await openMap(page, '/vi/');
		await page.locator('[data-map] canvas').focus();
		for (const key of ['+', '+', 'ArrowLeft', 'ArrowUp', '+']) await page.keyboard.press(key);
		await openMap(page, '/en/?place=ban-gioc-waterfall&at=22.85436,106.72427,15');
		await expect.poll(() => drawn(page, 'labels')).toBeGreaterThan(0);
		expect(inside.some((path) => /^\/basemap\/overview\.[0-9a-f]{8}\.pmtiles$/.test(path))).toBe(true);
		expect(outside).toEqual([]);
		expect(problems).toEqual([]);
	});
});
