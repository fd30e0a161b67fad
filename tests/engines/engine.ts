/**
 * What a journey needs from a browser, whatever drives it: WebKit through W3C WebDriver
 * (webkit.ts), Gecko through WebDriver BiDi (gecko.ts). Page scripts are passed as source text,
 * not as functions, so no compiler helper ends up in them, and run the same in both engines.
 */

/** What a page script may take as an argument: anything JSON can carry. */
export type ScriptArg = string | number | boolean | object | null;

export type EnginePage = {
	readonly name: string;
	/** A full page load of `path` on the site under test; resolves once `load` fired. */
	goto(path: string): Promise<void>;
	reload(): Promise<void>;
	/** Runs `fn` (a function's source, sync or async) in the page with JSON-able `args`. */
	run<T>(fn: string, ...args: ScriptArg[]): Promise<T>;
	click(selector: string): Promise<void>;
	type(selector: string, text: string): Promise<void>;
	/** A PNG of one element as the screen shows it, base64. */
	screenshot(selector: string): Promise<string>;
	/** Takes the network away (and gives it back) where the driver can; absent where it cannot. */
	setOffline?: (offline: boolean) => Promise<void>;
	close(): Promise<void>;
};

/**
 * Polls `fn` in the page until it returns a truthy value (a page between two loads counts as
 * not yet). Fails with `what` and the last value seen.
 */
export async function waitFor<T>(page: EnginePage, what: string, fn: string, args: ScriptArg[] = [], timeout = 20_000): Promise<T> {
	const start = Date.now();
	let last: unknown;
	for (;;) {
		try {
			last = await page.run<T>(fn, ...args);
			if (last) return last as T;
		} catch (err) {
			last = err instanceof Error ? err.message.split('\n')[0] : err;
		}
		if (Date.now() - start > timeout) throw new Error(`${page.name}: timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Waits for a load or an in-app navigation to settle on a hydrated screen. */
export function waitForReady(page: EnginePage): Promise<true> {
	return waitFor(page, 'hydration (data-ready)', `() => document.documentElement.dataset.ready === 'true'`);
}
