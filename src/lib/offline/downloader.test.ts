import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CACHE_NAMES } from '$shared/cache-names';
import { planDownload, provincePack } from '$lib/domain/offline/plan';
import type { MediaFile } from '$lib/domain/content/types';
import { downloadPack, isQuotaError, type CacheLike, type CacheStorageLike, type DownloadProgress } from './downloader';
import { sha256Hex } from './sha256';
import { pathOf } from './pack-cache';

/** Deterministic bytes, different for each seed. */
function createBytes(length: number, seed: number): Uint8Array {
	const out = new Uint8Array(length);
	let x = seed * 2654435761;
	for (let i = 0; i < length; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		out[i] = x >>> 24;
	}
	return out;
}

type Fault = 'cut' | 'corrupt' | 'http500';

function createSite(sizes: number[]) {
	const bodies = new Map<string, Uint8Array>();
	const files: MediaFile[] = sizes.map((bytes, i) => {
		const url = `/content/media/places/p${i}/photo.${String(i).padStart(8, '0')}.jpg`;
		const body = createBytes(bytes, i + 1);
		bodies.set(url, body);
		return { url, bytes, sha256: createHash('sha256').update(body).digest('hex'), kind: 'image', owner: `place:p${i}` };
	});
	const faults = new Map<string, Fault[]>();
	const requests: string[] = [];
	const fetch = async (url: string, init: RequestInit): Promise<Response> => {
		requests.push(url);
		if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
		const body = bodies.get(url);
		if (!body) return new Response('not found', { status: 404 });
		const fault = faults.get(url)?.shift();
		if (fault === 'http500') return new Response('oops', { status: 500 });
		const data = fault === 'corrupt' ? body.map((b, i) => (i === 10 ? b ^ 0xff : b)) : body;
		const half = Math.floor(data.length / 2);
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(data.slice(0, half));
				if (fault === 'cut') controller.error(new TypeError('network error: connection reset'));
				else {
					controller.enqueue(data.slice(half));
					controller.close();
				}
			}
		});
		return new Response(stream, { status: 200 });
	};
	return { files, faults, requests, fetch };
}

function createCaches(options: { quotaAfter?: number } = {}) {
	const stores = new Map<string, Map<string, Uint8Array>>();
	let puts = 0;
	const caches: CacheStorageLike = {
		async open(name) {
			const store = stores.get(name) ?? new Map<string, Uint8Array>();
			stores.set(name, store);
			const cache: CacheLike = {
				async match(url) {
					const b = store.get(pathOf(url));
					return b ? new Response(b.slice() as Uint8Array<ArrayBuffer>) : undefined;
				},
				async put(url, res) {
					if (options.quotaAfter !== undefined && puts >= options.quotaAfter) {
						throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					}
					puts++;
					store.set(pathOf(url), new Uint8Array(await res.arrayBuffer()));
				},
				async delete(url) {
					return store.delete(pathOf(url));
				},
				async keys() {
					return [...store.keys()].map((url) => ({ url: `https://guide.example${url}` }));
				}
			};
			return cache;
		}
	};
	const urls = (name: string) => [...(stores.get(name)?.keys() ?? [])].sort();
	return { caches, stores, urls };
}

const noWait = async () => {};
const fresh = { stored: new Set<string>(), incoming: new Set<string>() };

describe('downloadPack', () => {
	it('stores every file, verified, and reports progress up to the total', async () => {
		const site = createSite([300_000, 120_000, 64_000]);
		const { caches, urls } = createCaches();
		const progress: DownloadProgress[] = [];
		const plan = planDownload(provincePack, site.files, fresh);
		const outcome = await downloadPack(
			plan,
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal, onProgress: (p) => progress.push(p) }
		);
		expect(outcome).toEqual({ status: 'complete', urls: site.files.map((f) => f.url), bytes: 484_000 });
		expect(urls(CACHE_NAMES.media)).toEqual(site.files.map((f) => f.url).sort());
		expect(urls(CACHE_NAMES.incoming)).toEqual([]);
		expect(progress.at(-1)).toEqual({ bytesDone: 484_000, bytesTotal: 484_000, filesDone: 3, filesTotal: 3 });
		// Progress moves within a file too (bytes arrive in chunks), and never goes backwards.
		expect(progress.some((p) => p.bytesDone === 150_000)).toBe(true);
	});

	it('resumes after the connection drops at 50%: the file that failed is fetched again, the others once', async () => {
		const site = createSite([200_000, 200_000, 200_000]);
		site.faults.set(site.files[1]!.url, ['cut']);
		const { caches, urls } = createCaches();
		const plan = planDownload(provincePack, site.files, fresh);
		const outcome = await downloadPack(
			plan,
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal }
		);
		expect(outcome.status).toBe('complete');
		expect(site.requests).toEqual([site.files[0]!.url, site.files[1]!.url, site.files[1]!.url, site.files[2]!.url]);
		expect(urls(CACHE_NAMES.media)).toHaveLength(3);
	});

	it('keeps verified files when the connection stays down, and a later try fetches only the rest', async () => {
		const site = createSite([100_000, 100_000, 100_000]);
		site.faults.set(site.files[1]!.url, ['cut', 'cut', 'cut']);
		const { caches, urls } = createCaches();
		const deps = { fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait };
		const first = await downloadPack(planDownload(provincePack, site.files, fresh), deps, { signal: new AbortController().signal });
		expect(first).toMatchObject({ status: 'failed', reason: 'network', url: site.files[1]!.url });
		expect(urls(CACHE_NAMES.incoming)).toEqual([site.files[0]!.url]);
		expect(urls(CACHE_NAMES.media)).toEqual([]);

		site.requests.length = 0;
		const resumePlan = planDownload(provincePack, site.files, { stored: new Set(), incoming: new Set(urls(CACHE_NAMES.incoming)) });
		expect(resumePlan.toFetch.map((f) => f.url)).toEqual([site.files[1]!.url, site.files[2]!.url]);
		const second = await downloadPack(resumePlan, deps, { signal: new AbortController().signal });
		expect(second.status).toBe('complete');
		expect(site.requests).toEqual([site.files[1]!.url, site.files[2]!.url]);
		expect(urls(CACHE_NAMES.media)).toHaveLength(3);
	});

	it('detects a corrupted file, never stores it, and fetches it again', async () => {
		const site = createSite([50_000, 50_000]);
		site.faults.set(site.files[0]!.url, ['corrupt']);
		const { caches, stores } = createCaches();
		const outcome = await downloadPack(
			planDownload(provincePack, site.files, fresh),
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal }
		);
		expect(outcome.status).toBe('complete');
		expect(site.requests.filter((u) => u === site.files[0]!.url)).toHaveLength(2);
		const stored = stores.get(CACHE_NAMES.media)!.get(site.files[0]!.url)!;
		expect(createHash('sha256').update(stored).digest('hex')).toBe(site.files[0]!.sha256);
	});

	it('reports a file that stays corrupted, and stores nothing of the pack', async () => {
		const site = createSite([50_000, 50_000]);
		site.faults.set(site.files[1]!.url, ['corrupt', 'corrupt', 'corrupt']);
		const { caches, urls } = createCaches();
		const outcome = await downloadPack(
			planDownload(provincePack, site.files, fresh),
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal }
		);
		expect(outcome).toMatchObject({ status: 'failed', reason: 'corrupt', url: site.files[1]!.url });
		expect(urls(CACHE_NAMES.media)).toEqual([]);
	});

	it('cancel leaves nothing half-stored', async () => {
		const site = createSite([80_000, 80_000, 80_000]);
		const { caches, urls } = createCaches();
		const controller = new AbortController();
		const outcome = await downloadPack(
			planDownload(provincePack, site.files, fresh),
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: controller.signal, onProgress: (p) => (p.filesDone === 2 ? controller.abort() : undefined) }
		);
		expect(outcome).toEqual({ status: 'cancelled' });
		expect(urls(CACHE_NAMES.incoming)).toEqual([]);
		expect(urls(CACHE_NAMES.media)).toEqual([]);
	});

	it('stops on a full disk and keeps the packs already stored', async () => {
		const site = createSite([10_000, 20_000, 30_000]);
		const { caches, stores, urls } = createCaches({ quotaAfter: 1 });
		await caches.open(CACHE_NAMES.media);
		stores.get(CACHE_NAMES.media)!.set('/content/media/places/old/kept.00000000.jpg', createBytes(10, 9));
		const outcome = await downloadPack(
			planDownload(provincePack, site.files, fresh),
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal }
		);
		expect(outcome).toMatchObject({ status: 'failed', reason: 'quota', url: site.files[1]!.url });
		expect(urls(CACHE_NAMES.media)).toEqual(['/content/media/places/old/kept.00000000.jpg']);
	});

	it('skips files another pack already stored', async () => {
		const site = createSite([10_000, 20_000]);
		const { caches, stores, urls } = createCaches();
		await caches.open(CACHE_NAMES.media);
		stores.get(CACHE_NAMES.media)!.set(site.files[0]!.url, createBytes(10_000, 1));
		const plan = planDownload(provincePack, site.files, { stored: new Set([site.files[0]!.url]), incoming: new Set() });
		const outcome = await downloadPack(
			plan,
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal }
		);
		expect(outcome.status).toBe('complete');
		expect(site.requests).toEqual([site.files[1]!.url]);
		expect(urls(CACHE_NAMES.media)).toHaveLength(2);
	});

	it('treats a server error as a failure to report after retrying', async () => {
		const site = createSite([1_000]);
		site.faults.set(site.files[0]!.url, ['http500', 'http500', 'http500']);
		const { caches } = createCaches();
		const outcome = await downloadPack(
			planDownload(provincePack, site.files, fresh),
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: new AbortController().signal }
		);
		expect(outcome).toMatchObject({ status: 'failed', reason: 'http' });
	});
});

describe('isQuotaError and sha256Hex', () => {
	it('recognises quota errors from every engine', () => {
		expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
		expect(isQuotaError(new TypeError('network'))).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});
	it('hashes like Node does', async () => {
		const data = createBytes(1234, 7);
		expect(await sha256Hex(data)).toBe(createHash('sha256').update(data).digest('hex'));
	});
});
