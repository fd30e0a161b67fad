/**
 * The visitor's position, asked for only when they ask ("near me", "show my location").
 * Works offline: GPS needs no network. While watching, it announces arrival at a place.
 */
import type { Place } from '$lib/domain/content/types';
import { arrivedAt, isNearProvince } from '$lib/domain/places/arrival';
import type { Fix } from '$lib/domain/geo/distance';

export type LocationStatus = 'idle' | 'asking' | 'ok' | 'denied' | 'unavailable' | 'outside';

/** The slice of the Geolocation API we use, so tests can pass a fake. */
export type GeoApi = Pick<Geolocation, 'getCurrentPosition' | 'watchPosition' | 'clearWatch'>;

export class LocationState {
	fix = $state.raw<Fix | null>(null);
	status = $state<LocationStatus>('idle');
	watching = $state(false);
	/** The place just arrived at, until dismissed. */
	arrival = $state.raw<Place | null>(null);
	#announced = new Set<string>();
	#watchId: number | null = null;
	#places: readonly Place[] = [];
	readonly #geo: () => GeoApi | undefined;

	constructor(geo: () => GeoApi | undefined = () => (typeof navigator !== 'undefined' ? navigator.geolocation : undefined)) {
		this.#geo = geo;
	}

	#accept = (pos: GeolocationPosition) => {
		const fix = { lat: pos.coords.latitude, lon: pos.coords.longitude, accuracyM: pos.coords.accuracy };
		this.fix = fix;
		this.status = isNearProvince(fix) ? 'ok' : 'outside';
		if (this.watching && this.status === 'ok') {
			const place = arrivedAt(fix, this.#places, this.#announced);
			if (place) {
				this.#announced.add(place.id);
				this.arrival = place;
				if (typeof navigator !== 'undefined' && 'vibrate' in navigator) navigator.vibrate?.(200);
			}
		}
	};

	#reject = (err: GeolocationPositionError) => {
		this.status = err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable';
	};

	/**
	 * One position, on request. Resolves with it when it is in the province, else null; `status`
	 * says why (refused, not found, outside).
	 */
	locate(): Promise<Fix | null> {
		const geo = this.#geo();
		if (!geo) {
			this.status = 'unavailable';
			return Promise.resolve(null);
		}
		this.status = 'asking';
		return new Promise((resolve) => {
			geo.getCurrentPosition(
				(pos) => {
					this.#accept(pos);
					resolve(this.status === 'ok' ? this.fix : null);
				},
				(err) => {
					this.#reject(err);
					resolve(null);
				},
				{ enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 }
			);
		});
	}

	/** Keep following the position (while the app is open) and announce arrivals at `places`. */
	watch(places: readonly Place[]): void {
		this.#places = places;
		const geo = this.#geo();
		if (!geo) {
			this.status = 'unavailable';
			return;
		}
		if (this.#watchId !== null) return;
		this.watching = true;
		if (this.status === 'idle') this.status = 'asking';
		this.#watchId = geo.watchPosition(this.#accept, this.#reject, { enableHighAccuracy: true, maximumAge: 10_000 });
	}

	stopWatching(): void {
		if (this.#watchId !== null) this.#geo()?.clearWatch(this.#watchId);
		this.#watchId = null;
		this.watching = false;
	}

	dismissArrival(): void {
		this.arrival = null;
	}
}
