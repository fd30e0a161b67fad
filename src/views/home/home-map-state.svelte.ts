/**
 * The state of the home screen's map and its list twin: the filter, whether the map can be
 * shown, where it is asked to go, and what the URL says. HomeView draws it and keeps the DOM
 * work (focus, scrolling); the rules (what a filter keeps, the order, the view maths) are pure
 * functions in lib/domain/map, and the time "open now" is judged at is the app's `clock`.
 */
import { i18n } from '$lib/i18n/i18n.svelte';
import { router } from '$lib/state/instances';
import { isLocated, type Bundle } from '$lib/domain/content/types';
import { formatUrl, type MapView } from '$lib/domain/routing/url';
import { DEFAULT_FILTER, type MapFilter } from '$lib/domain/map/filter';
import { PLACE_ZOOM, boundsOf, roundView } from '$lib/domain/map/view';
import { supportsWebGL2 } from '$lib/map/webgl';
import type { MapStatus } from '$lib/map/map-instance';
import type { CameraRequest } from '$lib/map/camera';
import { capableDevice, whenIdle } from './capable-device';

/** The map component, loaded lazily (a type-only import bundles nothing). */
type HomeMapComponent = (typeof import('$lib/ui/map/HomeMap.svelte'))['default'];

/**
 * The visitor started the live map during this visit: coming back to the map screen shows it again at once,
 * not the picture (a page load starts from the picture again).
 */
let liveMapStarted = false;

/** How long the map must rest before its view is written to the URL. */
const URL_DEBOUNCE_MS = 400;

export class HomeMapState {
	/** HomeMap.svelte once loaded; null before, and for good when the device cannot draw maps. */
	component = $state.raw<HomeMapComponent | null>(null);
	status = $state<MapStatus | 'off'>('off');
	/** Bumped by "try again", to mount a fresh map (MapCanvas ends a broken one as it unmounts). */
	attempt = $state(0);
	filter = $state.raw<MapFilter>(DEFAULT_FILTER);
	/** A view asked for by the URL (on load and on navigation). */
	requestedView = $state.raw<MapView | undefined>();
	camera = $state.raw<CameraRequest | undefined>();
	/** The card was opened from the list: it takes the focus, and gives it back on close. */
	focusCard = $state(false);
	readonly mapOff = $derived(this.status === 'unavailable' || this.status === 'lost' || this.status === 'failed');

	readonly #bundle: () => Bundle;
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Cancels the idle start. */
	#idle: (() => void) | undefined;

	constructor(bundle: () => Bundle) {
		this.#bundle = bundle;
	}

	/** The view of a place (zoomed in), if it has a location. */
	placeView(id: string | undefined): MapView | undefined {
		const loc = this.#bundle().places.find((p) => p.id === id)?.location;
		return isLocated(loc) ? { lat: loc.lat, lon: loc.lon, zoom: PLACE_ZOOM } : undefined;
	}

	/** Reads the URL's `at` (else its place) into `requestedView`. */
	followUrl(): void {
		const s = router.parsed.screen;
		this.requestedView = s.name === 'home' ? (s.at ?? this.placeView(s.place)) : undefined;
	}

	/**
	 * The page first shows the prerendered picture of the map (issue 14: MapLibre blocked a phone's main thread for
	 * seconds). The live map starts when the URL asks for a view or a place, when the visitor touches or focuses the
	 * picture (`start`), or when the browser is idle on a device that can afford it. Whether the device can draw
	 * maps at all (a WebGL 2 context, ≈ 160 ms of main thread with software WebGL) is asked only then, in `load`: a
	 * device that cannot keeps the picture and the list, and is told when it asks for the live map.
	 */
	prepare(): void {
		const s = router.parsed.screen;
		if (liveMapStarted || (s.name === 'home' && (s.at || s.place))) this.start();
		else if (capableDevice(navigator)) this.#idle = whenIdle(() => this.start());
	}

	/** The visitor wants the live map (a tap, the focus, "show on map"): load it, once. */
	start(): void {
		if (this.status === 'off') this.load();
	}

	/** Loads the map code, unless the device cannot draw it (then the list stands alone). */
	load(): void {
		if (!supportsWebGL2()) {
			this.status = 'unavailable';
			return;
		}
		this.status = 'loading';
		liveMapStarted = true;
		import('$lib/ui/map/HomeMap.svelte').then(
			(module) => (this.component = module.default),
			() => (this.status = 'failed')
		);
	}

	retry(): void {
		this.attempt++;
		this.load();
	}

	/** A tap on the map chose a place, or nothing. */
	select(placeId: string | null): void {
		this.focusCard = false;
		this.#writeUrl({ place: placeId ?? undefined, at: this.#urlAt() });
	}

	/** "Show on map" in the list: go there, open the card and give it the focus (HomeView gives it back on close). */
	showOnMap(placeId: string): void {
		this.start();
		const view = this.placeView(placeId);
		if (view) this.camera = { center: view, zoom: PLACE_ZOOM };
		// The map goes to the place, so the URL's old view would only mislead.
		this.#writeUrl({ place: placeId });
		this.focusCard = !this.mapOff;
	}

	/** Fit the map around these places (after choosing a route). */
	fitTo(places: readonly { location: Bundle['places'][number]['location'] }[]): void {
		const box = boundsOf(places.flatMap((p) => (isLocated(p.location) ? [p.location] : [])));
		if (box) this.camera = { bounds: box, maxZoom: 12 };
	}

	/** The visitor moved the map: write the view to the URL once it rests. */
	moved(view: MapView): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => {
			const s = router.parsed.screen;
			this.#writeUrl({ place: s.name === 'home' ? s.place : undefined, at: roundView(view) });
		}, URL_DEBOUNCE_MS);
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#idle?.();
	}

	#urlAt(): MapView | undefined {
		const s = router.parsed.screen;
		return s.name === 'home' ? s.at : undefined;
	}

	#writeUrl(state: { place?: string | undefined; at?: MapView | undefined }): void {
		if (router.parsed.screen.name !== 'home') return;
		const screen = { name: 'home' as const, ...(state.place ? { place: state.place } : {}), ...(state.at ? { at: state.at } : {}) };
		// A replace, not a navigation: every pan of the map would otherwise scroll the page and take the focus.
		router.replace(formatUrl(i18n.lang, screen));
	}
}
