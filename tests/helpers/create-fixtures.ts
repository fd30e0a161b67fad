/** Builders for tests of the map's domain functions: a fresh object each call, no shared state. */
import type { Location, Place, Route } from '../../src/lib/domain/content/types.ts';
import { makePlace } from '../fixtures/bundle.ts';

export function createPlace(overrides: Partial<Place> & { id: string }): Place {
	return makePlace({
		order: 10,
		summary: '',
		location: { confidence: 'strong', lat: 22.85, lon: 106.72, uncertaintyM: 100, source: 'test' },
		checked: '2026-11-22',
		...overrides
	});
}

export function at(lon: number, lat: number, confidence: Exclude<Location['confidence'], 'none'> = 'strong', uncertaintyM = 100): Location {
	return { confidence, lat, lon, uncertaintyM, source: 'test' };
}

export const UNKNOWN: Location = { confidence: 'none' };

export function createRoute(overrides: Partial<Route> & { id: string; stops: string[] }): Route {
	return {
		order: 1,
		color: '#1565c0',
		name: overrides.id,
		summary: '',
		aliases: [],
		html: '',
		untranslated: false,
		legs: [],
		sources: [],
		checked: '2026-11-22',
		...overrides
	};
}
