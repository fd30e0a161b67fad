/**
 * Search over the prebuilt index. The index and the search code (MiniSearch) are loaded on
 * first use (both are precached for offline use), so pages that never search never pay for them:
 * the first component that reads `results()` starts the load.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { SearchHit, SearchIndex } from '$lib/domain/search/search-index';
import { whenIdle } from '$shared/idle';

type SearchModule = typeof import('$lib/domain/search/search-index') & typeof import('$lib/domain/search/suggest');

export type FetchText = (url: string) => Promise<string>;

const defaultFetch: FetchText = async (url) => {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return res.text();
};

export class SearchState {
	index = $state.raw<SearchIndex | null>(null);
	#module: SearchModule | null = null;
	error = $state<string | null>(null);
	#loading: Promise<void> | null = null;
	readonly #url: string;
	readonly #fetchText: FetchText;

	// The first component that asks for results starts the load (never on the server).
	readonly #subscribe = createSubscriber(() => {
		void this.ensureLoaded();
	});

	constructor(url: string, fetchText: FetchText = defaultFetch) {
		this.#url = url;
		this.#fetchText = fetchText;
	}

	ensureLoaded(): Promise<void> {
		this.#loading ??= Promise.all([
			this.#fetchText(this.#url),
			import('$lib/domain/search/search-index'),
			import('$lib/domain/search/suggest')
		])
			.then(([json, module, suggestions]) => {
				this.#module = { ...module, ...suggestions };
				const index = module.loadSearchIndex(json);
				this.index = index;
				// Ready before the visitor types, if the page is idle first: otherwise the first keystroke builds it.
				whenIdle(() => module.nameLookupsOf(index));
			})
			.catch((err: unknown) => {
				this.#loading = null;
				this.error = err instanceof Error ? err.message : String(err);
			});
		return this.#loading;
	}

	/** Hits for a query, or null while the index is not loaded yet. */
	results(q: string, near?: { lat: number; lon: number }, limit = 30): SearchHit[] | null {
		this.#subscribe();
		if (!this.index || !this.#module) return null;
		return q.trim() ? this.#module.searchDocs(this.index, q, { limit, ...(near ? { near } : {}) }) : [];
	}

	/** Close spellings that do find something, for an empty result. */
	suggestions(q: string): string[] {
		return this.index && this.#module && q.trim() ? this.#module.suggest(this.index, q) : [];
	}
}
