/**
 * Which component draws each screen, and its loading. Every screen is its own lazy chunk, so a
 * page opened from a QR code downloads the code of its own screen and nothing else before it
 * hydrates: `src/main.ts` loads the first screen before hydrating, and App.svelte loads the next
 * one on each in-app navigation. The server render (src/entry-server.ts) hands every component
 * over at once with `provide`, since it renders synchronously. The service worker precaches
 * every chunk (tools/sw/check-precache.ts), so a screen first reached offline still opens.
 */
import type { Component } from 'svelte';
import type { Screen } from '$lib/domain/routing/url';
import NotFoundView from './not-found/NotFoundView.svelte';
import { i18n } from '$lib/i18n/i18n.svelte';

export type ScreenName = Screen['name'];
// Each screen takes its own props; App.svelte passes the right ones per screen.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ScreenComponent = Component<any>;
type Loader = () => Promise<{ default: ScreenComponent }>;

/** A screen that shows text in both languages (a sign, a printed sheet) loads both languages' strings with its code. */
const bilingual =
	(load: Loader): Loader =>
	async () =>
		(await Promise.all([load(), i18n.load()]))[0];

/**
 * A screen that shows the itinerary builder's strings before the builder's own chunk (the operator's list) loads them
 * with its code; their loader is a chunk of its own, so the entry does not carry it.
 */
const withItineraryStrings =
	(load: Loader): Loader =>
	async () =>
		(await Promise.all([load(), import('$lib/i18n/itinerary-strings').then((m) => m.loadItineraryStrings())]))[0];

/** One loader per screen name; screens sharing a component share its chunk. */
export const SCREEN_LOADERS: Record<ScreenName, Loader> = {
	home: () => import('./home/HomeView.svelte'),
	near: () => import('./near/NearView.svelte'),
	place: () => import('./place/PlaceView.svelte'),
	routes: () => import('./routes/RoutesView.svelte'),
	route: () => import('./route/RouteView.svelte'),
	service: () => import('./service/ServiceView.svelte'),
	itinerary: bilingual(withItineraryStrings(() => import('./itinerary/ItineraryScreen.svelte'))),
	trip: bilingual(() => import('./itinerary/TripView.svelte')),
	search: () => import('./search/SearchView.svelte'),
	saved: () => import('./saved/SavedView.svelte'),
	offline: bilingual(() => import('./offline/OfflineView.svelte')),
	about: () => import('./page/AboutView.svelte'),
	practical: () => import('./practical/PracticalView.svelte'),
	signs: bilingual(() => import('./signs/SignsView.svelte')),
	page: () => import('./page/PageView.svelte'),
	// Tiny, and any screen may need it (an unknown id): it stays in the entry.
	notFound: () => Promise.resolve({ default: NotFoundView })
};

export class ScreenComponents {
	/** The components loaded so far, by screen name. */
	#loaded = $state<Partial<Record<ScreenName, ScreenComponent>>>({});
	/** The screen whose chunk could not be fetched (offline before the precache finished). */
	failed = $state<ScreenName | null>(null);
	// Bookkeeping of requests in flight, never shown: no reactivity wanted.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #pending = new Map<ScreenName, Promise<ScreenComponent | null>>();
	readonly #loaders: Record<ScreenName, Loader>;

	constructor(loaders: Record<ScreenName, Loader> = SCREEN_LOADERS) {
		this.#loaders = loaders;
	}

	/** The component of a screen, once loaded (undefined until then). */
	get(name: ScreenName): ScreenComponent | undefined {
		return this.#loaded[name];
	}

	/** Hands over components that are already at hand (the server render has them all). */
	provide(components: Partial<Record<ScreenName, ScreenComponent>>): void {
		this.#loaded = { ...this.#loaded, ...components };
	}

	/**
	 * Loads a screen's chunk once; concurrent calls share the request. Resolves to null when the
	 * chunk cannot be fetched, and a later call tries again.
	 */
	load(name: ScreenName): Promise<ScreenComponent | null> {
		const known = this.#loaded[name];
		if (known) return Promise.resolve(known);
		const pending = this.#pending.get(name);
		if (pending) return pending;
		const loader = this.#loaders[name];
		const request = loader()
			.then((module) => {
				this.#loaded = { ...this.#loaded, [name]: module.default };
				if (this.failed === name) this.failed = null;
				return module.default;
			})
			.catch(() => {
				this.failed = name;
				return null;
			})
			.finally(() => this.#pending.delete(name));
		this.#pending.set(name, request);
		return request;
	}
}

/** The app's one registry of screen components. */
export const screens = new ScreenComponents();
