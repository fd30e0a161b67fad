/**
 * The current time for "open now". Null during server rendering (a prerendered page must not
 * say "open now" for the moment it was built); set once the app runs, and every minute after.
 */
export class ClockState {
	now = $state.raw<Date | null>(null);
	#timer: ReturnType<typeof setInterval> | null = null;

	start(): void {
		if (this.#timer) return;
		this.now = new Date();
		this.#timer = setInterval(() => (this.now = new Date()), 60_000);
	}
}
