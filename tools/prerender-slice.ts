/**
 * Prerender step: gives each place page the slice of the bundle it draws
 * (src/lib/domain/content/page-slice.ts), so the page hydrates without the whole-guide bundle.
 * The home has one too, `/content/home/<lang>.<hash>.json` (what its list and map draw of every place), and so
 * has each route page, `/content/routes/<lang>/<route>.<hash>.json` (its stops and the services around them).
 * The slice is its own file, `/content/pages/<lang>/<place>.<hash>.json` (immutable, never
 * precached: a guide of 10,000 places would otherwise store 20,000 of them), named in the page's
 * head by `<meta name="page-data">`. It is fetched with the page's modules once the page is painted
 * (the preload goes into the inert `<template id="page-modules">`, src/boot.ts): inside the HTML it
 * was 40 % of a place page's bytes on the way to the first paint (docs/bench.md). When it cannot be
 * fetched (offline, the file gone), src/main.ts hydrates from the whole bundle, which is precached.
 * A slice is written only if the app renders the page from it exactly as from the whole bundle:
 * hydration then finds the HTML it expects, and nothing changes when the bundle arrives.
 */
import { createHash } from 'node:crypto';
import type { Bundle } from '../src/lib/domain/content/types.ts';
import { homePageSlice, placePageSlice, routePageSlice } from '../src/lib/domain/content/page-slice.ts';
import type { Screen } from '../src/lib/domain/routing/url.ts';

type Render = (path: string, bundle: Bundle) => { html: string };

export type PageData = {
	/** For the page's head: `<meta name="page-data" content="<url>">`. */
	meta: string;
	/** For the page's deferred modules: the slice fetched beside them. */
	preload: string;
	/** Where to write the slice, from the site root (starts with `/`), and its text. */
	url: string;
	json: string;
};

export type SliceOutcome = { data: PageData | null; mismatch: boolean };

/** The slice a page hydrates from, and the folder and name of its file; null for a page that has none. */
function sliceOf(screen: Screen, bundle: Bundle): { slice: Bundle; folder: string; name: string } | null {
	if (screen.name === 'home' && screen.place === undefined && screen.at === undefined) {
		return { slice: homePageSlice(bundle), folder: 'home', name: bundle.lang };
	}
	if (screen.name === 'route') {
		const slice = routePageSlice(bundle, screen.id);
		return slice && { slice, folder: `routes/${bundle.lang}`, name: encodeURIComponent(screen.id) };
	}
	if (screen.name !== 'place') return null;
	const slice = placePageSlice(bundle, screen.id);
	return slice && { slice, folder: `pages/${bundle.lang}`, name: encodeURIComponent(screen.id) };
}

/**
 * The slice file of a place page, a route page or the home, or null (another page; or `mismatch`: it renders differently
 * from its slice).
 */
export function pageData(render: Render, path: string, screen: Screen, bundle: Bundle, fullHtml: string): SliceOutcome {
	const of = sliceOf(screen, bundle);
	if (!of) return { data: null, mismatch: false };
	const { slice, folder, name } = of;
	if (render(path, slice).html !== fullHtml) return { data: null, mismatch: true };
	const json = JSON.stringify(slice);
	const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
	const url = `/content/${folder}/${name}.${hash}.json`;
	return {
		data: {
			meta: `<meta name="page-data" content="${url}" />`,
			preload: `<link rel="preload" as="fetch" crossorigin href="${url}" />`,
			url,
			json
		},
		mismatch: false
	};
}
