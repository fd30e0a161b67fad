import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { SearchState } from './search.svelte';

describe('SearchState', () => {
	it('fetches the index when a component first asks for results, once, and not before', async () => {
		const asked: string[] = [];
		const search = new SearchState('/content/search.0123456789.json', (url) => {
			asked.push(url);
			return Promise.reject(new Error('offline'));
		});
		expect(search.results('ban gioc')).toBeNull();
		expect(asked).toEqual([]);
		const stop = $effect.root(() => {
			$effect(() => void search.results('ban gioc'));
			$effect(() => void search.results('pac bo'));
		});
		flushSync();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(asked).toEqual(['/content/search.0123456789.json']);
		expect(search.error).toBe('offline');
		stop();
	});
});
