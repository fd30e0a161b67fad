/**
 * The current time for "open now": the guide's one clock. `now` is null during server rendering
 * and hydration (a prerendered page must not say "open now" for the moment it was built). Once a
 * component reads it in the browser, it ticks at each new minute, and stops when nothing reads it.
 */
import { createSubscriber } from 'svelte/reactivity';

const MINUTE_MS = 60_000;

export class ClockState {
	#running = false;

	// Effects never run on the server, so neither does this.
	readonly #subscribe = createSubscriber((update) => {
		let timer: ReturnType<typeof setTimeout>;
		const tick = (delay: number) => {
			timer = setTimeout(() => {
				this.#running = true;
				update();
				tick(MINUTE_MS - (Date.now() % MINUTE_MS));
			}, delay);
		};
		// The first tick comes after hydration, so the first render matches the server's.
		tick(0);
		return () => {
			clearTimeout(timer);
			this.#running = false;
		};
	});

	/** The time, to the minute as readers see it; null before the app runs in a browser. */
	get now(): Date | null {
		this.#subscribe();
		return this.#running ? new Date() : null;
	}
}
