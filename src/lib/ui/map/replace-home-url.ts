/**
 * Writes the map's selected place and view into the address bar, in place.
 *
 * Not `router.go(…, true)`: that is a navigation, which scrolls to the top and moves focus
 * to <main> (as a new page should), so every pan of the map would yank the page and take
 * the keyboard out of the canvas. This only replaces the history entry and tells the
 * router, which keeps `router.parsed` (and so the selection) in step.
 */
import type { Lang } from '$lib/domain/content/types';
import { formatUrl, type MapView } from '$lib/domain/routing/url';
import { router } from '$lib/state/instances';

export function replaceHomeUrl(lang: Lang, state: { place?: string | undefined; at?: MapView | undefined }): void {
	const screen = { name: 'home' as const, ...(state.place ? { place: state.place } : {}), ...(state.at ? { at: state.at } : {}) };
	const url = new URL(formatUrl(lang, screen), window.location.href);
	if (url.pathname === window.location.pathname && url.search === window.location.search) return;
	history.replaceState(history.state, '', url);
	router.set(url.pathname, url.search);
}
