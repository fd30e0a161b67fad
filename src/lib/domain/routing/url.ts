/**
 * The app's URLs: language first, then the screen. Pure parse/format, so every path the app
 * writes can be read back, and every path a QR code or share link carries resolves to a screen.
 *
 *   /vi/                     map home         /vi/search?q=ban+gioc   search
 *   /vi/?place=<id>&at=22.85,106.72,12   map with a place selected and a view
 *   /vi/near                 places near me
 *   /vi/place/<id>           a place          /vi/saved               saved places
 *   /vi/routes               all routes       /vi/offline             offline & settings
 *   /vi/route/<id>           a route          /vi/about               about the guide
 *   /vi/service/<id>         a service        /vi/page/<id>           another content page
 *   /vi/itinerary            itinerary        /vi/itinerary/<id>      a trip the office suggests
 *   /vi/practical            practical information
 *   /vi/signs                printable QR signs, one per place (the short address /s/<code> is outside the app: main.ts)
 */
import { LANGS, type Lang } from '../content/types.ts';

/** The map's view: centre and zoom. */
export type MapView = { lat: number; lon: number; zoom: number };

export type Screen =
	| { name: 'home'; place?: string; at?: MapView }
	| { name: 'near' }
	| { name: 'place'; id: string }
	| { name: 'routes' }
	| { name: 'route'; id: string }
	| { name: 'service'; id: string }
	| { name: 'itinerary' }
	| { name: 'trip'; id: string }
	| { name: 'search'; q: string }
	| { name: 'saved' }
	| { name: 'offline' }
	| { name: 'about' }
	| { name: 'practical' }
	| { name: 'signs' }
	| { name: 'page'; id: string }
	| { name: 'notFound' };

export type ScreenName = Screen['name'];

/** What a URL means. `lang` is null only for the bare root `/`, which picks a language. */
export type Parsed = { lang: Lang | null; screen: Screen };

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FIXED: Record<string, Screen> = {
	routes: { name: 'routes' },
	itinerary: { name: 'itinerary' },
	saved: { name: 'saved' },
	offline: { name: 'offline' },
	about: { name: 'about' },
	practical: { name: 'practical' },
	near: { name: 'near' },
	signs: { name: 'signs' }
};
const WITH_ID = new Set(['place', 'route', 'service', 'page']);

export function isLang(value: string | undefined | null): value is Lang {
	return value !== undefined && value !== null && (LANGS as readonly string[]).includes(value);
}

function decodeSegment(segment: string): string | null {
	try {
		return decodeURIComponent(segment);
	} catch {
		return null;
	}
}

/** Reads `?place=<id>&at=<lat>,<lon>,<zoom>`; anything malformed is ignored, not an error. */
function parseHome(search: string): Screen {
	const params = new URLSearchParams(search);
	const place = params.get('place');
	const at = params.get('at')?.split(',').map(Number);
	const screen: Screen = { name: 'home' };
	if (place && ID.test(place)) screen.place = place;
	if (at && at.length === 3 && at.every(Number.isFinite)) {
		const [lat, lon, zoom] = at as [number, number, number];
		if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && zoom >= 0 && zoom <= 22) screen.at = { lat, lon, zoom };
	}
	return screen;
}

/** Reads a path (and query string) into a language and a screen. Never throws. */
export function parseUrl(pathname: string, search = ''): Parsed {
	const parts = pathname.split('/').filter((p) => p !== '');
	if (parts.length === 0) return { lang: null, screen: { name: 'home' } };
	const [first, second, third, ...rest] = parts;
	if (!isLang(first)) {
		// A path without a language is still answered, in the default language, as not found.
		return { lang: null, screen: { name: 'notFound' } };
	}
	const lang = first;
	if (second === undefined) return { lang, screen: parseHome(search) };
	if (rest.length > 0) return { lang, screen: { name: 'notFound' } };
	if (second === 'search' && third === undefined) {
		const q = new URLSearchParams(search).get('q') ?? '';
		return { lang, screen: { name: 'search', q: q.normalize('NFC') } };
	}
	const fixed = FIXED[second];
	if (fixed && third === undefined) return { lang, screen: fixed };
	if (second === 'itinerary' && third !== undefined) {
		const id = decodeSegment(third);
		return { lang, screen: id !== null && ID.test(id) ? { name: 'trip', id } : { name: 'notFound' } };
	}
	if (WITH_ID.has(second) && third !== undefined) {
		const id = decodeSegment(third);
		if (id !== null && ID.test(id)) {
			return { lang, screen: { name: second as 'place' | 'route' | 'service' | 'page', id } };
		}
	}
	return { lang, screen: { name: 'notFound' } };
}

/** Writes the path of a screen in a language. `parseUrl(formatUrl(l, s))` gives back `l` and `s`. */
export function formatUrl(lang: Lang, screen: Screen): string {
	switch (screen.name) {
		case 'home': {
			const params = new URLSearchParams();
			if (screen.place) params.set('place', screen.place);
			if (screen.at) {
				params.set(
					'at',
					[screen.at.lat.toFixed(5), screen.at.lon.toFixed(5), screen.at.zoom.toFixed(2)].map((n) => String(Number(n))).join(',')
				);
			}
			const query = params.toString();
			return `/${lang}/${query ? `?${query.replace(/%2C/g, ',')}` : ''}`;
		}
		case 'place':
		case 'route':
		case 'service':
		case 'page':
			return `/${lang}/${screen.name}/${encodeURIComponent(screen.id)}`;
		case 'trip':
			return `/${lang}/itinerary/${encodeURIComponent(screen.id)}`;
		case 'search':
			return screen.q ? `/${lang}/search?${new URLSearchParams({ q: screen.q }).toString()}` : `/${lang}/search`;
		case 'notFound':
			return `/${lang}/not-found`;
		default:
			return `/${lang}/${screen.name}`;
	}
}

/** The same page in another language: used by the language switch and hreflang links. */
export function switchLanguage(pathname: string, search: string, lang: Lang): string {
	const { screen } = parseUrl(pathname, search);
	if (screen.name === 'notFound') {
		const parts = pathname.split('/').filter((p) => p !== '');
		if (isLang(parts[0])) parts.shift();
		return `/${[lang, ...parts].join('/')}${search}`;
	}
	return formatUrl(lang, screen);
}

/**
 * The language for the bare root `/`: the saved choice, else the first of the browser's
 * languages the guide speaks, else Vietnamese.
 */
export function pickLanguage(saved: string | null, browser: readonly string[], fallback: Lang = 'vi'): Lang {
	if (isLang(saved)) return saved;
	for (const tag of browser) {
		const base = tag.toLowerCase().split('-')[0];
		if (isLang(base)) return base;
	}
	return fallback;
}
