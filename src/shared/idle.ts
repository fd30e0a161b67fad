/**
 * Runs `task` when the browser's main thread is free, at the latest after `timeout` ms; where
 * `requestIdleCallback` is missing (WebKit), 200 ms later. For work a page does not need to be usable.
 */
export function whenIdle(task: () => void, timeout = 3000): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
	else setTimeout(task, 200);
}
