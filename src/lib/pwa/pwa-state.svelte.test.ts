import { describe, expect, it } from 'vitest';
import { PwaState } from './pwa-state.svelte';

function createState() {
	const calls: string[] = [];
	const state = new PwaState(() => calls.push('reload'));
	state.attach({ messageSkipWaiting: () => calls.push('skipWaiting') });
	return { state, calls };
}

describe('PwaState', () => {
	it('says the guide is ready offline after the first install, once', () => {
		const { state, calls } = createState();
		state.onFirstActivated();
		state.onControlling(false);
		expect(state.offlineReady).toBe(true);
		expect(state.offlineReadyNotice).toBe(true);
		expect(calls).toEqual([]);
		state.dismissOfflineReady();
		expect(state.offlineReadyNotice).toBe(false);
	});

	it('offers a waiting update and never reloads before the tap', () => {
		const { state, calls } = createState();
		state.onWaiting();
		expect(state.needRefresh).toBe(true);
		expect(calls).toEqual([]);
		state.applyUpdate();
		expect(calls).toEqual(['skipWaiting']);
		expect(state.needRefresh).toBe(false);
		state.onControlling(true);
		expect(calls).toEqual(['skipWaiting', 'reload']);
	});

	it('"Later" hides the offer without reloading', () => {
		const { state, calls } = createState();
		state.onWaiting();
		state.dismissUpdate();
		expect(state.needRefresh).toBe(false);
		expect(calls).toEqual([]);
	});

	it('when another tab applied the update, offers a plain reload of this one', () => {
		const { state, calls } = createState();
		state.onControlling(true);
		expect(state.needRefresh).toBe(true);
		expect(calls).toEqual([]);
		state.applyUpdate();
		expect(calls).toEqual(['reload']);
	});
});
