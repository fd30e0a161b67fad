// A suggested trip's page tells search engines it is a TouristTrip, day by day, with the pages of its stops.
import { describe, expect, it } from 'vitest';
import { codeFor, makeBundle, makePlace, makeService } from '../../../../tests/fixtures/bundle.ts';
import type { SuggestedTrip } from '../content/types.ts';
import { pageMeta, type ScreenTitles } from './page-meta.ts';

const titles = Object.fromEntries(
	['routes', 'itinerary', 'search', 'saved', 'offline', 'near', 'notFound'].map((k) => [k, k])
) as ScreenTitles;

function createTrip(overrides: Partial<SuggestedTrip> = {}): SuggestedTrip {
	return {
		id: 'two-days',
		order: 1,
		name: 'Two days <east>',
		summary: 'A suggestion',
		html: '<p>A suggestion.</p>',
		untranslated: false,
		days: [
			{ title: 'Caves', stops: [codeFor('alpha-cave'), 999_999] },
			{ title: 'Rest', stops: [codeFor('sample-homestay')] }
		],
		checked: '2026-12-01',
		...overrides
	};
}

const bundle = makeBundle({
	places: [makePlace({ id: 'alpha-cave', name: 'Alpha Cave' })],
	services: [makeService({ id: 'sample-homestay', name: 'Sample Homestay', kind: 'homestay' })],
	trips: [createTrip()]
});

type ListItem<T> = { position: number; item: T };
type Stop = Record<string, unknown>;
type Day = { name: string; numberOfItems: number; itemListElement: ListItem<Stop>[] };
type TripLd = Record<string, unknown> & { itinerary: { itemListElement: ListItem<Day>[] } };

/** The JSON-LD as the page carries it: serialised, then read back. */
function parsedLd(): TripLd {
	const meta = pageMeta({ name: 'trip', id: 'two-days' }, bundle, titles);
	return JSON.parse(JSON.stringify(meta.jsonLd)) as TripLd;
}

describe('a suggested trip page', () => {
	it('is described as the trip, with its own title, summary and address', () => {
		const meta = pageMeta({ name: 'trip', id: 'two-days' }, bundle, titles);
		expect(meta).toMatchObject({
			title: 'Two days <east> · Test guide',
			description: 'A suggestion',
			path: '/en/itinerary/two-days',
			ogType: 'article',
			found: true
		});
		expect(meta.alternates).toContainEqual({ lang: 'vi', path: '/vi/itinerary/two-days' });
	});

	it('is a TouristTrip whose itinerary lists each day and its stops with their pages', () => {
		const ld = parsedLd();
		expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'TouristTrip', name: 'Two days <east>', inLanguage: 'en' });
		expect(ld.url).toBe('https://guide.example/en/itinerary/two-days');
		const days = ld.itinerary.itemListElement;
		expect(days.map((d) => [d.position, d.item.name, d.item.numberOfItems])).toEqual([
			[1, 'Caves', 1],
			[2, 'Rest', 1]
		]);
		expect(days[0]!.item.itemListElement[0]!.item).toEqual({
			'@type': 'TouristAttraction',
			name: 'Alpha Cave',
			url: 'https://guide.example/en/place/alpha-cave'
		});
		expect(days[1]!.item.itemListElement[0]!.item).toMatchObject({
			name: 'Sample Homestay',
			url: 'https://guide.example/en/service/sample-homestay'
		});
		expect(days[1]!.item.itemListElement[0]!.item['@type']).not.toBe('TouristAttraction');
	});

	it('leaves out a code the guide does not know rather than naming it', () => {
		expect(JSON.stringify(parsedLd())).not.toContain('999999');
	});

	it('is not found when the bundle has no such trip', () => {
		expect(pageMeta({ name: 'trip', id: 'nope' }, bundle, titles).found).toBe(false);
		expect(pageMeta({ name: 'trip', id: 'two-days' }, makeBundle(), titles).found).toBe(false);
	});
});
