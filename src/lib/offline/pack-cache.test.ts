import { describe, expect, it } from 'vitest';
import { CACHE_NAMES } from '$shared/cache-names';
import type { CacheLike, CacheStorageLike } from './downloader';
import { deletePackFiles, readPackFile, storedPaths } from './pack-cache';

/** Cache Storage with one cache per name, keyed by full URL as the browser's is. */
function createCaches(files: Record<string, Record<string, string>>): CacheStorageLike {
	const full = (url: string) => new URL(url, 'https://guide.example').href;
	const stores = new Map(Object.entries(files).map(([name, f]) => [name, new Map(Object.entries(f).map(([p, body]) => [full(p), body]))]));
	return {
		async open(name) {
			const entries = stores.get(name) ?? new Map<string, string>();
			stores.set(name, entries);
			const cache: CacheLike = {
				match: async (url) => {
					const body = entries.get(full(url));
					return body === undefined ? undefined : new Response(body);
				},
				put: async () => {},
				delete: async (url) => entries.delete(full(url)),
				keys: async () => [...entries.keys()].map((url) => ({ url }))
			};
			return cache;
		}
	};
}

describe('the packs’ Cache Storage', () => {
	it('reads a stored pack file, and nothing for a file no pack stored', async () => {
		const caches = createCaches({ [CACHE_NAMES.media]: { '/content/basemap/detail.pmtiles': 'tiles' } });
		expect(await (await readPackFile(caches, '/content/basemap/detail.pmtiles'))?.text()).toBe('tiles');
		expect(await readPackFile(caches, '/content/basemap/other.pmtiles')).toBeUndefined();
	});

	it('reads only the packs’ own cache: a file in another cache is not a stored pack file', async () => {
		const caches = createCaches({ [CACHE_NAMES.incoming]: { '/content/basemap/detail.pmtiles': 'half-verified' } });
		expect(await readPackFile(caches, '/content/basemap/detail.pmtiles')).toBeUndefined();
	});

	it('gives nothing, without throwing, where there is no Cache Storage or it fails', async () => {
		expect(await readPackFile(undefined, '/a.pmtiles')).toBeUndefined();
		const broken: CacheStorageLike = { open: () => Promise.reject(new DOMException('denied', 'SecurityError')) };
		expect(await readPackFile(broken, '/a.pmtiles')).toBeUndefined();
	});

	it('lists stored files by site path and deletes the ones asked', async () => {
		const caches = createCaches({ [CACHE_NAMES.media]: { '/content/media/a.jpg': 'a', '/content/media/b.jpg': 'b' } });
		expect([...(await storedPaths(caches, CACHE_NAMES.media))]).toEqual(['/content/media/a.jpg', '/content/media/b.jpg']);
		await deletePackFiles(caches, ['/content/media/a.jpg']);
		expect([...(await storedPaths(caches, CACHE_NAMES.media))]).toEqual(['/content/media/b.jpg']);
	});
});
