/**
 * The schema.org JSON-LD of a suggested trip's page: a TouristTrip whose itinerary is an ItemList of days, each an
 * ItemList of its stops (a TouristAttraction for a place, a LocalBusiness-family type for a service) with their
 * pages' addresses. Only what the content says: no times, no offers.
 */
import type { Bundle, Lang, SuggestedTrip } from '../content/types.ts';
import { formatUrl } from '../routing/url.ts';
import { schemaOrgType } from '../services/chain.ts';

type Item = Record<string, unknown>;

function stopItem(bundle: Bundle, code: number, lang: Lang, siteUrl: string): Item | null {
	const place = bundle.places.find((p) => p.code === code);
	if (place) {
		return { '@type': 'TouristAttraction', name: place.name, url: `${siteUrl}${formatUrl(lang, { name: 'place', id: place.id })}` };
	}
	const service = bundle.services.find((s) => s.code === code);
	if (service) {
		return {
			'@type': schemaOrgType(service.kind),
			name: service.name,
			url: `${siteUrl}${formatUrl(lang, { name: 'service', id: service.id })}`
		};
	}
	return null;
}

const list = (items: Item[]): Item => ({
	'@type': 'ItemList',
	numberOfItems: items.length,
	itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item }))
});

export function tripJsonLd(trip: SuggestedTrip, bundle: Bundle, url: string, lang: Lang): Record<string, unknown> {
	const siteUrl = bundle.site.siteUrl;
	return {
		'@context': 'https://schema.org',
		'@type': 'TouristTrip',
		name: trip.name,
		description: trip.summary,
		url,
		inLanguage: lang,
		itinerary: list(
			trip.days.map((day) => ({
				...list(
					day.stops.flatMap((code): Item[] => {
						const item = stopItem(bundle, code, lang, siteUrl);
						return item ? [item] : [];
					})
				),
				name: day.title
			}))
		)
	};
}
