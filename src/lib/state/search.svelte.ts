/**
 * Search over the prebuilt index. The index is fetched on first use (it is precached for
 * offline use), so pages that never search never pay for it.
 */
import { loadSearchIndex, searchDocs, suggest, type SearchHit, type SearchIndex } from '$lib/domain/search/search-index';

export type FetchText = (url: string) => Promise<string>;

const defaultFetch: FetchText = async (url) => {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return res.text();
};

export class SearchState {
	index = $state.raw<SearchIndex | null>(null);
	error = $state<string | null>(null);
	#loading: Promise<void> | null = null;
	readonly #url: string;
	readonly #fetchText: FetchText;

	constructor(url: string, fetchText: FetchText = defaultFetch) {
		this.#url = url;
		this.#fetchText = fetchText;
	}

	ensureLoaded(): Promise<void> {
		this.#loading ??= this.#fetchText(this.#url)
			.then((json) => {
				this.index = loadSearchIndex(json);
			})
			.catch((err: unknown) => {
				this.#loading = null;
				this.error = err instanceof Error ? err.message : String(err);
			});
		return this.#loading;
	}

	/** Hits for a query, or null while the index is not loaded yet. */
	results(q: string, near?: { lat: number; lon: number }, limit = 30): SearchHit[] | null {
		if (!this.index) return null;
		return q.trim() ? searchDocs(this.index, q, { limit, ...(near ? { near } : {}) }) : [];
	}

	/** Close spellings that do find something, for an empty result. */
	suggestions(q: string): string[] {
		return this.index && q.trim() ? suggest(this.index, q) : [];
	}
}
