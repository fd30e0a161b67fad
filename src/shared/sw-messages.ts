/**
 * Messages between the page and the service worker: a union keyed by `type`, so both sides
 * agree at compile time. The worker sends no UI strings, only facts.
 */

/** Page → worker. `SKIP_WAITING` is what workbox-window's `messageSkipWaiting()` sends. */
export type PageToSw = { type: 'SKIP_WAITING' };

export function isPageToSw(data: unknown): data is PageToSw {
	if (typeof data !== 'object' || data === null) return false;
	const type = (data as { type?: unknown }).type;
	return type === 'SKIP_WAITING';
}
