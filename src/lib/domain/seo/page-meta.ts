/**
 * What a page says about itself to browsers, search engines and link previews (Zalo, Facebook):
 * title, description, canonical URL, language alternates and schema.org JSON-LD. Pure, so the
 * prerenderer and the running app agree.
 */
import type { Bundle, Lang, Place, Route } from '../content/types.ts';
import { LANGS } from '../content/types.ts';
import { findPage, findPlace, findRoute, findService } from '../content/lookup.ts';
import { formatUrl, type Screen } from '../routing/url.ts';
import { serviceJsonLd } from './service-json-ld.ts';
import { tripJsonLd } from './trip-json-ld.ts';

export type PageMeta = {
	title: string;
	description: string;
	/** Path of this page, e.g. /vi/place/ban-gioc-waterfall */
	path: string;
	/** The same page in each language, for hreflang. */
	alternates: { lang: Lang; path: string }[];
	ogType: 'website' | 'article';
	jsonLd?: Record<string, unknown>;
	/** False for screens that exist but have nothing to index (not found). */
	found: boolean;
};

/** Titles of screens without content of their own, in each language. */
export type ScreenTitles = Record<'routes' | 'itinerary' | 'search' | 'saved' | 'offline' | 'near' | 'signs' | 'notFound', string>;

function placeJsonLd(place: Place, url: string, lang: Lang): Record<string, unknown> {
	const located = place.location.confidence !== 'none' ? place.location : null;
	return {
		'@context': 'https://schema.org',
		'@type': place.kind === 'relic' ? ['TouristAttraction', 'LandmarksOrHistoricalBuildings'] : 'TouristAttraction',
		name: place.name,
		alternateName: [place.otherName, ...place.aliases].filter((n) => n !== place.name),
		description: place.summary,
		url,
		inLanguage: lang,
		address: {
			'@type': 'PostalAddress',
			...(place.commune ? { addressLocality: place.commune } : {}),
			addressRegion: 'Cao Bằng',
			addressCountry: 'VN'
		},
		...(located ? { geo: { '@type': 'GeoCoordinates', latitude: located.lat, longitude: located.lon } } : {}),
		...(place.tickets.free ? { isAccessibleForFree: true } : {})
	};
}

function routeJsonLd(route: Route, bundle: Bundle, url: string, lang: Lang, siteUrl: string): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'TouristTrip',
		name: route.name,
		description: route.summary,
		url,
		inLanguage: lang,
		itinerary: {
			'@type': 'ItemList',
			numberOfItems: route.stops.length,
			itemListElement: route.stops.map((id, i) => {
				const stop = findPlace(bundle, id);
				return {
					'@type': 'ListItem',
					position: i + 1,
					item: { '@type': 'TouristAttraction', name: stop?.name ?? id, url: `${siteUrl}${formatUrl(lang, { name: 'place', id })}` }
				};
			})
		}
	};
}

/** Describes one screen of the guide in one language. */
export function pageMeta(screen: Screen, bundle: Bundle, titles: ScreenTitles): PageMeta {
	const lang = bundle.lang;
	const site = bundle.site;
	const path = formatUrl(lang, screen);
	const url = `${site.siteUrl}${path}`;
	const alternates = LANGS.map((l) => ({ lang: l, path: formatUrl(l, screen) }));
	const base = { path, alternates, ogType: 'website' as const, found: true };
	const titled = (title: string, description = site.description) => ({ ...base, title: `${title} · ${site.title}`, description });
	const notFound = (): PageMeta => ({ ...titled(titles.notFound), found: false });

	switch (screen.name) {
		case 'home': {
			// The canonical home is the bare map; a selected place is described as that place.
			const place = screen.place ? findPlace(bundle, screen.place) : undefined;
			return place
				? { ...base, title: `${place.name} · ${site.title}`, description: place.summary }
				: { ...base, title: site.title, description: site.description };
		}
		case 'place': {
			const place = findPlace(bundle, screen.id);
			if (!place) return notFound();
			return { ...titled(place.name, place.summary), ogType: 'article', jsonLd: placeJsonLd(place, url, lang) };
		}
		case 'route': {
			const route = findRoute(bundle, screen.id);
			if (!route) return notFound();
			return { ...titled(route.name, route.summary), ogType: 'article', jsonLd: routeJsonLd(route, bundle, url, lang, site.siteUrl) };
		}
		case 'service': {
			const service = findService(bundle, screen.id);
			if (!service) return notFound();
			return { ...titled(service.name, service.summary), ogType: 'article', jsonLd: serviceJsonLd(service, url, lang) };
		}
		case 'trip': {
			const trip = bundle.trips?.find((t) => t.id === screen.id);
			if (!trip) return notFound();
			return { ...titled(trip.name, trip.summary), ogType: 'article', jsonLd: tripJsonLd(trip, bundle, url, lang) };
		}
		case 'about':
		case 'practical':
		case 'page': {
			const page = findPage(bundle, screen.name === 'page' ? screen.id : screen.name);
			return page ? { ...titled(page.title, page.summary), ogType: 'article' } : notFound();
		}
		case 'search':
			return titled(screen.q ? `${titles.search}: ${screen.q}` : titles.search);
		case 'routes':
		case 'near':
		case 'itinerary':
		case 'saved':
		case 'offline':
		case 'signs':
		case 'notFound':
			return screen.name === 'notFound' ? notFound() : titled(titles[screen.name]);
	}
}
