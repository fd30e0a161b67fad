/**
 * The current URL as app state. Links stay real `<a href>` elements (they work before any
 * JavaScript runs); once the app has started, same-app clicks are handled without a reload.
 */
import { formatUrl, parseUrl, type Parsed, type Screen } from '$lib/domain/routing/url';
import { LANG_PATH, type Lang } from '$lib/domain/content/types';

export class RouterState {
	path = $state('/');
	search = $state('');
	readonly parsed: Parsed = $derived(parseUrl(this.path, this.search));
	/** Bumped on each in-app navigation, so the view can move focus to the new content. */
	navigations = $state(0);

	/** Sets the URL without touching history (server render, first client render). */
	set(path: string, search = ''): void {
		this.path = path;
		this.search = search;
	}

	/**
	 * Goes to an in-app URL. A new page adds a history entry, scrolls to the top and moves focus
	 * (as a page load would). `replace` only updates the URL of the current page (the search
	 * query while typing, the map view): no scroll, and focus stays where the visitor is.
	 */
	navigate(href: string, replace = false): void {
		const url = new URL(href, location.href);
		if (replace) history.replaceState(null, '', url);
		else history.pushState(null, '', url);
		this.set(url.pathname, url.search);
		if (!replace) {
			this.navigations++;
			window.scrollTo(0, 0);
		}
	}

	go(lang: Lang, screen: Screen, replace = false): void {
		this.navigate(formatUrl(lang, screen), replace);
	}

	/** Listens to back/forward and to clicks on same-app links. Returns a stop function. */
	start(): () => void {
		const onPop = () => {
			this.set(location.pathname, location.search);
			this.navigations++;
		};
		const onClick = (event: MouseEvent) => {
			if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
			const anchor = (event.target as Element | null)?.closest('a');
			if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.reload !== undefined) return;
			const url = new URL(anchor.href, location.href);
			if (url.origin !== location.origin || !LANG_PATH.test(url.pathname)) return;
			event.preventDefault();
			if (url.pathname === location.pathname && url.search === location.search && url.hash) {
				location.hash = url.hash;
				return;
			}
			this.navigate(url.href);
		};
		addEventListener('popstate', onPop);
		document.addEventListener('click', onClick);
		return () => {
			removeEventListener('popstate', onPop);
			document.removeEventListener('click', onClick);
		};
	}
}
