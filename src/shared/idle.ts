/**
 * Runs `task` when the browser's main thread is free, at the latest after `timeout` ms; where
 * `requestIdleCallback` is missing (WebKit), 200 ms later. For work a page does not need to be usable.
 * (Read from globalThis: this folder is also compiled for the service worker, which has no such call.)
 */
type RequestIdle = (task: () => void, options: { timeout: number }) => number;

export function whenIdle(task: () => void, timeout = 3000): void {
	const requestIdle = (globalThis as { requestIdleCallback?: RequestIdle }).requestIdleCallback;
	if (typeof requestIdle === 'function') requestIdle.call(globalThis, task, { timeout });
	else setTimeout(task, 200);
}

/** Resolves in a task of its own: work split by it never blocks the page for long in one go. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, 0));
}
