/**
 * Client entry: picks the language for `/` (and for a sign's short address `/s/<code>`), loads the content bundle, then hydrates the
 * prerendered page (or mounts, in dev and on pages that were not prerendered).
 */
import './app.css';
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { router, content, pwaState, offlinePacks } from '$lib/state/instances';
import { formatUrl, parseUrl, pickLanguage, type Screen } from '$lib/domain/routing/url';
import { codeFromShortPath, findByCode } from '$lib/domain/places/short-code';
import { readSavedLanguage } from '$lib/state/language-choice';
import { registerPwa } from '$lib/pwa/register';

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
	try {
		content.use(await content.get(lang));
	} catch {
		// The prerendered text stays readable; App shows a message where content is needed.
	}
	if (target.dataset.prerendered !== undefined && content.bundle) {
		hydrate(App, { target });
	} else {
		target.textContent = '';
		mount(App, { target });
	}
	router.start();
	registerPwa({
		state: pwaState,
		// Ready packs whose files the browser removed are offered again (see OfflineIndicator).
		onStart: () => void offlinePacks.refresh().catch(() => {})
	});
	document.documentElement.dataset.ready = 'true';
}

void start();
