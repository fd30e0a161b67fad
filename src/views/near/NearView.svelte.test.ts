/**
 * "Near me": once the visitor asks for their position, places are listed nearest first, and
 * the filters narrow the list: by kind, and to places open right now (places whose hours are
 * unknown are left out then, never shown as open).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import type { Location } from '$lib/domain/content/types';
import { CAO_BANG_CITY, makeBundle, makePlace } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import NearView from './NearView.svelte';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** `km` north of where the visitor stands. */
const north = (km: number): Location => ({
	confidence: 'strong',
	lat: CAO_BANG_CITY.lat + km / 111.195,
	lon: CAO_BANG_CITY.lon,
	uncertaintyM: 20,
	source: 'test'
});

const bundle = makeBundle({
	places: [
		makePlace({ id: 'forest', name: 'Forest (hours unknown)', kind: 'nature', location: north(4) }),
		makePlace({
			id: 'cave',
			name: 'Cave (open 07–18)',
			kind: 'geosite',
			location: north(1),
			hours: { rules: [{ days: [...EVERY_DAY], open: '07:00', close: '18:00' }] }
		}),
		makePlace({ id: 'temple', name: 'Temple (always open)', kind: 'relic', location: north(2), hours: { always: true } }),
		makePlace({
			id: 'market',
			name: 'Market (open 14–18)',
			kind: 'culture',
			location: north(3),
			hours: { rules: [{ days: [...EVERY_DAY], open: '14:00', close: '18:00' }] }
		})
	]
});

const listed = (target: HTMLElement) => [...target.querySelectorAll('.place-list a')].map((a) => a.getAttribute('href')?.split('/').pop());

function checkbox(target: HTMLElement, label: string): HTMLInputElement {
	const found = [...target.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.querySelector('input');
	if (!found) throw new Error(`no checkbox "${label}"`);
	return found;
}

function toggle(box: HTMLInputElement): void {
	box.click();
	flushSync();
}

beforeAll(() => {
	// Monday 2 March 2026, 10:00 in Cao Bằng (UTC+7).
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date('2026-03-02T03:00:00Z'));
	const geolocation: Pick<Geolocation, 'getCurrentPosition' | 'watchPosition' | 'clearWatch'> = {
		getCurrentPosition: (ok) =>
			ok({ coords: { latitude: CAO_BANG_CITY.lat, longitude: CAO_BANG_CITY.lon, accuracy: 15 } } as GeolocationPosition),
		watchPosition: () => 1,
		clearWatch: () => {}
	};
	Object.defineProperty(navigator, 'geolocation', { configurable: true, value: geolocation });
});

afterAll(() => {
	vi.useRealTimers();
	Object.defineProperty(navigator, 'geolocation', { configurable: true, value: undefined });
});

afterEach(() => {
	cleanup();
	i18n.setLanguage('vi');
});

describe('NearView filters', () => {
	it('lists nothing until asked, then every place nearest first; kinds and "Open now" narrow the list', () => {
		i18n.setLanguage('en');
		const page = render(NearView, { bundle });
		expect(listed(page)).toEqual([]);

		[...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Find my position')?.click();
		flushSync();
		expect(listed(page)).toEqual(['cave', 'temple', 'market', 'forest']);

		toggle(checkbox(page, 'Relic site'));
		expect(listed(page)).toEqual(['cave', 'market', 'forest']);

		toggle(checkbox(page, 'Open now'));
		expect(listed(page)).toEqual(['cave']);

		toggle(checkbox(page, 'Relic site'));
		expect(listed(page)).toEqual(['cave', 'temple']);

		toggle(checkbox(page, 'Open now'));
		expect(listed(page)).toEqual(['cave', 'temple', 'market', 'forest']);
	});
});
