import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterState } from './router.svelte';

let router: RouterState;
let stop: () => void;

beforeEach(() => {
	history.replaceState(null, '', '/vi/');
	router = new RouterState();
	router.set(location.pathname, location.search);
	stop = router.start();
	window.scrollTo = vi.fn();
});

afterEach(() => {
	stop();
	document.body.replaceChildren();
});

describe('RouterState.replace', () => {
	it('rewrites the address in place: no history entry, no scroll, no navigation, and the parsed screen follows', () => {
		const entries = history.length;
		router.replace('/vi/?place=ban-gioc-waterfall&at=22.85,106.72,12');
		expect(location.pathname + location.search).toBe('/vi/?place=ban-gioc-waterfall&at=22.85,106.72,12');
		expect(history.length).toBe(entries);
		expect(window.scrollTo).not.toHaveBeenCalled();
		expect(router.navigations).toBe(0);
		expect(router.parsed.screen).toMatchObject({ name: 'home', place: 'ban-gioc-waterfall' });
	});

	it('go(…, true) is a replace: the search query while typing changes the address, never navigates', () => {
		router.go('vi', { name: 'search', q: 'thác' }, true);
		expect(location.search).toBe('?q=th%C3%A1c');
		expect(router.parsed.screen).toEqual({ name: 'search', q: 'thác' });
		expect(router.navigations).toBe(0);
		expect(window.scrollTo).not.toHaveBeenCalled();
	});

	it('keeps the history entry’s state, and does nothing when the URL is unchanged', () => {
		history.replaceState({ kept: true }, '', '/vi/?place=pac-bo');
		router.set(location.pathname, location.search);
		const spy = vi.spyOn(history, 'replaceState');
		router.replace('/vi/?place=pac-bo');
		expect(spy).not.toHaveBeenCalled();
		router.replace('/vi/?place=ban-gioc-waterfall');
		expect(history.state).toEqual({ kept: true });
		spy.mockRestore();
	});
});

describe('RouterState.navigate', () => {
	it('is a new page: a history entry, the top of the page, and a navigation for the focus to follow', () => {
		const entries = history.length;
		router.navigate('/en/routes');
		expect(location.pathname).toBe('/en/routes');
		expect(history.length).toBe(entries + 1);
		expect(window.scrollTo).toHaveBeenCalledWith(0, 0);
		expect(router.navigations).toBe(1);
	});

	it('handles a click on a same-app link without a reload', () => {
		const link = document.body.appendChild(document.createElement('a'));
		link.href = '/en/offline';
		link.click();
		expect(location.pathname).toBe('/en/offline');
		expect(router.parsed.screen.name).toBe('offline');
		expect(router.navigations).toBe(1);
	});
});
