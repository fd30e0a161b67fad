/**
 * Registers the service worker (production builds only) and keeps `pwaState` in step with it,
 * with the network and with the browser's install prompt. Called once from src/main.ts.
 */
import { Workbox } from 'workbox-window';
import type { InstallPromptEvent, PwaState } from './pwa-state.svelte';

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
	workbox = wb;
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void checkForUpdate();
	});
	wb.register().catch(() => {
		// No service worker (private mode, blocked): the guide still works online.
	});
}
