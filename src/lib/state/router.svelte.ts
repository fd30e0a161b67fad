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
	 * Goes to an in-app URL as a new page: a history entry, the top of the page, and (through
	 * `navigations`, which App.svelte watches) the focus on the new content.
	 */
	navigate(href: string): void {
		const url = new URL(href, location.href);
		history.pushState(null, '', url);
		this.set(url.pathname, url.search);
		this.navigations++;
		window.scrollTo(0, 0);
	}

	/**
	 * Writes an in-app URL over the current history entry (the map's place and view, the search
	 * query while typing). Not a navigation: nothing scrolls, the focus stays where the visitor
	 * is, and `parsed` follows. An unchanged URL is left alone.
	 */
	replace(href: string): void {
		const url = new URL(href, location.href);
		if (url.pathname === location.pathname && url.search === location.search) return;
		history.replaceState(history.state, '', url);
		this.set(url.pathname, url.search);
	}

	/** `navigate` (or with `replace`, `replace`) to a screen of the app. */
	go(lang: Lang, screen: Screen, replace = false): void {
		const href = formatUrl(lang, screen);
		if (replace) this.replace(href);
		else this.navigate(href);
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
