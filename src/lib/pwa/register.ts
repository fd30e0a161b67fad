/**
 * Registers the service worker (production builds only) and keeps `pwaState` in step with it,
 * with the network and with the browser's install prompt. Called once from src/main.ts.
 */
import { Workbox } from 'workbox-window';
import type { InstallPromptEvent, PwaState, ShellReport } from './pwa-state.svelte';
import { isPrecacheReport, type PageToSw } from '$shared/sw-messages';

export type RegisterOptions = {
	state: PwaState;
	/** Runs once the page is up, e.g. to re-check offline packs the browser may have evicted. */
	onStart?: () => void;
	enabled?: boolean;
	url?: string;
};

function watchConnectivity(state: PwaState): void {
	state.online = navigator.onLine;
	addEventListener('online', () => (state.online = true));
	addEventListener('offline', () => (state.online = false));
}

function watchInstall(state: PwaState): void {
	state.installed = matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
	addEventListener('beforeinstallprompt', (event) => {
		event.preventDefault();
		state.installPrompt = event as InstallPromptEvent;
	});
	addEventListener('appinstalled', () => {
		state.installed = true;
		state.installPrompt = null;
	});
}

let workbox: Workbox | null = null;

/** Asks the server for a newer service worker (run whenever the visitor comes back to the tab). */
export async function checkForUpdate(): Promise<void> {
	if (!workbox || !navigator.onLine) return;
	try {
		await workbox.update();
	} catch {
		// Offline or the server is unreachable: try again next time.
	}
}

/** Sends a question to the worker that controls the page; null when none answers. */
function askController(message: PageToSw, timeoutMs: number): Promise<ShellReport | null> {
	const controller = navigator.serviceWorker?.controller;
	if (!controller) return Promise.resolve(null);
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(null), timeoutMs);
		channel.port1.onmessage = (event: MessageEvent<unknown>) => {
			clearTimeout(timer);
			resolve(isPrecacheReport(event.data) ? { missing: event.data.missing, newer: event.data.newer } : null);
		};
		controller.postMessage(message, [channel.port2]);
	});
}

export function registerPwa(options: RegisterOptions): void {
	const { state } = options;
	watchConnectivity(state);
	watchInstall(state);
	options.onStart?.();

	if (!(options.enabled ?? import.meta.env.PROD) || !('serviceWorker' in navigator)) return;
	if (navigator.serviceWorker.controller) state.offlineReady = true;
	const wb = new Workbox(options.url ?? '/sw.js', { scope: '/' });
	wb.addEventListener('waiting', () => state.onWaiting());
	wb.addEventListener('controlling', (event) => state.onControlling(event.isUpdate === true));
	wb.addEventListener('activated', (event) => {
		if (!event.isUpdate && !event.isExternal) state.onFirstActivated();
	});
	state.attach(wb);
	state.attachShell({
		status: () => askController({ type: 'PRECACHE_STATUS' }, 10_000),
		repair: () => askController({ type: 'PRECACHE_REPAIR' }, 300_000),
		checkForUpdate
	});
	workbox = wb;
	// The browser may evict Cache Storage while the guide is closed: look once it is up, and on return.
	void state.checkShell();
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState !== 'visible') return;
		void checkForUpdate();
		void state.checkShell();
	});
	wb.register().catch(() => {
		// No service worker (private mode, blocked): the guide still works online.
	});
}
