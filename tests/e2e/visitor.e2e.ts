import { expect, test } from '@playwright/test';
import { waitForOfflineReady } from './helpers/pwa';
import { PAC_BO } from '../fixtures/pac-bo-sites.ts';

test.describe('near me', () => {
	test.use({ geolocation: { latitude: 22.9865, longitude: 106.0502, accuracy: 15 }, permissions: ['geolocation'] });

	test('standing at Pác Bó, the Pác Bó sites come first', async ({ page }) => {
		await page.goto('/en/near');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('button', { name: 'Find my position' }).click();
		const links = page.locator('main .place-list a');
		await expect(links.first()).toBeVisible();
		const hrefs = await links.evaluateAll((as) => as.slice(0, 7).map((a) => a.getAttribute('href')?.split('/').pop()));
		expect(hrefs.sort()).toEqual([...PAC_BO].sort());
	});

	test('arriving at a place while following the position shows a banner that opens it', async ({ page }) => {
		await page.goto('/en/near');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('button', { name: 'Tell me when I arrive' }).click();
		const banner = page.getByRole('status').filter({ hasText: 'You have arrived at' });
		await expect(banner).toBeVisible();
		await banner.getByRole('link', { name: 'Open the page' }).click();
		await expect(page).toHaveURL(/\/en\/place\//);
	});

	test('a search with no results lists the places nearest to the visitor', async ({ page }) => {
		await page.goto('/en/near');
		// The button works once the app has started (src/boot.ts starts it after the first paint).
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('button', { name: 'Find my position' }).click();
		await expect(page.locator('main .place-list a').first()).toBeVisible();
		await page.getByRole('link', { name: 'Search', exact: true }).click();
		await page.getByRole('searchbox').fill('zzzzzz');
		await expect(page.getByRole('heading', { name: 'Places near you' })).toBeVisible();
		await expect(page.locator('main ul.nearby a').first()).toHaveAttribute(
			'href',
			/\/en\/place\/(coc-bo-cave|lenin-stream|karl-marx-peak)$/
		);
	});

	test('search results show how far away each place is', async ({ page }) => {
		await page.goto('/en/near');
		// The button works once the app has started (src/boot.ts starts it after the first paint).
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('button', { name: 'Find my position' }).click();
		await expect(page.locator('main .place-list a').first()).toBeVisible();
		await page.getByRole('link', { name: 'Search', exact: true }).click();
		await page.getByRole('searchbox').fill('ban gioc');
		const first = page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
		await expect(first).toContainText('Bản Giốc Waterfall');
		await expect(first).toContainText(/\d+ km/);
	});
});

test.describe('near me without permission', () => {
	test('says plainly that location was refused', async ({ browser }) => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.addInitScript(() => {
			const deny = (_ok: PositionCallback, err?: PositionErrorCallback | null) =>
				err?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
			Object.defineProperty(navigator, 'geolocation', {
				value: { getCurrentPosition: deny, watchPosition: () => 0, clearWatch: () => {} }
			});
		});
		await page.goto('/en/near');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('button', { name: 'Find my position' }).click();
		await expect(page.getByText('Location permission was refused')).toBeVisible();
		await context.close();
	});
});

test.describe('search', () => {
	test('typing without tone marks finds Bản Giốc first, with its kind and commune', async ({ page }) => {
		await page.goto('/vi/search');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('searchbox').pressSequentially('ban gioc');
		const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('listitem').first();
		await expect(first).toContainText('Thác Bản Giốc');
		await expect(first).toContainText('Điểm di sản địa chất');
		await expect(first).toContainText('Đàm Thủy');
		await expect(page).toHaveURL(/q=ban\+gioc/);
	});

	test('a misspelt query with no results suggests a close spelling', async ({ page }) => {
		await page.goto('/en/search?q=bna%20gioc');
		await expect(page.getByText('Did you mean:')).toBeVisible();
		await page.getByRole('link', { name: 'Bản Giốc' }).click();
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toHaveText('Bản Giốc Waterfall');
	});
});

test.describe('audio guide', () => {
	test('without a recording, it offers the device voice only if there is an offline one', async ({ page }) => {
		await page.goto('/en/place/ban-gioc-waterfall');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const hasLocalVoice = await page.evaluate(() => speechSynthesis.getVoices().some((v) => v.localService && v.lang.startsWith('en')));
		const audio = page.getByRole('region', { name: 'Audio guide' });
		if (hasLocalVoice) await expect(audio.getByRole('button', { name: 'Read this page aloud' })).toBeVisible();
		else await expect(audio.getByTestId('audio-none')).toBeVisible();
		await expect(audio.locator('audio')).toHaveCount(0);
	});

	test('with a recording, it plays the file for the current language', async ({ page }) => {
		// The real content has no recordings yet: give one place a short generated WAV file.
		const wav = (() => {
			const rate = 8000;
			const samples = rate; // one second of a quiet tone
			const buf = Buffer.alloc(44 + samples);
			buf.write('RIFF', 0);
			buf.writeUInt32LE(36 + samples, 4);
			buf.write('WAVEfmt ', 8);
			buf.writeUInt32LE(16, 16);
			buf.writeUInt16LE(1, 20);
			buf.writeUInt16LE(1, 22);
			buf.writeUInt32LE(rate, 24);
			buf.writeUInt32LE(rate, 28);
			buf.writeUInt16LE(1, 32);
			buf.writeUInt16LE(8, 34);
			buf.write('data', 36);
			buf.writeUInt32LE(samples, 40);
			for (let i = 0; i < samples; i++) buf[44 + i] = 128 + Math.round(20 * Math.sin((i / rate) * 2 * Math.PI * 440));
			return buf;
		})();
		await page.route('**/content/en.*.json', async (route) => {
			const res = await route.fetch();
			const bundle = (await res.json()) as { places: { id: string; audio?: string }[] };
			const place = bundle.places.find((p) => p.id === 'ban-gioc-waterfall');
			if (place) place.audio = '/test-audio/ban-gioc.en.wav';
			await route.fulfill({ response: res, json: bundle });
		});
		await page.route('**/test-audio/*.wav', (route) => route.fulfill({ body: wav, contentType: 'audio/wav' }));
		// Reached from another screen, the place page is drawn from the whole bundle (opened directly, it is drawn
		// from its own slice file, which this test leaves as built).
		await page.goto('/en/search?q=ban%20gioc');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Bản Giốc Waterfall', exact: true }).first().click();
		await expect(page).toHaveURL(/\/en\/place\/ban-gioc-waterfall$/);
		const player = page.getByTestId('audio-file');
		await expect(player).toHaveAttribute('src', '/test-audio/ban-gioc.en.wav');
		const duration = await player.evaluate(async (el: HTMLAudioElement) => {
			el.load();
			await new Promise((resolve, reject) => {
				el.onloadedmetadata = resolve;
				el.onerror = reject;
			});
			return el.duration;
		});
		expect(duration).toBeCloseTo(1, 1);
		await expect(page.getByText('The text on this page is the transcript')).toBeVisible();
	});
});

test.describe('saved places and passport', () => {
	test('a saved place and a visit stamp survive a reload and show on the saved screen', async ({ page }) => {
		await page.goto('/en/place/thang-hen-lake');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const save = page.getByRole('button', { name: 'Save', exact: true });
		await save.click();
		await expect(save).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('button', { name: "I've been here" }).click();
		await page.reload();
		await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('button', { name: "I've been here" })).toHaveAttribute('aria-pressed', 'true');
		await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Saved' }).click();
		await expect(
			page
				.getByRole('main')
				.getByRole('link', { name: /Thang Hen/ })
				.first()
		).toBeVisible();
	});
});

test.describe('offline, on site', () => {
	test('offline, "ban gioc" finds Bản Giốc first, and a place saved offline is still saved after an offline reload', async ({
		page,
		context
	}) => {
		await page.goto('/vi/');
		await waitForOfflineReady(page);
		await context.setOffline(true);

		await page.goto('/vi/search');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await page.getByRole('searchbox').pressSequentially('ban gioc');
		const first = page.getByRole('list', { name: 'Kết quả tìm kiếm' }).getByRole('link').first();
		await expect(first).toHaveText('Thác Bản Giốc');
		await first.click();

		const save = page.getByRole('button', { name: 'Lưu', exact: true });
		await save.click();
		await expect(save).toHaveAttribute('aria-pressed', 'true');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		await expect(page.getByRole('button', { name: 'Lưu', exact: true })).toHaveAttribute('aria-pressed', 'true');
	});
});
