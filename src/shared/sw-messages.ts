/**
 * Messages between the page and the service worker: a union keyed by `type`, so both sides
 * agree at compile time. The worker sends no UI strings, only facts.
 */

/**
 * Page → worker. `SKIP_WAITING` is what workbox-window's `messageSkipWaiting()` sends.
 * `PRECACHE_STATUS` and `PRECACHE_REPAIR` are answered on the message's port with a `PrecacheReport`.
 */
export type PageToSw = { type: 'SKIP_WAITING' } | { type: 'PRECACHE_STATUS' } | { type: 'PRECACHE_REPAIR' };

/** Worker → page: how many precached files are missing, and whether the server has a newer version. */
export type PrecacheReport = { type: 'PRECACHE_REPORT'; missing: number; total: number; newer: boolean };

export function isPageToSw(data: unknown): data is PageToSw {
	if (typeof data !== 'object' || data === null) return false;
	const type = (data as { type?: unknown }).type;
	return type === 'SKIP_WAITING' || type === 'PRECACHE_STATUS' || type === 'PRECACHE_REPAIR';
}

export function isPrecacheReport(data: unknown): data is PrecacheReport {
	if (typeof data !== 'object' || data === null) return false;
	const d = data as Partial<PrecacheReport>;
	return d.type === 'PRECACHE_REPORT' && typeof d.missing === 'number' && typeof d.total === 'number' && typeof d.newer === 'boolean';
}
