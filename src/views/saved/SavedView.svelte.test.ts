/**
 * The passport on the saved screen: pressing "I've been here" on a place moves the geosite or
 * relic tally and the route's progress, bar and words alike, and ticks the stop.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import VisitedButton from '$lib/ui/saved/VisitedButton.svelte';
import { makeBundle, makePlace, makeRoute } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import SavedView from './SavedView.svelte';

const bundle = makeBundle({
	places: [
		makePlace({ id: 'cave', name: 'Test Cave', kind: 'geosite' }),
		makePlace({ id: 'pass', name: 'Test Pass', kind: 'geosite' }),
		makePlace({ id: 'memorial', name: 'Test Memorial', kind: 'relic' }),
		makePlace({ id: 'market', name: 'Test Market', kind: 'culture' })
	],
	routes: [makeRoute({ id: 'loop', name: 'Test Loop', stops: ['cave', 'memorial', 'market'] })]
});

/** Each progress bar by its accessible name: [value, max]. */
function bars(target: HTMLElement): Record<string, [number, number]> {
	return Object.fromEntries(
		[...target.querySelectorAll('progress')].map((bar) => {
			const label = document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
			return [label, [Number(bar.getAttribute('value')), Number(bar.getAttribute('max'))]];
		})
	);
}

afterEach(() => {
	cleanup();
	i18n.setLanguage('vi');
});

describe('SavedView: passport progress', () => {
	it('counts a new stamp in the tallies and on the route, and ticks the stop', async () => {
		i18n.setLanguage('en');
		const page = render(SavedView, { bundle });
		await vi.waitFor(() => expect(page.textContent).toContain('No stamps yet.'));
		expect(bars(page)).toEqual({
			'Geosites: 0 of 2 visited': [0, 2],
			'Relic sites: 0 of 1 visited': [0, 1],
			'Test Loop': [0, 3]
		});
		expect(page.textContent).toContain('0 of 3 stops visited');

		// On the cave's page: "I've been here".
		const placePage = render(VisitedButton, { placeId: 'cave' });
		placePage.querySelector('button')?.click();

		await vi.waitFor(() => expect(bars(page)['Geosites: 1 of 2 visited']).toEqual([1, 2]));
		expect(bars(page)['Relic sites: 0 of 1 visited']).toEqual([0, 1]);
		expect(bars(page)['Test Loop']).toEqual([1, 3]);
		expect(page.textContent).toContain('1 of 3 stops visited');
		const stops = [...page.querySelectorAll('details ol li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
		expect(stops[0]).toMatch(/^✓ Test Cave Visited \S/);
		expect(stops[1]).toBe('○ Test Memorial not visited yet');
		expect(page.querySelector('.stamps')?.textContent).toContain('Test Cave');
	});
});
