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

	describe('the app’s own offline copy, evicted by the browser', () => {
		function withShell(reports: ({ missing: number; newer: boolean } | null)[]) {
			const { state, calls } = createState();
			state.attachShell({
				status: async () => reports.shift() ?? null,
				repair: async () => (calls.push('repair'), reports.shift() ?? null),
				checkForUpdate: async () => void calls.push('checkForUpdate')
			});
			return { state, calls };
		}

		it('says files are missing, and a repair that put them back hides it', async () => {
			const { state, calls } = withShell([
				{ missing: 12, newer: false },
				{ missing: 0, newer: false }
			]);
			await state.checkShell();
			expect(state.shellMissing).toBe(12);
			await state.repairShell();
			expect(calls).toEqual(['repair']);
			expect(state.shellMissing).toBe(0);
			expect(state.shellRepair).toBe('idle');
		});

		it('when the server already has a newer version, says the repair failed and offers the update', async () => {
			const { state, calls } = withShell([
				{ missing: 3, newer: false },
				{ missing: 1, newer: true }
			]);
			await state.checkShell();
			await state.repairShell();
			expect(state.shellMissing).toBe(1);
			expect(state.shellRepair).toBe('failed');
			expect(calls).toEqual(['repair', 'checkForUpdate']);
		});

		it('shows nothing when no worker answers', async () => {
			const { state } = withShell([null]);
			await state.checkShell();
			expect(state.shellMissing).toBe(0);
		});
	});
});
