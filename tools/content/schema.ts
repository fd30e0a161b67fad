/**
 * The content schema: what an editor may write in `content/`.
 * Every field has a one-line comment saying what it is for, with an example.
 * Messages for editors live in `messages.ts`; this file only says what is valid.
 */
import { z } from 'zod';
import { LANGS, PLACE_KINDS, SERVICE_KINDS } from '../../src/lib/domain/content/types.ts';

/** Link schemes the guide opens. Anything else (javascript:, data:, vbscript: …) could run code. */
const SAFE_SCHEMES = new Set(['https:', 'http:', 'tel:', 'mailto:', 'geo:']);

/** True for a link the guide may put in an href: a safe scheme, or a path on this site ("/about"). */
export function isSafeLink(value: string): boolean {
	if (/^\/(?![/\\])/.test(value)) return true;
	if (!URL.canParse(value)) return false;
	const url = new URL(value);
	if (!SAFE_SCHEMES.has(url.protocol)) return false;
	return url.protocol === 'https:' || url.protocol === 'http:' ? url.hostname !== '' : true;
}

/** A link (see isSafeLink), e.g. https://example.vn, tel:+842063852000 or /about. */
export const link = z.string().refine(isSafeLink, 'unsafe-link');

/** The public address of a web site: http(s) with a host, e.g. https://caobang.example.vn. */
export const webAddress = z.url({ protocol: /^https?$/ });

/** A calendar date written as YYYY-MM-DD, e.g. 2026-11-22. */
export const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'date');

/** A month or a day: YYYY-MM or YYYY-MM-DD, for "price as of Oct 2023". */
export const isoMonthOrDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'monthOrDate');

/** A 24-hour clock time, e.g. "07:30". "24:00" means midnight at the end of the day. */
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time');

/** A place's or service's stable number, 1–999999: links, itineraries and QR signs carry it. */
export const stableCode = z.number().int().min(1).max(999_999);

/** content/retired-codes.yaml: codes of deleted entries, which may never be given out again. */
export const retiredCodesFile = z
	.object({
		retired: z
			.array(
				z
					.object({
						code: stableCode, // the number, e.g. 17
						was: z.string().min(1), // what it belonged to, e.g. places/old-viewpoint (Old viewpoint)
						retired: isoDate, // when the entry was removed, e.g. 2027-01-15
						reason: z.string().optional() // why, e.g. "merged into ban-gioc-waterfall"
					})
					.strict()
			)
			.default([])
	})
	.strict();
export type RetiredCodesFile = z.infer<typeof retiredCodesFile>;

/** A content id: lowercase letters, digits and dashes, e.g. ban-gioc-waterfall. */
export const contentId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id');

export const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** A text in each language, e.g. { vi: "Người lớn", en: "Adult" }. */
export const localText = z.object({
	vi: z.string().min(1), // Vietnamese text
	en: z.string().min(1) // English text
});

/** One source a fact rests on. */
export const source = z.object({
	url: link, // the page the fact comes from, e.g. https://en.wikipedia.org/wiki/Ban_Gioc–Detian_Falls
	checked: isoDate, // when an editor last read that page, e.g. 2026-11-22
	note: z.string().optional() // what this source supports, e.g. "height 35 m (geopark board)"
});

/**
 * Where a place is, and how sure we are.
 * confidence: strong (≥2 sources agree), single-source (one precise pin), derived (computed from a
 * source's numbers or a nearby anchor), commune-area (only the commune is known), none (unknown).
 */
export const location = z.discriminatedUnion('confidence', [
	z.object({
		confidence: z.enum(['strong', 'single-source', 'derived', 'commune-area']), // how sure we are of the point
		lat: z.number().min(-90).max(90), // latitude in WGS 84 degrees, e.g. 22.85436
		lon: z.number().min(-180).max(180), // longitude in WGS 84 degrees, e.g. 106.72427
		uncertaintyM: z.number().int().positive(), // how far off the point may be, in metres, e.g. 300
		source: z.string().min(1) // where the point comes from, e.g. "Wikipedia infobox"
	}),
	z.object({
		confidence: z.literal('none'), // no usable coordinate yet: the place is listed but not drawn on the map
		note: z.string().optional() // what is known of where it is, e.g. "near Pác Bó, on the road to Nà Mạ"
	})
]);

/** One opening rule: the place is open on these days (and months), from `open` to `close`. */
export const hoursRule = z.object({
	days: z.array(weekday).min(1), // days of the week, e.g. [mon, tue, wed, thu, fri, sat, sun]
	open: clockTime, // opening time, e.g. "07:00"
	close: clockTime, // closing time, e.g. "18:00"; earlier than `open` means it closes after midnight
	months: z.array(z.number().int().min(1).max(12)).optional() // only in these months, e.g. [6, 7, 8]
});

/**
 * Opening hours. Leave `rules` out when they are not known: the guide then says "unknown".
 * A place with no fixed hours (a pass, a viewpoint) uses `always: true`.
 */
export const hours = z
	.object({
		always: z.boolean().optional(), // true for places open at all times, e.g. a roadside viewpoint
		rules: z.array(hoursRule).optional(), // the opening rules, see above
		source: link.optional(), // where the hours come from
		checked: isoDate.optional() // when the hours were last checked
	})
	.strict();

/** One price. */
export const price = z.object({
	label: localText, // who or what it is for, e.g. { vi: "Vé vào cửa", en: "Entry ticket" }
	vnd: z.number().int().nonnegative(), // price in Vietnamese đồng, e.g. 45000; 0 means free
	asOf: isoMonthOrDate // when the source said this price applied, e.g. 2023-10
});

/** Tickets. Leave `prices` out when they are not known: the guide then says "unknown". */
export const tickets = z
	.object({
		free: z.boolean().optional(), // true when entry is free
		prices: z.array(price).optional(), // the prices, see above
		source: link.optional(), // where the prices come from
		checked: isoDate.optional() // when an editor last checked the prices, e.g. 2026-11-22
	})
	.strict();

/** A photo. */
export const image = z.object({
	file: z.string().min(1), // file name next to place.yaml, e.g. cover.jpg
	alt: localText, // what the photo shows, for people who cannot see it
	credit: z.string().min(1), // who took it, e.g. "Ban quản lý CVĐC Non nước Cao Bằng"
	licence: z.string().min(1), // its licence, e.g. "CC BY 4.0"; the guide publishes no photo without one
	gpsIntended: z.boolean().optional() // true only when the original may keep the GPS position in its metadata
});
export type ImageEntry = z.infer<typeof image>;

/** Recorded audio for each language, e.g. { vi: gioi-thieu.vi.mp3 }. */
export const audio = z.object({ vi: z.string().optional(), en: z.string().optional() }).strict();

/** place.yaml: the facts of a place that are the same in every language. */
export const placeFile = z
	.object({
		code: stableCode, // stable number for links, itineraries and QR signs; never change or reuse it, e.g. 17
		kind: z.enum(PLACE_KINDS), // what sort of place it is
		order: z.number().int().optional(), // position in lists, smaller first, e.g. 10
		location, // where it is, see above
		commune: z.string().min(1).optional(), // commune or ward since 1 July 2025, e.g. Đàm Thủy
		communeOld: z.string().min(1).optional(), // commune before 2025, e.g. Chí Viễn
		district: z.string().min(1).optional(), // district before 2025, e.g. Trùng Khánh
		routes: z.array(contentId).default([]), // geopark routes it is on, e.g. [east]
		partOf: contentId.optional(), // the relic site (or other place) this is one point of, e.g. pac-bo-special-national-relic
		hours: hours.default({}), // opening hours, see above
		tickets: tickets.default({}), // tickets, see above
		bestMonths: z.array(z.number().int().min(1).max(12)).optional(), // best months to visit, e.g. [9, 10]
		timeNeededMin: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(), // minutes to allow, e.g. [120, 180]
		borderArea: z.boolean().default(false), // true when it lies in a land-border area (papers needed)
		accessibility: z.enum(['unknown', 'step-free', 'partly', 'not-step-free']).default('unknown'), // wheelchair access
		images: z.array(image).default([]), // photos, see above
		audio: audio.optional(), // recorded audio guide per language
		sources: z.array(source).min(1), // where the facts come from
		checked: isoDate // when the whole entry was last reviewed, e.g. 2026-11-22
	})
	.strict();

/** Frontmatter of a place's place.vi.md / place.en.md. The Markdown body is the description and history. */
export const placeText = z
	.object({
		name: z.string().min(1), // the name in this language, e.g. Thác Bản Giốc
		localName: z.string().optional(), // the name in an ethnic language where known, e.g. Phja Piót (Tày)
		summary: z.string().min(1).max(200), // one or two sentences shown under the name, at most 200 characters
		aliases: z.array(z.string().min(1)).default([]), // other names people search for, e.g. [Ban Gioc, Detian]
		hoursNote: z.string().optional(), // what is known of opening hours in words
		ticketsNote: z.string().optional(), // what is known of prices in words
		season: z.string().optional(), // best time to come, in words
		timeNeeded: z.string().optional(), // how long to allow, in words
		access: z.string().optional(), // how to get there, road notes
		border: z.string().optional(), // border-area notice: papers to carry, where to register
		accessibility: z.string().optional() // access for people with limited mobility, in words
	})
	.strict();

/** One leg of a route, between two consecutive stops. */
export const leg = z.object({
	from: contentId, // the stop it starts at
	to: contentId, // the next stop
	km: z.number().positive().optional(), // road distance in km, if a source gives it
	driveMin: z.number().int().positive().optional(), // driving time in minutes, if a source gives it
	road: localText.optional(), // a note on the road, e.g. { vi: "đèo dốc", en: "steep pass" }
	source: link.optional() // where the distance comes from
});

/** route.yaml: a geopark route. */
export const routeFile = z
	.object({
		number: z.number().int().positive().optional(), // the route's official number, e.g. 3
		order: z.number().int().optional(), // position in lists
		color: z.string().regex(/^#[0-9a-f]{6}$/i), // line colour on the map, e.g. "#2f6f8f"
		stops: z.array(contentId).min(2), // place ids in order of travel
		legs: z.array(leg).default([]), // distances between stops, where known
		gapAccepted: z
			.array(
				z
					.object({
						stop: contentId, // the stop (a place id of this route) whose gaps are accepted
						reason: z.string().min(1), // why the office accepts the stop's gaps, e.g. "no lodging in a border post area"
						until: isoDate // when to look again, e.g. 2027-06-30
					})
					.strict()
			)
			.default([]), // gaps in the service chain the office accepts for now, one entry per stop
		sources: z.array(source).min(1), // where the route comes from
		checked: isoDate // when last reviewed
	})
	.strict();

/** Frontmatter of a route's route.vi.md / route.en.md. The body says what the route is about. */
export const routeText = z
	.object({
		name: z.string().min(1), // e.g. Tuyến phía Đông
		summary: z.string().min(1).max(200), // at most 200 characters
		aliases: z.array(z.string().min(1)).default([]), // other names, e.g. [Tuyến 3]
		duration: z.string().optional() // how long it takes, in words, e.g. "1–2 ngày"
	})
	.strict();

/** itinerary.yaml: a trip the office suggests, made only of places and services already in the guide. */
export const itineraryFile = z
	.object({
		order: z.number().int().optional(), // position in lists
		route: contentId.optional(), // the route its stops are taken from, e.g. east-traditional-cultures
		days: z
			.array(
				z
					.object({
						stops: z.array(z.union([contentId, stableCode])).min(1).max(40) // places or services in order, by folder name or code, e.g. [ban-gioc-waterfall, 17]
					})
					.strict()
			)
			.min(1)
			.max(30), // the days in order
		checked: isoDate // when last reviewed
	})
	.strict();

/** Frontmatter of a suggested trip's itinerary.vi.md / itinerary.en.md. The body says what the trip is and that it is a suggestion. */
export const itineraryText = z
	.object({
		name: z.string().min(1).max(120), // e.g. Ba ngày phía Bắc và phía Đông
		summary: z.string().min(1).max(200), // at most 200 characters
		days: z.array(z.string().min(1).max(120)).min(1) // a title for each day, in order, e.g. [Pác Bó, Thác Bản Giốc]
	})
	.strict();

/** service.yaml: a homestay, eatery, transport, guide or local product. */
export const serviceFile = z
	.object({
		code: stableCode, // stable number for links, itineraries and QR signs; never change or reuse it, e.g. 17
		kind: z.enum(SERVICE_KINDS), // what sort of service
		order: z.number().int().optional(), // position in lists
		places: z.array(contentId).default([]), // places it serves or lies near, e.g. [khuoi-ky-stone-village]
		location: location.optional(), // where it is, if it has one fixed place
		commune: z.string().min(1).optional(), // commune or ward since 1 July 2025
		district: z.string().min(1).optional(), // district before 2025
		contact: z
			.object({
				phone: z.string().optional(), // e.g. "+84 206 3852 000"
				website: link.optional(), // e.g. https://example.vn
				email: z.string().email().optional(), // e.g. info@example.vn
				zalo: z
					.string()
					.regex(/^0\d{9}$/)
					.optional() // the Zalo number, 10 digits as dialled in Việt Nam, only where a source says it is on Zalo, e.g. "0912345678"
			})
			.strict()
			.default({}), // how to reach it; leave out what is not known
		priceRange: z
			.object({
				minVnd: z.number().int().nonnegative(), // lowest price in đồng
				maxVnd: z.number().int().nonnegative(), // highest price in đồng
				unit: localText, // what the price is for, e.g. { vi: "mỗi đêm", en: "per night" }
				asOf: isoMonthOrDate, // when the source gave it
				source: link, // where it comes from
				checked: isoDate // when an editor last checked it
			})
			.optional(),
		languages: z.array(z.string().min(2)).default([]), // languages spoken, e.g. [vi, en]; empty means unknown
		marketDays: z
			.object({
				lunar: z.array(z.number().int().min(1).max(30)).min(1) // days of each lunar month it meets, e.g. [5, 10, 15, 20, 25, 30]
			})
			.strict()
			.optional(), // for a periodic market
		hours: hours.default({}), // opening hours
		generic: z.boolean().optional(), // true for a group entry (e.g. homestays of one village, a dish), not one named business
		images: z.array(image).default([]), // photos, see above
		sources: z.array(source).min(1), // where the facts come from
		checked: isoDate // when last reviewed
	})
	.strict();

/** Frontmatter of a service's service.vi.md / service.en.md. */
export const serviceText = z
	.object({
		name: z.string().min(1), // e.g. Homestay ở Khuổi Ky
		summary: z.string().min(1).max(200), // at most 200 characters
		aliases: z.array(z.string().min(1)).default([]) // other names
	})
	.strict();

/** Frontmatter of a page's page.vi.md / page.en.md (about, …). */
export const pageText = z
	.object({
		title: z.string().min(1), // the page title
		summary: z.string().min(1).max(200) // shown in link previews
	})
	.strict();

/** content/site.yaml */
export const siteFile = z
	.object({
		title: localText, // the guide's name
		description: localText, // one line for link previews
		siteUrl: webAddress.optional(), // the public address, e.g. https://caobang.example.vn; else SITE_URL at build time (docs/deploy.md)
		defaultLanguage: z.enum(LANGS), // language when nothing else is known
		languages: z.array(z.enum(LANGS)).min(1), // languages the guide is written in
		emergency: z
			.array(z.object({ number: z.string().min(1), label: localText }))
			.default([]), // emergency phone numbers
		basemap: z
			.object({
				detail: z
					.object({
						file: z.string().min(1), // a detail basemap in content/basemap/, e.g. caobang-detail.pmtiles
						attribution: z.string().min(1) // who made it
					})
					.optional()
			})
			.default({})
	})
	.strict();

export type PlaceFile = z.infer<typeof placeFile>;
export type PlaceText = z.infer<typeof placeText>;
export type RouteFile = z.infer<typeof routeFile>;
export type RouteText = z.infer<typeof routeText>;
export type ServiceFile = z.infer<typeof serviceFile>;
export type ServiceText = z.infer<typeof serviceText>;
export type PageText = z.infer<typeof pageText>;
export type ItineraryFile = z.infer<typeof itineraryFile>;
export type ItineraryText = z.infer<typeof itineraryText>;
export type SiteFile = z.infer<typeof siteFile>;
