/**
 * Repairing the worker's copy of the app after eviction: missing files come back, a file whose
 * content is another version's is never stored, and an unreachable server changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { missingItems, repairItems, type CacheOf, type PrecacheItem } from './repair';

/** MD5 of `<p>v1</p>` (`printf '<p>v1</p>' | md5sum`): the revision Workbox's build would give it. */
const V1_REVISION = 'e45ad6a68772904b4ec332505c272566';

function fakeCache(initial: Record<string, string> = {}): CacheOf & { entries: Map<string, string> } {
	const entries = new Map(Object.entries(initial));
	return {
		entries,
		match: async (key) => (entries.has(key) ? new Response(entries.get(key)) : undefined),
		put: async (key, res) => void entries.set(key, await res.text())
	};
}

const shell: PrecacheItem = {
	url: 'https://g.example/shell.html',
	cacheKey: 'https://g.example/shell.html?__WB_REVISION__=r',
	revision: V1_REVISION
};
const script: PrecacheItem = {
	url: 'https://g.example/assets/index-abc123.js',
	cacheKey: 'https://g.example/assets/index-abc123.js',
	revision: null
};
const server = (files: Record<string, string>) => async (url: string) =>
	url in files ? new Response(files[url], { status: 200, headers: { 'content-type': 'text/html' } }) : new Response('', { status: 404 });

describe('the precache repair', () => {
	it('lists the files the browser removed', async () => {
		const cache = fakeCache({ [script.cacheKey]: 'js' });
		expect(await missingItems(cache, [shell, script])).toEqual([shell]);
	});

	it('puts back this version’s files under Workbox’s keys', async () => {
		const cache = fakeCache();
		const result = await repairItems(cache, [shell, script], server({ [shell.url]: '<p>v1</p>', [script.url]: 'js' }));
		expect(result).toEqual({ missing: 0, newer: false });
		expect(cache.entries.get(shell.cacheKey)).toBe('<p>v1</p>');
		expect(cache.entries.get(script.cacheKey)).toBe('js');
	});

	it('never stores a newer version’s page under this version’s key, and says the server moved on', async () => {
		const cache = fakeCache();
		const result = await repairItems(cache, [shell, script], server({ [shell.url]: '<p>v2</p>', [script.url]: 'js' }));
		expect(result).toEqual({ missing: 1, newer: true });
		expect(cache.entries.has(shell.cacheKey)).toBe(false);
		expect(cache.entries.get(script.cacheKey)).toBe('js');
	});

	it('leaves files missing, and throws nothing, when the server cannot be reached or refuses', async () => {
		const cache = fakeCache();
		const offline = async () => {
			throw new TypeError('Failed to fetch');
		};
		expect(await repairItems(cache, [shell, script], offline)).toEqual({ missing: 2, newer: false });
		expect(await repairItems(cache, [shell, script], server({}))).toEqual({ missing: 2, newer: false });
		expect(cache.entries.size).toBe(0);
	});
});
