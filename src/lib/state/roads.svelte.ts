/**
 * Road distances and drive times between any two located places or services, offline: the road file of the content
 * build (src/lib/domain/roads/roads-file.ts, precached with the app) is fetched on first use, so pages that never ask
 * never pay for it. `reader` is null until it has loaded; a failure is kept in `error`, never thrown, and the next
 * read tries again. Route pages do not need this: their legs come with the content bundle.
 */
import { createSubscriber } from 'svelte/reactivity';
import type { RoadBetween, RoadReader } from '$lib/domain/roads/road-reader';
import { whenIdle } from '$shared/idle';

export type FetchText = (url: string) => Promise<string>;

const defaultFetch: FetchText = async (url) => {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
	return res.text();
};

export class RoadsState {
	#reader = $state.raw<RoadReader | null>(null);
	error = $state<string | null>(null);
	#loading: Promise<void> | null = null;
	readonly #url: string | undefined;
	readonly #fetchText: FetchText;

	// The first component that reads `reader` starts the load (never on the server), once the
	// browser is idle: the page it draws is usable first, and its 20 KB do not compete on a slow
	// link with the code the page needs to hydrate. A caller in a hurry calls ensureLoaded().
	readonly #subscribe = createSubscriber(() => {
		whenIdle(() => void this.ensureLoaded(), 2000);
	});

	/** `url` is the content manifest's `roads`; a build without road data has none. */
	constructor(url: string | undefined, fetchText: FetchText = defaultFetch) {
		this.#url = url;
		this.#fetchText = fetchText;
	}

	/** The road reader, or null while the file is not loaded (or could not be). */
	get reader(): RoadReader | null {
		this.#subscribe();
		return this.#reader;
	}

	ensureLoaded(): Promise<void> {
		const url = this.#url;
		if (!url) {
			this.error = 'this build has no road data';
			return Promise.resolve();
		}
		// The file's reader is its own chunk, fetched with the file: pages that never ask never load it.
		this.#loading ??= Promise.all([this.#fetchText(url), import('$lib/domain/roads/roads-file')])
			.then(([json, { readRoadsFile }]) => {
				this.#reader = readRoadsFile(json);
				this.error = null;
			})
			.catch((err: unknown) => {
				this.#loading = null;
				this.error = err instanceof Error ? err.message : String(err);
			});
		return this.#loading;
	}

	/** Road km and drive time between two entries, or null while loading or when no road joins them. */
	roadBetween(a: string, b: string): RoadBetween | null {
		return this.reader?.roadBetween(a, b) ?? null;
	}
}
