import { describe, expect, it } from 'vitest';
import type { Place } from '$lib/domain/content/types';
import { LocationState, type GeoApi } from './location.svelte';

function fakeGeo() {
	let success: PositionCallback = () => {};
	let failure: PositionErrorCallback | null | undefined;
	const api: GeoApi = {
		getCurrentPosition: (ok, err) => {
			success = ok;
			failure = err;
		},
		watchPosition: (ok, err) => {
			success = ok;
			failure = err;
			return 1;
		},
		clearWatch: () => {}
	};
	const at = (lat: number, lon: number, accuracy = 10) =>
		success({ coords: { latitude: lat, longitude: lon, accuracy } } as GeolocationPosition);
	const deny = () => failure?.({ code: 1, PERMISSION_DENIED: 1 } as GeolocationPositionError);
	return { api, at, deny };
}

const cocBo = {
	id: 'coc-bo-cave',
	location: { confidence: 'single-source', lat: 22.97344, lon: 106.04933, uncertaintyM: 300, source: 't' }
} as Place;

describe('LocationState', () => {
	it('asks only when asked, then holds the fix', () => {
		const geo = fakeGeo();
		const state = new LocationState(() => geo.api);
		expect(state.status).toBe('idle');
		void state.locate();
		expect(state.status).toBe('asking');
		geo.at(22.66, 106.25);
		expect(state.status).toBe('ok');
		expect(state.fix).toMatchObject({ lat: 22.66, lon: 106.25 });
	});

	it('says plainly when permission is denied or the position is outside the province', () => {
		const geo = fakeGeo();
		const state = new LocationState(() => geo.api);
		void state.locate();
		geo.deny();
		expect(state.status).toBe('denied');
		void state.locate();
		geo.at(21.0285, 105.8542);
		expect(state.status).toBe('outside');
	});

	it('announces arrival once while watching', () => {
		const geo = fakeGeo();
		const state = new LocationState(() => geo.api);
		state.watch([cocBo]);
		geo.at(22.9734, 106.0493);
		expect(state.arrival?.id).toBe('coc-bo-cave');
		state.dismissArrival();
		geo.at(22.9735, 106.0494);
		expect(state.arrival).toBeNull();
	});

	it('answers a request with the position, or with nothing when there is none in the province', async () => {
		const geo = fakeGeo();
		const state = new LocationState(() => geo.api);
		const found = state.locate();
		geo.at(22.66, 106.25, 12);
		expect(await found).toEqual({ lat: 22.66, lon: 106.25, accuracyM: 12 });
		const far = state.locate();
		geo.at(21.0285, 105.8542);
		expect(await far).toBeNull();
		const refused = state.locate();
		geo.deny();
		expect(await refused).toBeNull();
		expect(await new LocationState(() => undefined).locate()).toBeNull();
	});

	it('reports a device without geolocation', () => {
		const state = new LocationState(() => undefined);
		void state.locate();
		expect(state.status).toBe('unavailable');
	});
});
