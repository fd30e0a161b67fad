/**
 * The Content-Security-Policy allows no inline style (tools/nginx/headers.ts): every screen that
 * colours something from data (route colours, kind swatches, the passport) must set it through
 * the CSSOM, never as a `style="…"` attribute, and still show the colour.
 */
import { expect, test, type Page } from '@playwright/test';
import { servedBundle } from './helpers/content.ts';
import { startHomeMap } from './helpers/home-map.ts';

/** CSP violations, from the console ("Refused to apply inline style…") and the DOM event. */
async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy|Refused to/.test(msg.text())) violations.push(msg.text());
	});
	await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(
				`${e.violatedDirective}: ${e.sourceFile}:${e.lineNumber}`
			);
		});
	});
	return violations;
}

const screens = ['/', '/routes', '/route/east-traditional-cultures', '/place/ban-gioc-waterfall', '/saved'];

test.describe('no inline style anywhere', () => {
	test('the policy sent forbids inline styles, and no prerendered page carries a style attribute', async ({ request }) => {
		const res = await request.get('/vi/');
		expect(res.headers()['content-security-policy']).toMatch(/style-src 'self';/);
		for (const lang of ['vi', 'en']) {
			for (const path of screens) {
				const html = await (await request.get(`/${lang}${path}`)).text();
				expect(html, `/${lang}${path}`).not.toMatch(/<[^>]+\sstyle=/);
				expect(html, `/${lang}${path}`).not.toMatch(/<style[\s>]/);
			}
		}
	});

	test('every screen in both languages loads without a CSP violation', async ({ page }) => {
		const violations = await watchCsp(page);
		for (const lang of ['vi', 'en']) {
			for (const path of screens) {
				await page.goto(`/${lang}${path}`);
				await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
				// The map draws (MapLibre sets its styles through the CSSOM, which CSP allows).
				if (path === '/') await startHomeMap(page);
			}
		}
		expect(violations).toEqual([]);
	});

	test('route colours and kind swatches still show, set from script', async ({ page, request }) => {
		const violations = await watchCsp(page);
		const bundle = await servedBundle(request, 'en');
		await page.goto('/en/routes');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const first = page.locator('.route-card').first();
		const color = await first.evaluate((el) => getComputedStyle(el).getPropertyValue('--route-color').trim());
		expect(bundle.routes.map((r) => r.color.toLowerCase())).toContain(color.toLowerCase());

		await page.goto('/en/');
		await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
		const swatch = page.locator('.swatch').first();
		await expect(swatch).toBeAttached();
		const background = await swatch.evaluate((el) => getComputedStyle(el).backgroundColor);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');
		expect(violations).toEqual([]);
	});
});
