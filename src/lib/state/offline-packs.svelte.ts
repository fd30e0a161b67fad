/**
 * The offline packs as app state: what is stored, what a download is doing, how much room
 * the browser gives, and whether it promised to keep it. Side effects come in through `deps`.
 * Nothing here throws: a storage failure is kept in `storageError` for the screen to show.
 */
import type { Bundle, ContentManifest, MediaFile } from '$lib/domain/content/types';
import {
	packFiles,
	planDownload,
	urlsToDelete,
	type OfflinePlan,
	type PackId,
	type PackRecord,
	type PackSpec,
	type PackStore,
	type StorageEstimate
} from '$lib/domain/offline/plan';
import type { StorageError } from '$lib/domain/saved/ports';
import { CACHE_NAMES } from '$shared/cache-names';
import type { DownloaderDeps, DownloadProgress, FailureReason } from '$lib/offline/downloader';
import { deletePackFiles, storedPaths } from '$lib/offline/pack-cache';

export type StorageManagerLike = {
	estimate?: () => Promise<{ usage?: number; quota?: number }>;
	persist?: () => Promise<boolean>;
	persisted?: () => Promise<boolean>;
};

export type PacksDeps = DownloaderDeps & {
	store: PackStore;
	storage: () => StorageManagerLike | undefined;
	loadManifest: () => Promise<ContentManifest>;
	now?: () => Date;
	/**
	 * The manifest the page was built with: what the packs hold before the stored one is read, so
	 * the prerendered page and the first render already list each pack's files (nothing moves
	 * when `refresh` has read the stored manifest, unless it differs).
	 */
	built?: Pick<ContentManifest, 'media' | 'version'>;
};

/** `granted`: the browser will not evict the guide's data on its own. */
export type Persistence = 'granted' | 'not-granted' | 'unsupported' | 'unknown';

export type ActiveDownload = { packId: PackId; progress: DownloadProgress };
export type PackProblem = { packId: PackId; reason: FailureReason | 'unknown' };

export class OfflinePacksState {
	media = $state.raw<MediaFile[]>([]);
	contentVersion = $state('');
	records = $state.raw<PackRecord[]>([]);
	stored = $state.raw<ReadonlySet<string>>(new Set());
	incoming = $state.raw<ReadonlySet<string>>(new Set());
	estimate = $state.raw<StorageEstimate | null>(null);
	persistence = $state<Persistence>('unknown');
	/** True once a download has asked the browser to keep the data (the answer is `persistence`). */
	persistAsked = $state(false);
	active = $state.raw<ActiveDownload | null>(null);
	problem = $state.raw<PackProblem | null>(null);
	loaded = $state(false);
	/** Counts the packs stored and removed on this page, so readers of their files (the map) look again. */
	changes = $state(0);
	/** The last failure of the packs' records or caches, until the next success. */
	storageError = $state.raw<StorageError | null>(null);
	/** Ready packs some of whose files the browser has removed since. */
	readonly evicted: PackRecord[] = $derived(this.loaded ? this.records.filter((r) => r.urls.some((u) => !this.stored.has(u))) : []);

	#abort: AbortController | null = null;
	readonly #deps: PacksDeps;

	constructor(deps: PacksDeps) {
		this.#deps = deps;
		if (deps.built) {
			this.media = deps.built.media;
			this.contentVersion = deps.built.version;
		}
	}

	/** Reads what is stored again. Never throws: a failure lands in `storageError`. */
	async refresh(): Promise<void> {
		const [manifest, records, files] = await Promise.all([
			this.#deps.loadManifest(),
			this.#deps.store.list(),
			Promise.all([storedPaths(this.#deps.caches, CACHE_NAMES.media), storedPaths(this.#deps.caches, CACHE_NAMES.incoming)]).then(
				(sets) => ({ ok: true, value: sets }) as const,
				(err: unknown) => ({ ok: false, error: { code: 'unavailable', detail: String(err) } }) as const
			)
		]);
		this.media = manifest.media;
		this.contentVersion = manifest.version;
		if (records.ok) this.records = records.value;
		if (files.ok) [this.stored, this.incoming] = files.value;
		this.storageError = !records.ok ? records.error : !files.ok ? files.error : null;
		this.loaded = true;
		await this.refreshStorage();
	}

	async refreshStorage(): Promise<void> {
		const storage = this.#deps.storage();
		try {
			const e = await storage?.estimate?.();
			this.estimate = e && typeof e.quota === 'number' ? { usage: e.usage ?? 0, quota: e.quota } : null;
		} catch {
			this.estimate = null;
		}
		if (!storage?.persisted) this.persistence = 'unsupported';
		else if (await storage.persisted().catch(() => false)) this.persistence = 'granted';
		else if (this.persistence !== 'not-granted') this.persistence = 'unknown';
	}

	plan(spec: PackSpec, bundle: Bundle): OfflinePlan {
		return planDownload(spec, packFiles(spec, bundle, this.media), { stored: this.stored, incoming: this.incoming });
	}

	record(id: PackId): PackRecord | undefined {
		return this.records.find((r) => r.id === id);
	}

	async download(spec: PackSpec, bundle: Bundle): Promise<void> {
		if (this.active) return;
		if (!this.loaded) await this.refresh();
		this.problem = null;
		const plan = this.plan(spec, bundle);
		const abort = new AbortController();
		let writeError: StorageError | null = null;
		this.#abort = abort;
		this.active = { packId: spec.id, progress: { bytesDone: 0, bytesTotal: plan.totalBytes, filesDone: 0, filesTotal: plan.files.length } };
		try {
			// Asked, not awaited: Firefox answers persist() only when the visitor answers its prompt,
			// and the download must not wait for that (docs/browsers.md).
			void this.#askPersistence();
			// The downloader (and its streaming hash) is fetched on the first download, not with every page.
			const { downloadPack } = await import('$lib/offline/downloader');
			const outcome = await downloadPack(plan, this.#deps, {
				signal: abort.signal,
				onProgress: (progress) => (this.active = { packId: spec.id, progress })
			});
			if (outcome.status === 'complete') {
				const put = await this.#deps.store.put({
					id: spec.id,
					status: 'ready',
					urls: outcome.urls,
					bytes: outcome.bytes,
					contentVersion: this.contentVersion,
					completedAt: (this.#deps.now?.() ?? new Date()).toISOString()
				});
				if (put.ok) this.changes++;
				else writeError = put.error;
			} else if (outcome.status === 'failed') {
				this.problem = { packId: spec.id, reason: outcome.reason };
			}
		} catch {
			this.problem = { packId: spec.id, reason: 'unknown' };
		} finally {
			this.#abort = null;
			this.active = null;
			await this.refresh();
			// The refresh may read well where the write failed: the visitor must still learn of it.
			if (writeError) this.storageError = writeError;
		}
	}

	cancel(): void {
		this.#abort?.abort();
	}

	/** Forgets the pack first, then its files: if forgetting fails, nothing has changed. */
	async remove(id: PackId): Promise<void> {
		const urls = urlsToDelete(id, this.records);
		const removed = await this.#deps.store.remove(id);
		if (!removed.ok) {
			this.storageError = removed.error;
			return;
		}
		try {
			await deletePackFiles(this.#deps.caches, urls);
		} catch {
			// Files left behind belong to no pack; the next download of a pack that needs them reuses them.
		}
		this.changes++;
		if (this.problem?.packId === id) this.problem = null;
		await this.refresh();
	}

	async #askPersistence(): Promise<void> {
		const storage = this.#deps.storage();
		if (!storage?.persist) {
			this.persistence = 'unsupported';
			return;
		}
		if (await storage.persisted?.().catch(() => false)) {
			this.persistence = 'granted';
			return;
		}
		const granted = await storage.persist().catch(() => false);
		this.persistence = granted ? 'granted' : 'not-granted';
		this.persistAsked = true;
	}
}
