/**
 * The schema.org JSON-LD of a service page: a LocalBusiness-family type chosen by the service's
 * kind (domain/services/chain.ts), with its place, contact, opening hours and price range when the
 * content knows them. Nothing is filled in that the content does not say.
 */
import type { Hours, Lang, Service, Weekday } from '../content/types.ts';
import { isLocated } from '../content/types.ts';
import { schemaOrgType } from '../services/chain.ts';

const DAY_NAMES: Record<Weekday, string> = {
	mon: 'https://schema.org/Monday',
	tue: 'https://schema.org/Tuesday',
	wed: 'https://schema.org/Wednesday',
	thu: 'https://schema.org/Thursday',
	fri: 'https://schema.org/Friday',
	sat: 'https://schema.org/Saturday',
	sun: 'https://schema.org/Sunday'
};

function openingHours(hours: Hours): Record<string, unknown>[] | undefined {
	if (hours.always) {
		return [{ '@type': 'OpeningHoursSpecification', dayOfWeek: Object.values(DAY_NAMES), opens: '00:00', closes: '23:59' }];
	}
	if (!hours.rules || hours.rules.length === 0) return undefined;
	// Rules for some months only cannot be said without dates; leave them out rather than mislead.
	const yearRound = hours.rules.filter((r) => !r.months);
	if (yearRound.length === 0) return undefined;
	return yearRound.map((r) => ({
		'@type': 'OpeningHoursSpecification',
		dayOfWeek: r.days.map((d) => DAY_NAMES[d]),
		opens: r.open,
		closes: r.close
	}));
}

/** e.g. "100000–300000 VND": schema.org's priceRange is free text; the currency makes it unambiguous. */
function priceRange(service: Service): string | undefined {
	const p = service.priceRange;
	if (!p) return undefined;
	return p.minVnd === p.maxVnd ? `${p.minVnd} VND` : `${p.minVnd}–${p.maxVnd} VND`;
}

export function serviceJsonLd(service: Service, url: string, lang: Lang): Record<string, unknown> {
	const hours = openingHours(service.hours);
	const price = priceRange(service);
	const { phone, website, email } = service.contact;
	return {
		'@context': 'https://schema.org',
		'@type': schemaOrgType(service.kind),
		name: service.name,
		...(service.aliases.length > 0 ? { alternateName: service.aliases.filter((a) => a !== service.name) } : {}),
		description: service.summary,
		url,
		inLanguage: lang,
		address: {
			'@type': 'PostalAddress',
			...(service.commune ? { addressLocality: service.commune } : {}),
			addressRegion: 'Cao Bằng',
			addressCountry: 'VN'
		},
		...(isLocated(service.location)
			? { geo: { '@type': 'GeoCoordinates', latitude: service.location.lat, longitude: service.location.lon } }
			: {}),
		...(phone ? { telephone: phone } : {}),
		...(email ? { email } : {}),
		...(website ? { sameAs: website } : {}),
		...(hours ? { openingHoursSpecification: hours } : {}),
		...(price ? { priceRange: price, currenciesAccepted: 'VND' } : {})
	};
}
