/**
 * The content bundle of the current language. Bundles are fetched once per language and kept,
 * so switching back and forth is instant (and the service worker keeps them offline).
 * A prerendered place page, route page or home starts from the slice of the bundle it names
 * (`usePartial`, see domain/content/page-slice.ts); `complete()` swaps in the whole bundle.
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
	/** The path of the page whose slice `bundle` is (null: the whole bundle or none); that page needs nothing more. */
	#partialPath = $state<string | null>(null);

	/** True while `bundle` is only the slice of a prerendered page. */
	get partial(): boolean {
		return this.#partialPath !== null;
	}
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
		this.#partialPath = null;
	}

	/**
	 * The slice of the bundle a prerendered page names (tools/prerender-slice.ts), or null when it cannot be
	 * had (offline before it was stored, the file gone, not a slice of `lang`): the page then starts from the whole
	 * bundle. Not made current (`usePartial`). With `waitMs`, a slice that has not come by then is given up
	 * (a connection that hangs, on a mountain pass, while the whole bundle is at hand in the offline store).
	 */
	async pageSlice(url: string, lang: Lang, waitMs?: number): Promise<Bundle | null> {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const giveUp = new Promise<null>((resolve) => {
			if (waitMs !== undefined) timer = setTimeout(() => resolve(null), waitMs);
		});
		const read = this.#fetchJson(url).then(
			(value) => {
				const slice = value as Partial<Bundle> | null;
				return slice?.lang === lang && Array.isArray(slice.places) ? (slice as Bundle) : null;
			},
			() => null
		);
		try {
			return await Promise.race([read, giveUp]);
		} finally {
			clearTimeout(timer);
		}
	}

	/** Uses the slice of a bundle the prerendered page at `path` carries, until `complete()` replaces it. */
	usePartial(slice: Bundle, path: string): void {
		this.bundle = slice;
		this.#partialPath = path;
	}

	/**
	 * Whether the page at `path` needs the whole bundle that is not current yet: any page but the one the slice
	 * was made for. The home stays on its slice while the visitor filters, pages through its list or moves the
	 * map (its query changes, not its path).
	 */
	waitsFor(path: string): boolean {
		return this.partial && path !== this.#partialPath;
	}

	/** The whole bundle of the current language, made current if only a slice was. */
	async complete(): Promise<Bundle | null> {
		const current = this.bundle;
		if (!current || !this.partial) return current;
		const full = await this.get(current.lang);
		// The visitor may have switched language meanwhile: only replace the slice it came for.
		if (this.bundle === current) this.use(full);
		return full;
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
