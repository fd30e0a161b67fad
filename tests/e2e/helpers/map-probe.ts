/**
 * MapProbe, the map's read-out for tests: turned on before the page's scripts run, and read from
 * the data-map-* attributes of its hidden element. Every spec that reads what the map drew
 * calls `enableMapProbe` first (production pages never load the probe).
 */
import type { Locator, Page } from '@playwright/test';

export async function enableMapProbe(page: Page): Promise<void> {
	await page.addInitScript(() => {
		(window as Window & { __CAOBANG_MAP_PROBE__?: boolean }).__CAOBANG_MAP_PROBE__ = true;
	});
}

/** The element whose data-map-* attributes say what the map drew at its last `idle`. */
export const mapProbe = (page: Page): Locator => page.locator('[data-map-probe]');
