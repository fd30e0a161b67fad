/**
 * An itinerary as an operator builds it and a guest receives it: days of stops, each stop a
 * place or service named by its stable numeric `code` (content files carry it; links and QR
 * signs use it, so they survive renamed folders). All text is the operator's own, kept as text.
 */

/** A stop: a place or a service, by code, with the operator's visit time and note. */
export type ItineraryStop = {
	code: number;
	/** Minutes planned at the stop; undefined = the place's own "time needed" or a default. */
	visitMin?: number;
	note: string;
};

export type ItineraryDay = {
	title: string;
	/** Minutes after midnight (local time in Việt Nam) when the day starts; undefined = not set. */
	startMin?: number;
	note: string;
	stops: ItineraryStop[];
};

export type Itinerary = {
	title: string;
	/** First day, `YYYY-MM-DD`; undefined = no date yet. */
	startDate?: string;
	operatorName: string;
	operatorPhone: string;
	days: ItineraryDay[];
};

/** Limits every itinerary respects, whether built here or read from a link. */
export const ITINERARY_LIMITS = {
	days: 30,
	stopsPerDay: 40,
	stops: 200,
	/** Characters in one text field after normalisation. */
	text: 500,
	title: 120,
	phone: 32,
	/** Code points a code may take (stable numeric codes from the content files). */
	maxCode: 1_000_000,
	visitMin: 24 * 60
} as const;

export function emptyItinerary(): Itinerary {
	return { title: '', operatorName: '', operatorPhone: '', days: [{ title: '', note: '', stops: [] }] };
}
