/**
 * The shape of a compiled content bundle: one per language, language-neutral facts merged in.
 * Written by tools/content/compile.ts, read by the app. Never edited by hand.
 */

/**
 * The guide's languages: the one list every regex, loop, toggle and server rule derives from
 * (CONTRIBUTING.md, "Adding a language").
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** A path in a language's part of the site: `/vi`, `/en/`, `/en/place/x`. Group 1 is the language. */
export const LANG_PATH = new RegExp(`^/(${LANGS.join('|')})(/|$)`);

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export type HoursRule = { days: Weekday[]; open: string; close: string; months?: number[] };
export type Hours = { always?: boolean; rules?: HoursRule[]; source?: string; checked?: string };

export type Confidence = 'strong' | 'single-source' | 'derived' | 'commune-area' | 'none';

export type Located = {
	confidence: Exclude<Confidence, 'none'>;
	lat: number;
	lon: number;
	uncertaintyM: number;
	source: string;
};
export type Unlocated = { confidence: 'none'; note?: string };
export type Location = Located | Unlocated;

export type Source = { url: string; checked: string; note?: string };

export type Price = { label: string; vnd: number; asOf: string };
export type Tickets = { free?: boolean; prices?: Price[]; source?: string; checked?: string };

/** One format of a photo: its files as a `srcset` ("/a-480.webp 480w, /a-960.webp 960w"). */
export type ImageSource = { type: 'image/avif' | 'image/webp' | 'image/jpeg'; srcset: string };

/**
 * A published photo (tools/content/images): width and height of the original (so the page keeps
 * its room), a ThumbHash placeholder (base64) shown until the photo loads, and its encoded files.
 * `offline` is the small WebP stored with the guide (a place's first photo), shown when the
 * chosen file cannot be loaded.
 */
export type Image = {
	src: string;
	width: number;
	height: number;
	placeholder: string;
	sources: ImageSource[];
	offline?: string;
	alt: string;
	credit: string;
	licence: string;
};

export const PLACE_KINDS = ['geosite', 'relic', 'culture', 'nature', 'service'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export type Accessibility = 'unknown' | 'step-free' | 'partly' | 'not-step-free';

export type Place = {
	id: string;
	/** Stable number for links, itineraries and signs: never changed, never reused. */
	code: number;
	kind: PlaceKind;
	order: number;
	name: string;
	/** The name in the other language, for search and for visitors who know it that way. */
	otherName: string;
	localName?: string;
	summary: string;
	aliases: string[];
	/** Sanitised HTML of the description and history. */
	html: string;
	/** True when this language's text is missing and the default language's is shown. */
	untranslated: boolean;
	/** The relic site (or other place) this place is one point of. */
	partOf?: string;
	location: Location;
	commune?: string;
	communeOld?: string;
	district?: string;
	routes: string[];
	hours: Hours;
	hoursNote?: string;
	tickets: Tickets;
	ticketsNote?: string;
	bestMonths?: number[];
	season?: string;
	timeNeededMin?: [number, number];
	timeNeeded?: string;
	access?: string;
	borderArea: boolean;
	border?: string;
	accessibility: Accessibility;
	accessibilityNote?: string;
	images: Image[];
	audio?: string;
	sources: Source[];
	checked: string;
};

export type Leg = { from: string; to: string; km?: number; driveMin?: number; road?: string; source?: string };

/**
 * A leg between consecutive located stops measured along the roads at build time (OpenStreetMap 2021,
 * tools/roads): road km, drive minutes, and the line along the roads for the map. `closeBy` when the two are
 * closer by road than their positions are sure (or share a road point): say "close by", never a distance.
 */
/** A route leg measured on the roads. Its line is in the roads file, not in the bundle, so pages stay light. */
export type RoadLeg = { from: string; to: string; km: number; driveMin: number; closeBy: boolean };

export type Route = {
	id: string;
	number?: number;
	order: number;
	color: string;
	name: string;
	summary: string;
	aliases: string[];
	duration?: string;
	html: string;
	untranslated: boolean;
	stops: string[];
	legs: Leg[];
	/** Legs along the roads between consecutive located stops (built with the content; absent without road data). */
	roadLegs?: RoadLeg[];
	sources: Source[];
	checked: string;
};

/** Kinds of service, grouped into the visitor's chain in domain/services/chain.ts (docs/services.md). */
export const SERVICE_KINDS = [
	'coach',
	'bus-station',
	'local-bus',
	'limousine',
	'motorbike-rental',
	'taxi',
	'homestay',
	'hotel',
	'guesthouse',
	'restaurant',
	'eatery',
	'local-dish',
	'guide',
	'market',
	'craft-workshop',
	'ocop-product',
	'information-centre',
	'health',
	'police',
	'border-post'
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export type Service = {
	id: string;
	/** Stable number for links, itineraries and signs: never changed, never reused. */
	code: number;
	kind: ServiceKind;
	order: number;
	name: string;
	summary: string;
	aliases: string[];
	html: string;
	untranslated: boolean;
	places: string[];
	location?: Location;
	commune?: string;
	district?: string;
	contact: { phone?: string; website?: string; email?: string; zalo?: string };
	priceRange?: { minVnd: number; maxVnd: number; unit: string; asOf: string; source: string; checked: string };
	/** A periodic market: the days of each lunar month it meets (1–30; a 29-day month has no day 30). */
	marketDays?: { lunar: number[] };
	/** A group entry ("homestays in Khuổi Ky", "Cao Bằng dishes"), not one named business. */
	generic?: boolean;
	images?: Image[];
	languages: string[];
	hours: Hours;
	sources: Source[];
	checked: string;
};

export type Page = { id: string; title: string; summary: string; html: string; untranslated: boolean };

export type SiteInfo = {
	title: string;
	description: string;
	siteUrl: string;
	emergency: { number: string; label: string }[];
	detailBasemap?: { url: string; attribution: string };
};

/** From content/CHANGELOG.md: the date of the latest change, and the latest changes by date. */
export type ContentHistory = { updated: string; changes: { date: string; items: string[] }[] };
/**
 * A trip the tourism office suggests (content/itineraries/<id>/), in one language: its days of stops, each stop a
 * place's or service's stable code, as in an itinerary link. The builder opens an editable copy of it.
 */
export type SuggestedTrip = {
	id: string;
	order: number;
	name: string;
	summary: string;
	html: string;
	untranslated: boolean;
	/** The route its stops are taken from, when there is one. */
	route?: string;
	days: { title: string; stops: number[] }[];
	checked: string;
};

export type Bundle = {
	lang: Lang;
	/** Content version: a hash of everything in content/, apart from the app's version. */
	version: string;
	/** When the content last changed and what changed, where the office keeps content/CHANGELOG.md. */
	history?: ContentHistory;
	site: SiteInfo;
	places: Place[];
	routes: Route[];
	services: Service[];
	pages: Page[];
	/** Suggested trips (absent in bundles built before there were any). */
	trips?: SuggestedTrip[];
};

/** A file that is not precached but can be downloaded for offline use (photos, audio, detail map). */
export type MediaFile = {
	url: string;
	bytes: number;
	/** Hex SHA-256 of the file, checked after download. */
	sha256: string;
	kind: 'image' | 'audio' | 'basemap';
	/** What it belongs to: 'place:<id>', 'service:<id>' or 'site'. */
	owner: string;
};

/** Where the compiled files of one content version live (URLs relative to the site root). */
export type ContentManifest = {
	version: string;
	bundles: Record<Lang, string>;
	search: string;
	/** The road file (src/lib/domain/roads/roads-file.ts): distances between located entries and route lines. */
	roads?: string;
	media: MediaFile[];
	/** The small photos stored with the guide (the first of each place, under /content/photos/). */
	photos?: { files: number; bytes: number };
};

export function isPlaceKind(kind: string): kind is PlaceKind {
	return (PLACE_KINDS as readonly string[]).includes(kind);
}

export function isServiceKind(kind: string): kind is ServiceKind {
	return (SERVICE_KINDS as readonly string[]).includes(kind);
}

export function isLocated(loc: Location | undefined): loc is Located {
	return loc !== undefined && loc.confidence !== 'none';
}

/** Approximate places are drawn as an area, not a pin. */
export function isApproximate(loc: Located): boolean {
	return loc.confidence === 'derived' || loc.confidence === 'commune-area';
}
