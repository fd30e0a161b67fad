/**
 * Messages between the page and the service worker: a union keyed by `type`, so both sides
 * agree at compile time. The worker sends no UI strings, only facts.
 */

/** Page → worker. `SKIP_WAITING` is what workbox-window's `messageSkipWaiting()` sends. */
export type PageToSw = { type: 'SKIP_WAITING' } | { type: 'GET_VERSION' };

/** Worker → page, as the reply to `GET_VERSION`. */
export type SwToPage = { type: 'VERSION'; build: string; precached: number };

export function isPageToSw(data: unknown): data is PageToSw {
	if (typeof data !== 'object' || data === null) return false;
	const type = (data as { type?: unknown }).type;
	return type === 'SKIP_WAITING' || type === 'GET_VERSION';
}

export function isSwToPage(data: unknown): data is SwToPage {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as { type?: unknown; build?: unknown; precached?: unknown };
	return d.type === 'VERSION' && typeof d.build === 'string' && typeof d.precached === 'number';
}
