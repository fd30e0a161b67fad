/**
 * Short codes: every place and service has a stable number (`code`), printed on the sign at the
 * site. `/s/<code>` is the short address its QR code carries; typed into the search box as "17"
 * or "#17" it opens the entry. Pure: the app (src/main.ts), the service worker's route and the
 * sign sheet all read codes through these functions.
 */
import type { Bundle, Place, Service } from '../content/types.ts';

/** "17", "#17", " # 17 " → 17; anything else → null. Codes are 1–999999 (tools/content/schema.ts). */
export function parseShortCode(text: string): number | null {
	const m = /^\s*#?\s*(\d{1,6})\s*$/.exec(text);
	if (!m?.[1]) return null;
	const code = Number(m[1]);
	return code >= 1 ? code : null;
}

/** The path of a short address: `/s/17`. */
export function shortPath(code: number): string {
	return `/s/${code}`;
}

/** The full short address on the guide's site, e.g. https://caobang.example.vn/s/17. */
export function shortUrl(siteUrl: string, code: number): string {
	return `${siteUrl.replace(/\/+$/, '')}${shortPath(code)}`;
}

/** The code of a short-address path (`/s/17`, `/s/17/`), or null. */
export function codeFromShortPath(pathname: string): number | null {
	const m = /^\/s\/(\d{1,6})\/?$/.exec(pathname);
	return m?.[1] ? parseShortCode(m[1]) : null;
}

export type CodeTarget = { type: 'place'; entry: Place } | { type: 'service'; entry: Service };

/** The place or service with this code in a bundle. */
export function findByCode(bundle: Pick<Bundle, 'places' | 'services'>, code: number): CodeTarget | null {
	const place = bundle.places.find((p) => p.code === code);
	if (place) return { type: 'place', entry: place };
	const service = bundle.services.find((s) => s.code === code);
	return service ? { type: 'service', entry: service } : null;
}
