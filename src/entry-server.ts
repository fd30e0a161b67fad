/**
 * Server entry, used only at build time by tools/prerender.ts: renders one screen of the app to
 * HTML with real text, so a page opened from a QR code reads before any JavaScript runs.
 */
import { render } from 'svelte/server';
import App from './App.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { router, content } from '$lib/state/instances';
import { parseUrl } from '$lib/domain/routing/url';
import { pageMeta, type PageMeta } from '$lib/domain/seo/page-meta';
import { screenTitles } from '$lib/ui/layout/screen-titles';
import type { Bundle } from '$lib/domain/content/types';
import { screens, SCREEN_LOADERS, type ScreenComponent, type ScreenName } from './views/screens.svelte';

/** Every screen's component, loaded before any page renders (the server render is synchronous). */
async function loadScreens(): Promise<void> {
	const entries = await Promise.all(
		(Object.keys(SCREEN_LOADERS) as ScreenName[]).map(async (name) => [name, (await SCREEN_LOADERS[name]()).default] as const)
	);
	screens.provide(Object.fromEntries(entries) as Record<ScreenName, ScreenComponent>);
}

await Promise.all([loadScreens(), i18n.load()]);

export type Rendered = { html: string; meta: PageMeta };

export function renderPage(path: string, bundle: Bundle): Rendered {
	i18n.setLanguage(bundle.lang);
	router.set(path, '');
	content.use(bundle);
	const { body } = render(App);
	return { html: body, meta: pageMeta(parseUrl(path).screen, bundle, screenTitles()) };
}

export function uiText(lang: Bundle['lang'], key: 'lang.name' | 'app.title' | 'notFound.title'): string {
	i18n.setLanguage(lang);
	return i18n.t(key);
}
