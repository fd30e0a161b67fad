import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Bundle, ContentManifest, MediaFile, Route } from '$lib/domain/content/types';
import { provincePack, routePack, type PackRecord, type PackStore } from '$lib/domain/offline/plan';
import { CACHE_NAMES } from '$shared/cache-names';
import type { StorageError } from '$lib/domain/saved/ports';
import type { CacheLike, CacheStorageLike } from '$lib/offline/downloader';
import { OfflinePacksState, type StorageManagerLike } from './offline-packs.svelte';

type StoreFaults = { list?: StorageError; put?: StorageError; remove?: StorageError };

function createWorld(options: { persist?: boolean | 'never-answered'; failUrl?: string; faults?: StoreFaults; built?: boolean } = {}) {
	const bodies = new Map<string, Uint8Array>();
	const media: MediaFile[] = ['a', 'b', 'c'].map((stop, i) => {
		const body = new Uint8Array(1000 + i).fill(i + 1);
		const url = `/content/media/places/${stop}/p.0000000${i}.jpg`;
		bodies.set(url, body);
		return { url, bytes: body.length, sha256: createHash('sha256').update(body).digest('hex'), kind: 'image', owner: `place:${stop}` };
	});
	const manifest: ContentManifest = { version: 'v1', bundles: { vi: '', en: '' }, search: '', media };
	const bundle = {
		routes: [{ id: 'r1', stops: ['a', 'b'] } as Route, { id: 'r2', stops: ['b', 'c'] } as Route],
		services: []
	} as unknown as Bundle;
	const stores = new Map<string, Map<string, Uint8Array>>();
	const caches: CacheStorageLike = {
		async open(name) {
			const s = stores.get(name) ?? new Map<string, Uint8Array>();
			stores.set(name, s);
			const cache: CacheLike = {
				match: async (u) => (s.has(u) ? new Response(s.get(u)!.slice() as Uint8Array<ArrayBuffer>) : undefined),
				put: async (u, r) => void s.set(u, new Uint8Array(await r.arrayBuffer())),
				delete: async (u) => s.delete(u),
				keys: async () => [...s.keys()].map((u) => ({ url: `https://x.example${u}` }))
			};
			return cache;
		}
	};
	const records = new Map<string, PackRecord>();
	/** Faults the store is giving now; a test changes them as it goes. */
	const faults: StoreFaults = { ...options.faults };
	const fail = (error: StorageError) => ({ ok: false, error }) as const;
	const store: PackStore = {
		list: async () => (faults.list ? fail(faults.list) : { ok: true, value: [...records.values()] }),
		put: async (r) => (faults.put ? fail(faults.put) : (records.set(r.id, r), { ok: true, value: undefined })),
		remove: async (id) => (faults.remove ? fail(faults.remove) : (records.delete(id), { ok: true, value: undefined }))
	};
	let persisted = false;
	const storage: StorageManagerLike = {
		estimate: async () => ({ usage: 5_000, quota: 1_000_000 }),
		persisted: async () => persisted,
		persist: () =>
			options.persist === 'never-answered' ? new Promise<boolean>(() => {}) : Promise.resolve((persisted = options.persist ?? false))
	};
	const state = new OfflinePacksState({
		fetch: async (url) =>
			url === options.failUrl
				? Promise.reject(new TypeError('offline'))
				: new Response(bodies.get(url)!.slice() as Uint8Array<ArrayBuffer>),
		caches,
		sha256: async (d) => createHash('sha256').update(d).digest('hex'),
		wait: async () => {},
		store,
		storage: () => storage,
		loadManifest: async () => manifest,
		now: () => new Date('2025-03-01T08:00:00Z'),
		...(options.built ? { built: manifest } : {})
	});
	const mediaUrls = () => [...(stores.get(CACHE_NAMES.media)?.keys() ?? [])].sort();
	const evict = (url: string) => stores.get(CACHE_NAMES.media)?.delete(url);
	return { state, bundle, media, mediaUrls, records, evict, faults };
}

describe('OfflinePacksState', () => {
	it('lists what each pack holds before anything stored is read, when given the manifest the page was built with', () => {
		// The prerendered offline page and its first render show the same pack rows as after refresh.
		const built = createWorld({ built: true });
		expect(built.state.loaded).toBe(false);
		expect(built.state.contentVersion).toBe('v1');
		// Route r1 stops at a and b: their photos.
		expect(
			built.state
				.plan(routePack('r1'), built.bundle)
				.files.map((f) => f.url)
				.sort()
		).toEqual([built.media[0]!.url, built.media[1]!.url]);
		const bare = createWorld();
		expect(bare.state.plan(routePack('r1'), bare.bundle).files).toEqual([]);
	});

	it('downloads a pack, records it as ready and asks the browser to keep it', async () => {
		const { state, bundle, media, mediaUrls } = createWorld({ persist: true });
		await state.refresh();
		expect(state.persistence).toBe('unknown');
		expect(state.estimate).toEqual({ usage: 5_000, quota: 1_000_000 });
		await state.download(routePack('r1'), bundle);
		expect(state.record('route:r1')).toMatchObject({
			status: 'ready',
			urls: [media[0]!.url, media[1]!.url],
			contentVersion: 'v1',
			completedAt: '2025-03-01T08:00:00.000Z'
		});
		expect(mediaUrls()).toEqual([media[0]!.url, media[1]!.url]);
		expect(state.persistence).toBe('granted');
		expect(state.active).toBeNull();
		expect(state.plan(routePack('r1'), bundle).toFetch).toEqual([]);
	});

	it('does not wait for the visitor to answer the browser’s storage prompt (Firefox asks)', async () => {
		const { state, bundle } = createWorld({ persist: 'never-answered' });
		await state.download(routePack('r1'), bundle);
		expect(state.record('route:r1')?.status).toBe('ready');
		expect(state.persistence).toBe('unknown');
	});

	it('reports a failure plainly and stores no record', async () => {
		const { state, bundle, media } = createWorld({ failUrl: '/content/media/places/b/p.00000001.jpg' });
		await state.download(provincePack, bundle);
		expect(state.problem).toEqual({ packId: 'province', reason: 'network' });
		expect(state.records).toEqual([]);
		expect(state.persistence).toBe('not-granted');
		// The file before the failure is kept for the next try.
		expect(state.plan(provincePack, bundle).resumed.map((f) => f.url)).toEqual([media[0]!.url]);
	});

	it('deleting a pack keeps files another pack still needs', async () => {
		const { state, bundle, media, mediaUrls } = createWorld();
		await state.download(routePack('r1'), bundle);
		await state.download(routePack('r2'), bundle);
		expect(state.changes).toBe(2);
		await state.remove('route:r1');
		expect(state.changes).toBe(3);
		expect(mediaUrls()).toEqual([media[1]!.url, media[2]!.url]);
		expect(state.records.map((r) => r.id)).toEqual(['route:r2']);
	});

	it('notices ready packs whose files the browser removed', async () => {
		const { state, bundle, media, evict } = createWorld();
		await state.download(routePack('r1'), bundle);
		expect(state.evicted).toEqual([]);
		evict(media[1]!.url);
		await state.refresh();
		expect(state.evicted.map((r) => r.id)).toEqual(['route:r1']);
		await state.download(routePack('r1'), bundle);
		expect(state.evicted).toEqual([]);
	});

	it('shows a records store that cannot be read, instead of throwing, and clears it once it reads again', async () => {
		const { state, faults } = createWorld({ faults: { list: { code: 'blocked' } } });
		await state.refresh();
		expect(state.storageError).toEqual({ code: 'blocked' });
		expect(state.loaded).toBe(true);
		delete faults.list;
		await state.refresh();
		expect(state.storageError).toBeNull();
	});

	it('a download whose record cannot be written says so, and does not claim the pack is ready', async () => {
		const { state, bundle } = createWorld({ faults: { put: { code: 'quota' } } });
		await state.download(routePack('r1'), bundle);
		expect(state.storageError).toEqual({ code: 'quota' });
		expect(state.record('route:r1')).toBeUndefined();
		expect(state.changes).toBe(0);
	});

	it('a pack that cannot be forgotten keeps its files, and the failure is shown', async () => {
		const { state, bundle, media, mediaUrls, faults } = createWorld();
		await state.download(routePack('r1'), bundle);
		faults.remove = { code: 'failed', detail: 'UnknownError: disk' };
		await state.remove('route:r1');
		expect(state.storageError).toEqual({ code: 'failed', detail: 'UnknownError: disk' });
		expect(mediaUrls()).toEqual([media[0]!.url, media[1]!.url]);
		expect(state.record('route:r1')).toBeDefined();
	});
});
