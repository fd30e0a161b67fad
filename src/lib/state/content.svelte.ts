/**
 * The content bundle of the current language. Bundles are fetched once per language and kept,
 * so switching back and forth is instant (and the service worker keeps them offline).
 */
import type { Bundle, ContentManifest, Lang } from '$lib/domain/content/types';

export type FetchJson = (url: string) => Promise<unknown>;

const defaultFetch: FetchJson = async (url) => {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return res.json();
};

export class ContentState {
	bundle = $state.raw<Bundle | null>(null);
	error = $state<string | null>(null);
	// A plain cache, not state: only `bundle` drives the UI.
	readonly #cache = new Map<Lang, Bundle>();
	readonly #manifest: ContentManifest | null;
	readonly #fetchJson: FetchJson;

	constructor(manifest: ContentManifest | null, fetchJson: FetchJson = defaultFetch) {
		this.#manifest = manifest;
		this.#fetchJson = fetchJson;
	}

	/** Uses a bundle that is already at hand (server render). */
	use(bundle: Bundle): void {
		this.#cache.set(bundle.lang, bundle);
		this.bundle = bundle;
	}

	/** Fetches the bundle of `lang` (once), without making it current. */
	async get(lang: Lang): Promise<Bundle> {
		const cached = this.#cache.get(lang);
		if (cached) return cached;
		if (!this.#manifest) throw new Error('no content manifest');
		try {
			const bundle = (await this.#fetchJson(this.#manifest.bundles[lang])) as Bundle;
			this.#cache.set(lang, bundle);
			this.error = null;
			return bundle;
		} catch (err) {
			this.error = err instanceof Error ? err.message : String(err);
			throw err;
		}
	}
}
