import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { ClockState } from './clock.svelte';

/** Reads `clock.now` in an effect, as a component does; returns what it saw and a stop function. */
function watch(clock: ClockState) {
	const seen: (string | null)[] = [];
	const stop = $effect.root(() => {
		$effect(() => {
			seen.push(clock.now?.toISOString() ?? null);
		});
	});
	flushSync();
	return { seen, stop };
}

describe('ClockState', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2026-11-26T09:59:30Z'));
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	it('is null at first (as on the server), then gives the time once the app runs', () => {
		const { seen, stop } = watch(new ClockState());
		expect(seen).toEqual([null]);
		vi.advanceTimersByTime(0);
		flushSync();
		expect(seen).toEqual([null, '2026-11-26T09:59:30.000Z']);
		stop();
	});

	it('updates its readers at each new minute', () => {
		const { seen, stop } = watch(new ClockState());
		vi.advanceTimersByTime(0);
		flushSync();
		vi.advanceTimersByTime(30_000);
		flushSync();
		vi.advanceTimersByTime(60_000);
		flushSync();
		expect(seen.slice(1)).toEqual(['2026-11-26T09:59:30.000Z', '2026-11-26T10:00:00.000Z', '2026-11-26T10:01:00.000Z']);
		stop();
	});

	it('stops ticking when nothing reads it any more', async () => {
		const { stop } = watch(new ClockState());
		vi.advanceTimersByTime(0);
		stop();
		await Promise.resolve();
		expect(vi.getTimerCount()).toBe(0);
	});

	it('outside any component it is just null, with no timer left behind', () => {
		const clock = new ClockState();
		expect(clock.now).toBeNull();
		expect(vi.getTimerCount()).toBe(0);
	});
});
