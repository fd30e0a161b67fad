/**
 * Client entry: on a prerendered page started by src/boot.ts once the page is painted, elsewhere at
 * once (index.html). It picks the language for `/` (and for a sign's short address `/s/<code>`),
 * loads the content bundle, then hydrates the prerendered page (or mounts, in dev and on pages that were not
 * prerendered). A place page, a route page and the home name their own slice of the bundle (`<meta name="page-data">`, a
 * file fetched beside the page's modules, tools/prerender-slice.ts): they hydrate from that; the whole
 * bundle is used from the next page on (a place or route page reads it when the browser is idle, the home on the way
 * to that page), and the service worker's offline precache starts when idle too. Before hydrating it fetches, side by side, the code of the page's own screen
 * (src/views/screens.svelte.ts) and the UI strings of the page's language; everything else
 * (other screens, the other language, workbox-window, the offline downloader) comes later.
 */
import './app.css';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { router, content, pwaState, offlinePacks } from '$lib/state/instances';
import { formatUrl, parseUrl, pickLanguage, type Screen } from '$lib/domain/routing/url';
import { codeFromShortPath, findByCode } from '$lib/domain/places/short-code';
import { readSavedLanguage } from '$lib/state/language-choice';
import type { Bundle, Lang } from '$lib/domain/content/types';
import { screens } from './views/screens.svelte';
import { whenIdle } from '$shared/idle';

/**
 * How long a page the service worker controls waits for its slice before it starts from the whole bundle,
 * which the worker has stored: a phone with a signal but no data would otherwise wait for the connection to fail.
 */
const SLICE_WAIT_OFFLINE_READY_MS = 1500;

/** The slice of the bundle a prerendered page names for its own screen, if any and if it can be had. */
function pageSlice(lang: Lang): Promise<Bundle | null> {
	const url = document.querySelector<HTMLMetaElement>('meta[name="page-data"]')?.content;
	if (!url) return Promise.resolve(null);
	return content.pageSlice(url, lang, navigator.serviceWorker?.controller ? SLICE_WAIT_OFFLINE_READY_MS : undefined);
}

/**
 * What a visitor typed into a prerendered field (the search box) before the app started: the
 * app starts after the first paint (src/boot.ts), and hydration sets each field to its rendered value.
 */
function typedBeforeStart(root: HTMLElement): Map<string, string> {
	const typed = new Map<string, string>();
	for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[id], textarea[id]')) {
		if (field.value !== field.defaultValue && !['checkbox', 'radio', 'file'].includes(field.type)) typed.set(field.id, field.value);
	}
	return typed;
}

/** Puts it back, as if typed now: the field's own input handler runs (a search, for one). */
function restoreTyped(typed: Map<string, string>): void {
	for (const [id, value] of typed) {
		const field = document.getElementById(id);
		if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) || field.value === value) continue;
		field.value = value;
		field.dispatchEvent(new Event('input', { bubbles: true }));
	}
}

/**
 * `/s/<code>`, the address on a site's QR sign (served by the server, or by the service worker's
 * shell offline): the entry's page in the visitor's language, or the search saying the code is unknown.
 */
async function openShortCode(code: number): Promise<void> {
	const lang = pickLanguage(readSavedLanguage(), navigator.languages);
	let target: Screen = { name: 'search', q: `#${code}` };
	try {
		const found = findByCode(await content.get(lang), code);
		if (found) target = { name: found.type, id: found.entry.id };
	} catch {
		// The bundle cannot be read: the search page says what it can.
	}
	location.replace(formatUrl(lang, target));
}

async function start(): Promise<void> {
	const code = codeFromShortPath(location.pathname);
	if (code !== null) return openShortCode(code);
	const parsed = parseUrl(location.pathname, location.search);
	if (parsed.lang === null && parsed.screen.name === 'home') {
		const lang = pickLanguage(readSavedLanguage(), navigator.languages);
		location.replace(formatUrl(lang, { name: 'home' }));
		return;
	}
	const lang = parsed.lang ?? 'vi';
	i18n.setLanguage(lang);
	router.set(location.pathname, location.search);
	const target = document.getElementById('app');
	if (!target) throw new Error('#app is missing from the page');
	// The screen's own chunk and strings come while the content is read: hydration needs all three.
	const sliceLoad = pageSlice(lang);
	const view = screens.load(parsed.screen.name);
	const strings = i18n.load([lang]).catch(() => {});
	const slice = await sliceLoad;
	try {
		if (slice) content.usePartial(slice, location.pathname);
		// The prerendered text was painted before this script was asked for (src/boot.ts).
		else content.use(await content.get(lang));
	} catch {
		// The prerendered text stays readable; App shows a message where content is needed.
	}
	const prerendered = target.dataset.prerendered !== undefined;
	// Without its screen's code (offline before the precache finished) the prerendered text stays as it is.
	await strings;
	if (!(await view) && prerendered) return;
	if (prerendered && content.bundle) {
		const typed = typedBeforeStart(target);
		hydrate(App, { target });
		restoreTyped(typed);
	} else {
		target.textContent = '';
		mount(App, { target });
	}
	router.start();
	// A button tapped before the app started (src/boot.ts marks it) is tapped now.
	const tapped = target.querySelector<HTMLElement>('[data-tapped]');
	tapped?.removeAttribute('data-tapped');
	tapped?.click();
	// workbox-window comes in its own chunk: the page is usable before it arrives.
	const startPwa = async () => {
		// Ready packs whose files the browser removed are offered again (see OfflineIndicator),
		// without waiting for that chunk.
		void offlinePacks.refresh().catch(() => {});
		const { registerPwa } = await import('$lib/pwa/register');
		registerPwa({ state: pwaState });
	};
	if (slice) {
		whenIdle(() => {
			// Fetched and kept, not swapped in: the page drawn from its slice stays as it is (no second render of it,
			// which was a long task inside the first seconds), and the next screen takes the whole bundle at once (App.svelte).
			// Not on the home: its slice holds every place already, and reading the whole bundle of a large guide
			// here held up the live map's start by seconds (docs/bench.md); its next page reads it from the
			// service worker's precache.
			if (parsed.screen.name !== 'home') content.get(lang).catch(() => {});
			void startPwa();
		});
	} else void startPwa();
	document.documentElement.dataset.ready = 'true';
}

void start();
