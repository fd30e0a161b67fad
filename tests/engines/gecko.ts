/**
 * Gecko: Debian's Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi. Nothing is
 * downloaded: the browser is /usr/bin/firefox-esr (FIREFOX_BIN to override).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { EnginePage, ScriptArg } from './engine.ts';

export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

export async function launchGecko(baseUrl: string): Promise<EnginePage> {
	const browser: Browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_BIN,
		headless: true,
		defaultViewport: { width: 412, height: 915 }
	});
	const page: Page = await browser.newPage();
	page.setDefaultTimeout(30_000);
	const version = await browser.version();
	const one = async (selector: string) => {
		const handle = await page.$(selector);
		if (!handle) throw new Error(`Gecko: no element matches ${selector}`);
		return handle;
	};
	return {
		name: `Gecko (${version})`,
		goto: async (path) => void (await page.goto(baseUrl + path, { waitUntil: 'load' })),
		reload: async () => void (await page.reload({ waitUntil: 'load' })),
		run: <T>(fn: string, ...args: ScriptArg[]) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`) as Promise<T>,
		click: async (selector) => (await one(selector)).click(),
		type: async (selector, text) => (await one(selector)).type(text),
		screenshot: async (selector) => (await one(selector)).screenshot({ encoding: 'base64' }),
		setOffline: (offline) => page.setOfflineMode(offline),
		close: () => browser.close()
	};
}
