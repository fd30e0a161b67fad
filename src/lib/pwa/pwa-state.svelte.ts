/**
 * The page side of the service worker as state: `needRefresh`, `offlineReady`, `online` and
 * `applyUpdate()`. The page never reloads on its own: only after the visitor taps Reload.
 */

/** What `applyUpdate` needs from workbox-window. */
export interface UpdateControl {
	messageSkipWaiting(): void;
}

/** What the repair of the app's own offline copy needs from the service worker (register.ts). */
export interface ShellControl {
	/** How many precached files are missing; null when no worker answers. */
	status(): Promise<ShellReport | null>;
	/** Fetches them again (only this version's); null when no worker answers. */
	repair(): Promise<ShellReport | null>;
	/** Asks the server for the newer version the repair found. */
	checkForUpdate(): Promise<void>;
}
export type ShellReport = { missing: number; newer: boolean };

/** The install prompt Chromium browsers offer (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export class PwaState {
	/** A new version is installed and waiting; the toast offers Reload. */
	needRefresh = $state(false);
	/** The app shell and content are precached: the guide works without a network. */
	offlineReady = $state(false);
	/** Shown once, right after the first install. */
	offlineReadyNotice = $state(false);
	online = $state(true);
	installPrompt = $state.raw<InstallPromptEvent | null>(null);
	installed = $state(false);
	/** Files of the app's offline copy the browser removed (0: all there, or no worker to ask). */
	shellMissing = $state(0);
	/** `failed`: the last repair left files missing (offline, or the server has a newer version). */
	shellRepair = $state<'idle' | 'running' | 'failed'>('idle');

	#control: UpdateControl | null = null;
	#shell: ShellControl | null = null;
	#waiting = false;
	#reloadRequested = false;
	readonly #reload: () => void;

	constructor(reload: () => void = () => location.reload()) {
		this.#reload = reload;
	}

	attach(control: UpdateControl): void {
		this.#control = control;
	}

	attachShell(shell: ShellControl): void {
		this.#shell = shell;
	}

	/** Asks the worker whether the browser evicted part of the app's offline copy. */
	async checkShell(): Promise<void> {
		if (!this.#shell || this.shellRepair === 'running') return;
		const report = await this.#shell.status();
		if (report) this.shellMissing = report.missing;
	}

	/** The visitor tapped Repair: fetch the missing files; if the server moved on, offer the update. */
	async repairShell(): Promise<void> {
		if (!this.#shell || this.shellRepair === 'running') return;
		this.shellRepair = 'running';
		const report = await this.#shell.repair();
		if (report) this.shellMissing = report.missing;
		this.shellRepair = report && report.missing === 0 ? 'idle' : 'failed';
		if (report?.newer) await this.#shell.checkForUpdate();
	}

	/** A new service worker finished installing and waits for the visitor's go-ahead. */
	onWaiting(): void {
		this.#waiting = true;
		this.needRefresh = true;
	}

	/** The first service worker took control: the guide now works offline. */
	onFirstActivated(): void {
		this.offlineReady = true;
		this.offlineReadyNotice = true;
	}

	/** A service worker took control of this page. */
	onControlling(isUpdate: boolean): void {
		this.offlineReady = true;
		if (this.#reloadRequested) {
			this.#reloadRequested = false;
			this.#reload();
		} else if (isUpdate) {
			// Another tab applied the update: this page still runs the old version.
			this.#waiting = false;
			this.needRefresh = true;
		}
	}

	/** The visitor tapped Reload. */
	applyUpdate(): void {
		this.needRefresh = false;
		if (this.#waiting && this.#control) {
			this.#reloadRequested = true;
			this.#waiting = false;
			this.#control.messageSkipWaiting();
		} else {
			this.#reload();
		}
	}

	dismissUpdate(): void {
		this.needRefresh = false;
	}

	dismissOfflineReady(): void {
		this.offlineReadyNotice = false;
	}

	async install(): Promise<boolean> {
		const prompt = this.installPrompt;
		if (!prompt) return false;
		this.installPrompt = null;
		await prompt.prompt();
		const { outcome } = await prompt.userChoice;
		if (outcome === 'accepted') this.installed = true;
		return outcome === 'accepted';
	}
}
