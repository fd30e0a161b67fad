/**
 * The service value chain a visitor walks through at every stop (issue 12): each service kind
 * belongs to one link of the chain, shown in a fixed order, and maps to the schema.org type that
 * search engines read and the OpenStreetMap tag that mappers use. One table, so the place pages,
 * the JSON-LD and docs/services.md cannot disagree.
 */
import type { ServiceKind } from '../content/types.ts';

/** The chain's links, in the order a visitor needs them. */
export const CHAIN_GROUPS = ['move', 'stay', 'eat', 'guide', 'buy', 'info'] as const;
export type ChainGroup = (typeof CHAIN_GROUPS)[number];

export type KindInfo = {
	group: ChainGroup;
	/** A schema.org type of the LocalBusiness family (or the nearest civic type). */
	schemaOrg: string;
	/** The OpenStreetMap tag of such a feature; `*` stands for the value that names its trade. */
	osm: string;
};

export const SERVICE_KIND_INFO: Record<ServiceKind, KindInfo> = {
	coach: { group: 'move', schemaOrg: 'LocalBusiness', osm: 'route=bus' },
	'bus-station': { group: 'move', schemaOrg: 'BusStation', osm: 'amenity=bus_station' },
	'local-bus': { group: 'move', schemaOrg: 'LocalBusiness', osm: 'route=bus' },
	limousine: { group: 'move', schemaOrg: 'LocalBusiness', osm: 'route=bus' },
	'motorbike-rental': { group: 'move', schemaOrg: 'AutoRental', osm: 'amenity=motorcycle_rental' },
	taxi: { group: 'move', schemaOrg: 'TaxiService', osm: 'amenity=taxi' },
	homestay: { group: 'stay', schemaOrg: 'BedAndBreakfast', osm: 'tourism=guest_house + guest_house=homestay' },
	hotel: { group: 'stay', schemaOrg: 'Hotel', osm: 'tourism=hotel' },
	guesthouse: { group: 'stay', schemaOrg: 'LodgingBusiness', osm: 'tourism=guest_house' },
	restaurant: { group: 'eat', schemaOrg: 'Restaurant', osm: 'amenity=restaurant' },
	eatery: { group: 'eat', schemaOrg: 'FoodEstablishment', osm: 'amenity=fast_food' },
	'local-dish': { group: 'eat', schemaOrg: 'FoodEstablishment', osm: 'cuisine=*' },
	guide: { group: 'guide', schemaOrg: 'TravelAgency', osm: 'office=travel_agent' },
	market: { group: 'buy', schemaOrg: 'Store', osm: 'amenity=marketplace' },
	'craft-workshop': { group: 'buy', schemaOrg: 'Store', osm: 'craft=*' },
	'ocop-product': { group: 'buy', schemaOrg: 'Store', osm: 'shop=*' },
	'information-centre': {
		group: 'info',
		schemaOrg: 'TouristInformationCenter',
		osm: 'tourism=information + information=office'
	},
	health: { group: 'info', schemaOrg: 'MedicalClinic', osm: 'amenity=clinic' },
	police: { group: 'info', schemaOrg: 'PoliceStation', osm: 'amenity=police' },
	'border-post': { group: 'info', schemaOrg: 'GovernmentOffice', osm: 'barrier=border_control' }
};

export function chainGroup(kind: ServiceKind): ChainGroup {
	return SERVICE_KIND_INFO[kind].group;
}

export function schemaOrgType(kind: ServiceKind): string {
	return SERVICE_KIND_INFO[kind].schemaOrg;
}

export function osmTag(kind: ServiceKind): string {
	return SERVICE_KIND_INFO[kind].osm;
}

/** The kinds of one link of the chain, in the order of SERVICE_KINDS. */
export function kindsOf(group: ChainGroup, kinds: readonly ServiceKind[]): ServiceKind[] {
	return kinds.filter((k) => SERVICE_KIND_INFO[k].group === group);
}
