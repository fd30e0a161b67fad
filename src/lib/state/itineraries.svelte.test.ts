import { describe, expect, it } from 'vitest';
import { ItinerariesState } from './itineraries.svelte';
import { addStop, itineraryFromCodes, updateDay } from '$lib/domain/itinerary/edit';
import type { ItineraryStore, SavedItinerary } from '$lib/domain/itinerary/ports';
import type { StoreResult } from '$lib/domain/saved/ports';

/** An in-memory store that can be told to fail, and records what was written. */
function createStore(initial: SavedItinerary[] = []) {
	const data = new Map(initial.map((s) => [s.id, structuredClone(s)]));
	const store = {
		failWith: null as null | 'quota',
		writes: [] as string[],
		data,
		async list(): Promise<StoreResult<SavedItinerary[]>> {
			return { ok: true, value: [...data.values()].map((s) => structuredClone(s)) };
		},
		async put(saved: SavedItinerary): Promise<StoreResult<void>> {
			await new Promise((r) => setTimeout(r, Math.random() * 5));
			if (store.failWith) return { ok: false, error: { code: store.failWith } };
			store.writes.push(saved.itinerary.days[0]?.title ?? '');
			data.set(saved.id, structuredClone(saved));
			return { ok: true, value: undefined };
		},
		async remove(id: string): Promise<StoreResult<void>> {
			if (store.failWith) return { ok: false, error: { code: store.failWith } };
			data.delete(id);
			return { ok: true, value: undefined };
		}
	} satisfies ItineraryStore & Record<string, unknown>;
	return store;
}

function createState(store = createStore()) {
	let n = 0;
	let t = Date.parse('2027-01-01T00:00:00Z');
	return new ItinerariesState(store, { newId: () => `id${++n}`, now: () => new Date((t += 1000)) });
}

describe('ItinerariesState', () => {
	it('saves every edit as it is made, and a new state finds it (as after a reload)', async () => {
		const store = createStore();
		const state = createState(store);
		const id = await state.create(itineraryFromCodes([1, 2], 'Ba ngày'));
		await state.update(id, (it) => addStop(it, 3));
		const again = createState(store);
		await again.load();
		expect(again.find(id)?.itinerary.days[0]?.stops.map((s) => s.code)).toEqual([1, 2, 3]);
	});

	it('writes quick successive edits in order, the last one winning', async () => {
		const store = createStore();
		const state = createState(store);
		const id = await state.create(itineraryFromCodes([1]));
		await Promise.all(['N', 'Ng', 'Ngà', 'Ngày 1'].map((title) => state.update(id, (it) => updateDay(it, 0, { title }))));
		expect(store.data.get(id)?.itinerary.days[0]?.title).toBe('Ngày 1');
	});

	it('keeps what was typed when the disk is full, says so, and saves it with the next edit', async () => {
		const store = createStore();
		const state = createState(store);
		const id = await state.create(itineraryFromCodes([1]));
		store.failWith = 'quota';
		await state.update(id, (it) => updateDay(it, 0, { title: 'Thác' }));
		expect(state.error).toEqual({ code: 'quota' });
		expect(state.find(id)?.itinerary.days[0]?.title).toBe('Thác');
		store.failWith = null;
		await state.update(id, (it) => updateDay(it, 0, { note: 'x' }));
		expect(state.error).toBeNull();
		expect(store.data.get(id)?.itinerary.days[0]).toMatchObject({ title: 'Thác', note: 'x' });
	});

	it('keeps a shared trip as a new itinerary, never over another, and not twice', async () => {
		const state = createState();
		const mine = await state.create(itineraryFromCodes([1], 'Của tôi'));
		const shared = itineraryFromCodes([7, 8], 'Của công ty');
		const first = await state.keep(shared);
		expect(first.existed).toBe(false);
		expect(first.id).not.toBe(mine);
		expect(await state.keep(structuredClone(shared))).toEqual({ id: first.id, existed: true });
		expect(state.list).toHaveLength(2);
	});

	it('lists the newest change first, duplicates and deletes', async () => {
		const store = createStore();
		const state = createState(store);
		const a = await state.create(itineraryFromCodes([1], 'A'));
		const b = await state.create(itineraryFromCodes([2], 'B'));
		await state.update(a, (it) => addStop(it, 5));
		expect(state.list.map((s) => s.itinerary.title)).toEqual(['A', 'B']);
		const copy = await state.duplicate(b, (t) => `${t} (copy)`);
		expect(state.find(copy!)?.itinerary.title).toBe('B (copy)');
		await state.remove(a);
		expect(state.list.map((s) => s.id)).toEqual([copy, b]);
		expect(store.data.has(a)).toBe(false);
	});

	it('puts a deleted itinerary back when the delete could not be written', async () => {
		const store = createStore();
		const state = createState(store);
		const a = await state.create(itineraryFromCodes([1], 'A'));
		store.failWith = 'quota';
		await state.remove(a);
		expect(state.find(a)).toBeDefined();
		expect(state.error?.code).toBe('quota');
	});
});
