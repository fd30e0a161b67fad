/**
 * The home page paints a picture of the map first and starts the live map when the visitor taps or focuses it
 * (issue 14). Specs that need the live map start it the way a visitor does: a tap on the picture. A device that
 * starts the map by itself when idle may have done so already; then there is nothing to tap.
 */
import { expect, type Page } from '@playwright/test';

/** The prerendered picture of the province. */
export const staticHomeMap = (page: Page) => page.locator('[data-locator-map="home"]');

/** The button over the picture that starts the live map. */
export const openMapButton = (page: Page) => page.getByRole('button', { name: /^(Open the interactive map|Mở bản đồ tương tác)$/ });

/** Taps the picture unless the live map is already there, and waits for the live map to be drawn. */
export async function startHomeMap(page: Page, timeout = 60_000): Promise<void> {
	const live = page.locator('[data-map][data-map-state="ready"]');
	await expect(openMapButton(page).or(live).first()).toBeAttached();
	if (await openMapButton(page).isVisible()) await openMapButton(page).click();
	await expect(live).toBeAttached({ timeout });
}

/**
 * Lists every row of the home's list: each kind shows its first rows and a "Show more" button
 * (src/lib/domain/map/list-pages.ts), tapped here until no kind hides any.
 */
export async function listEveryPlace(page: Page): Promise<void> {
	const more = page.locator('.show-more button');
	for (let i = 0; i < 50 && (await more.count()) > 0; i++) await more.first().click();
	await expect(page.locator('.show-more')).toHaveCount(0);
}
