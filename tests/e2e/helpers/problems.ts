/** Collects what a visitor never sees but a broken page leaves behind: uncaught errors and console errors. */
import type { Page } from '@playwright/test';

/**
 * Starts listening on `page`; the returned list fills as problems happen. `consoleErrors` keeps
 * only the console errors that match (e.g. the map's own), for pages where the browser itself
 * logs expected errors (a refused request in a fault test).
 */
export function watchProblems(page: Page, consoleErrors?: RegExp): string[] {
	const problems: string[] = [];
	page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
	page.on('console', (msg) => {
		if (msg.type() === 'error' && (!consoleErrors || consoleErrors.test(msg.text()))) problems.push(`console: ${msg.text()}`);
	});
	return problems;
}
