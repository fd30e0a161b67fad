import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CACHE_NAMES } from '$shared/cache-names';
import { planDownload, provincePack } from '$lib/domain/offline/plan';
import type { MediaFile } from '$lib/domain/content/types';
import { downloadPack, type CacheLike, type CacheStorageLike, type DownloadProgress } from './downloader';
import { partOf, partUrl, PART_BYTES, RANGE_THRESHOLD } from './large-file';
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

/** What the fake server does to one request: cut after `at` bytes of its body, damage it, or ignore the range. */
type Fault = { cutAt: number } | 'corrupt' | 'ignore-range' | 'wrong-range';

/** A server that honours `Range: bytes=N-` the way nginx does, with faults per request. */
function createSite(sizes: number[]) {
	const bodies = new Map<string, Uint8Array>();
	const files: MediaFile[] = sizes.map((bytes, i) => {
		const url = `/content/basemap/detail-${i}.${String(i).padStart(8, '0')}.pmtiles`;
		const body = createBytes(bytes, i + 3);
		bodies.set(url, body);
		return { url, bytes, sha256: createHash('sha256').update(body).digest('hex'), kind: 'basemap', owner: 'province' } as MediaFile;
	});
	const faults = new Map<string, Fault[]>();
	const requests: { url: string; range: string | null; status: number }[] = [];
	const fetch = async (url: string, init: RequestInit): Promise<Response> => {
		const range = new Headers(init.headers).get('range');
		const body = bodies.get(url)!;
		const fault = faults.get(url)?.shift();
		const m = range && fault !== 'ignore-range' ? /^bytes=(\d+)-$/.exec(range) : null;
		const start = m ? Number(m[1]) : 0;
		const status = m ? 206 : 200;
		requests.push({ url, range, status });
		let data = body.slice(start);
		if (fault === 'corrupt') data = data.map((b, i) => (i === 7 ? b ^ 0xff : b));
		const cutAt = typeof fault === 'object' ? fault.cutAt : Infinity;
		let at = 0;
		const stream = new ReadableStream<Uint8Array>({
			// Chunks of 64 kB, as a socket gives them; after the cut, an error.
			pull(controller) {
				if (at >= cutAt) return controller.error(new TypeError('network error: connection reset'));
				if (at >= data.length) return controller.close();
				const end = Math.min(at + 65_536, data.length, cutAt);
				controller.enqueue(data.slice(at, end));
				at = end;
			}
		});
		const headers: Record<string, string> = {};
		if (status === 206) headers['content-range'] = `bytes ${fault === 'wrong-range' ? 0 : start}-${body.length - 1}/${body.length}`;
		return new Response(stream, { status, headers });
	};
	return { files, bodies, faults, requests, fetch };
}

/** Cache Storage in memory; it also records the largest piece written at once to the download's cache. */
function createCaches() {
	const stores = new Map<string, Map<string, Uint8Array>>();
	let largestPut = 0;
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
					// A streamed body is read chunk by chunk, as the browser writes it to disk.
					const reader = res.body!.getReader();
					const chunks: Uint8Array[] = [];
					for (;;) {
						const { done, value } = await reader.read();
						if (done) break;
						if (name === CACHE_NAMES.incoming) largestPut = Math.max(largestPut, value.length);
						chunks.push(value);
					}
					store.set(pathOf(url), Buffer.concat(chunks));
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
	return { caches, stores, urls, largestPut: () => largestPut };
}

const noWait = async () => {};
const fresh = { stored: new Set<string>(), incoming: new Set<string>() };
const MB = 1_048_576;

function run(site: ReturnType<typeof createSite>, caches: CacheStorageLike, onProgress?: (p: DownloadProgress) => void) {
	const incoming = new Set<string>();
	return downloadPack(
		planDownload(provincePack, site.files, { ...fresh, incoming }),
		{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
		{ signal: new AbortController().signal, onProgress }
	);
}

describe('large files: resumed by byte range, hashed as they arrive', () => {
	it('names parts so that they sort by offset and are told apart from whole files', () => {
		expect(partUrl('/content/basemap/a.pmtiles', 262_144)).toBe('/content/basemap/a.pmtiles.part-000000262144');
		expect(partOf('/content/basemap/a.pmtiles.part-000000262144')).toEqual({ url: '/content/basemap/a.pmtiles', offset: 262_144 });
		expect(partOf('/content/basemap/a.pmtiles')).toBeNull();
	});

	it('resumes a cut file from its last stored byte with a Range request, and stores it whole and verified', async () => {
		const site = createSite([3 * MB + 1234]);
		const file = site.files[0]!;
		site.faults.set(file.url, [{ cutAt: 1_500_000 }]);
		const { caches, stores, urls, largestPut } = createCaches();
		const outcome = await run(site, caches);
		expect(outcome.status).toBe('complete');
		// The bytes before the cut were kept: the second request starts where they end.
		expect(site.requests.map((r) => r.range)).toEqual([null, 'bytes=1500000-']);
		expect(createHash('sha256').update(stores.get(CACHE_NAMES.media)!.get(file.url)!).digest('hex')).toBe(file.sha256);
		expect(urls(CACHE_NAMES.incoming)).toEqual([]);
		// Never the whole file in one piece: parts of at most PART_BYTES plus one network chunk.
		expect(largestPut()).toBeLessThan(PART_BYTES + 65_536);
	});

	it('keeps the parts when the connection stays down, and a later download (a reload) asks only for the rest', async () => {
		const site = createSite([2 * MB]);
		const file = site.files[0]!;
		site.faults.set(file.url, [{ cutAt: 700_000 }, { cutAt: 300_000 }, { cutAt: 0 }]);
		const { caches, stores, urls } = createCaches();
		const first = await run(site, caches);
		expect(first).toMatchObject({ status: 'failed', reason: 'network', url: file.url });
		expect(site.requests.map((r) => r.range)).toEqual([null, 'bytes=700000-', 'bytes=1000000-']);
		expect(urls(CACHE_NAMES.incoming).every((u) => partOf(u)?.url === file.url)).toBe(true);

		site.requests.length = 0;
		const progress: DownloadProgress[] = [];
		const second = await run(site, caches, (p) => progress.push(p));
		expect(second.status).toBe('complete');
		expect(site.requests.map((r) => r.range)).toEqual(['bytes=1000000-']);
		expect(progress[1]?.bytesDone).toBe(1_000_000);
		expect(Buffer.from(stores.get(CACHE_NAMES.media)!.get(file.url)!).equals(Buffer.from(site.bodies.get(file.url)!))).toBe(true);
	});

	it('a damaged large file is fetched again from its first byte, and never stored', async () => {
		const site = createSite([RANGE_THRESHOLD + 10]);
		const file = site.files[0]!;
		site.faults.set(file.url, [{ cutAt: 400_000 }, 'corrupt']);
		const { caches, stores } = createCaches();
		const outcome = await run(site, caches);
		expect(outcome.status).toBe('complete');
		expect(site.requests.map((r) => r.range)).toEqual([null, 'bytes=400000-', null]);
		expect(createHash('sha256').update(stores.get(CACHE_NAMES.media)!.get(file.url)!).digest('hex')).toBe(file.sha256);
	});

	it('starts again from the first byte when the server ignores the range or answers another one', async () => {
		for (const fault of ['ignore-range', 'wrong-range'] as const) {
			const site = createSite([RANGE_THRESHOLD + 500_000]);
			const file = site.files[0]!;
			site.faults.set(file.url, [{ cutAt: 600_000 }, fault]);
			const { caches, stores } = createCaches();
			const outcome = await run(site, caches);
			expect(outcome.status, fault).toBe('complete');
			expect(createHash('sha256').update(stores.get(CACHE_NAMES.media)!.get(file.url)!).digest('hex')).toBe(file.sha256);
		}
	});

	it('at 10 random cut points, always ends with the whole verified file', async () => {
		let seed = 11;
		const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0), seed / 2 ** 32);
		for (let i = 0; i < 10; i++) {
			const size = RANGE_THRESHOLD + Math.floor(random() * 2 * MB);
			const site = createSite([size]);
			const file = site.files[0]!;
			site.faults.set(file.url, [{ cutAt: Math.floor(random() * size) }, { cutAt: Math.floor(random() * 300_000) }]);
			const { caches, stores, urls } = createCaches();
			const outcome = await run(site, caches);
			expect(outcome.status).toBe('complete');
			expect(createHash('sha256').update(stores.get(CACHE_NAMES.media)!.get(file.url)!).digest('hex')).toBe(file.sha256);
			expect(urls(CACHE_NAMES.incoming)).toEqual([]);
		}
	});

	it('cancel removes the parts too', async () => {
		const site = createSite([2 * MB]);
		const { caches, urls } = createCaches();
		const controller = new AbortController();
		const outcome = await downloadPack(
			planDownload(provincePack, site.files, fresh),
			{ fetch: site.fetch, caches, sha256: sha256Hex, wait: noWait },
			{ signal: controller.signal, onProgress: (p) => (p.bytesDone > MB ? controller.abort() : undefined) }
		);
		expect(outcome).toEqual({ status: 'cancelled' });
		expect(urls(CACHE_NAMES.incoming)).toEqual([]);
		expect(urls(CACHE_NAMES.media)).toEqual([]);
	});

	it('a download of another pack clears parts of files it does not need, and keeps its own', async () => {
		const site = createSite([2 * MB]);
		const { caches, stores, urls } = createCaches();
		const incoming = await caches.open(CACHE_NAMES.incoming);
		await incoming.put(partUrl('/content/basemap/other.pmtiles', 0), new Response(new Uint8Array(10)));
		await incoming.put(partUrl(site.files[0]!.url, 0), new Response(site.bodies.get(site.files[0]!.url)!.slice(0, 5000)));
		const outcome = await run(site, caches);
		expect(outcome.status).toBe('complete');
		expect(site.requests.map((r) => r.range)).toEqual(['bytes=5000-']);
		expect(urls(CACHE_NAMES.incoming)).toEqual([]);
		expect(stores.get(CACHE_NAMES.media)!.get(site.files[0]!.url)!.length).toBe(2 * MB);
	});
});
