/**
 * The operator's itineraries as app state: the saved list, and every change to one of them,
 * saved as it is made. Edits are pure functions from domain/itinerary/edit.ts; this class only
 * applies them, keeps writes to one itinerary in order, and reports storage failures without
 * dropping what was typed (the edit stays on screen and is written again with the next one).
 */
import { normalizeItinerary } from '$lib/domain/itinerary/normalize';
import type { ItineraryStore, SavedItinerary } from '$lib/domain/itinerary/ports';
import type { Itinerary } from '$lib/domain/itinerary/types';
import type { StorageError } from '$lib/domain/saved/ports';
import { compareText } from '$lib/domain/format/compare';

export type ItinerariesDeps = { now?: () => Date; newId?: () => string };

const randomId = () =>
	typeof crypto !== 'undefined' && 'randomUUID' in crypto
		? crypto.randomUUID()
		: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Same trip, whatever its local id and dates: used to avoid saving a shared link twice. */
const sameTrip = (a: Itinerary, b: Itinerary) => JSON.stringify(normalizeItinerary(a)) === JSON.stringify(normalizeItinerary(b));

export class ItinerariesState {
	/** Newest change first. */
	list = $state.raw<SavedItinerary[]>([]);
	loaded = $state(false);
	error = $state.raw<StorageError | null>(null);

	readonly #store: ItineraryStore;
	readonly #now: () => Date;
	readonly #newId: () => string;
	#loading: Promise<void> | null = null;
	/** The last write of each itinerary, so writes land in the order they were made. */
	readonly #writes = new Map<string, Promise<unknown>>();

	constructor(store: ItineraryStore, deps: ItinerariesDeps = {}) {
		this.#store = store;
		this.#now = deps.now ?? (() => new Date());
		this.#newId = deps.newId ?? randomId;
	}

	/** Loads the list once (again after a failure). */
	load(): Promise<void> {
		this.#loading ??= this.#store.list().then((result) => {
			if (result.ok) {
				this.list = sortNewest(result.value);
				// A failure to open (another tab blocking the upgrade) is over once a load succeeds.
				if (this.error?.code === 'blocked') this.error = null;
			} else {
				this.error = result.error;
				// The next call tries again (e.g. once the blocking tab has closed).
				this.#loading = null;
			}
			this.loaded = true;
		});
		return this.#loading;
	}

	find(id: string): SavedItinerary | undefined {
		return this.list.find((s) => s.id === id);
	}

	/** Saves a new itinerary and gives its id (also when writing failed: it stays in the list). */
	async create(itinerary: Itinerary): Promise<string> {
		await this.load();
		const at = this.#now().toISOString();
		const saved: SavedItinerary = { id: this.#newId(), createdAt: at, updatedAt: at, itinerary: normalizeItinerary(itinerary) };
		this.list = [saved, ...this.list];
		await this.#write(saved);
		return saved.id;
	}

	/**
	 * Keeps a trip opened from a link. Never overwrites: an identical saved trip is reused
	 * (`existed: true`), anything else is saved as a new one.
	 */
	async keep(itinerary: Itinerary): Promise<{ id: string; existed: boolean }> {
		await this.load();
		const same = this.list.find((s) => sameTrip(s.itinerary, itinerary));
		if (same) return { id: same.id, existed: true };
		return { id: await this.create(itinerary), existed: false };
	}

	/** Applies an edit (a pure function) and saves the result. */
	async update(id: string, change: (it: Itinerary) => Itinerary): Promise<void> {
		const current = this.find(id);
		if (!current) return;
		const next = change(current.itinerary);
		if (next === current.itinerary) return;
		const saved: SavedItinerary = { ...current, itinerary: next, updatedAt: this.#now().toISOString() };
		this.list = sortNewest(this.list.map((s) => (s.id === id ? saved : s)));
		await this.#write(saved);
	}

	async duplicate(id: string, title: (old: string) => string): Promise<string | null> {
		const current = this.find(id);
		if (!current) return null;
		return this.create({ ...current.itinerary, title: title(current.itinerary.title) });
	}

	async remove(id: string): Promise<void> {
		const before = this.list;
		this.list = this.list.filter((s) => s.id !== id);
		await this.#writes.get(id);
		const result = await this.#store.remove(id);
		if (!result.ok) {
			this.list = before;
			this.error = result.error;
		}
	}

	dismissError(): void {
		this.error = null;
	}

	#write(saved: SavedItinerary): Promise<void> {
		const previous = this.#writes.get(saved.id) ?? Promise.resolve();
		const write = previous.then(async () => {
			// Write the newest state of this itinerary, not necessarily `saved`: a later edit may have come.
			const latest = this.find(saved.id);
			if (!latest) return; // removed meanwhile
			const result = await this.#store.put(latest);
			this.error = result.ok ? null : result.error;
		});
		this.#writes.set(saved.id, write);
		return write;
	}
}

function sortNewest(list: readonly SavedItinerary[]): SavedItinerary[] {
	return [...list].sort((a, b) => compareText(b.updatedAt, a.updatedAt));
}
