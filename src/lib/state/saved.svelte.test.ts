import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { parseImport } from '$lib/domain/saved/parse-import';
import type { SavedStores, StoreResult } from '$lib/domain/saved/ports';
import type { SavedPlace, Visit } from '$lib/domain/saved/types';
import { SavedState } from './saved.svelte';

const AT = '2026-03-05T10:00:00.000+07:00';
const savedPlace = (placeId: string, savedAt = AT): SavedPlace => ({ placeId, savedAt });
const visit = (placeId: string, visitedAt = AT): Visit => ({ placeId, visitedAt });
const KNOWN = () => new Set(['ban-gioc', 'pac-bo', 'thang-hen']);

/**
 * In-memory stores. `failing` names operations to fail (`saved.add`, `visits.list`, `replaceAll`…)
 * with a quota error; `hold()` keeps every operation pending until its release is called.
 */
function createFakeStores(initial: { saved?: SavedPlace[]; visits?: Visit[] } = {}) {
	const data = {
		saved: new Map((initial.saved ?? []).map((s) => [s.placeId, s])),
		visits: new Map((initial.visits ?? []).map((v) => [v.placeId, v]))
	};
	const failing = new Set<string>();
	const calls: string[] = [];
	let gate: Promise<void> = Promise.resolve();

	const run = async <T>(name: string, op: () => T): Promise<StoreResult<T>> => {
		calls.push(name);
		await gate;
		if (failing.has(name)) return { ok: false, error: { code: 'quota', detail: 'fake' } };
		return { ok: true, value: op() };
	};
	const store = <T extends { placeId: string }>(prefix: string, map: Map<string, T>) => ({
		list: () => run(`${prefix}.list`, () => [...map.values()]),
		add: (entry: T) => run(`${prefix}.add`, () => void map.set(entry.placeId, entry)),
		remove: (id: string) => run(`${prefix}.remove`, () => void map.delete(id)),
		has: (id: string) => run(`${prefix}.has`, () => map.has(id)),
		replaceAll: (entries: T[]) =>
			run(`${prefix}.replaceAll`, () => {
				map.clear();
				for (const e of entries) map.set(e.placeId, e);
			})
	});
	const stores: SavedStores = {
		saved: store('saved', data.saved),
		visits: store('visits', data.visits),
		replaceAll: (next) =>
			run('replaceAll', () => {
				data.saved.clear();
				data.visits.clear();
				for (const s of next.saved) data.saved.set(s.placeId, s);
				for (const v of next.visits) data.visits.set(v.placeId, v);
			})
	};
	const hold = () => {
		let release = () => {};
		gate = new Promise((resolve) => (release = resolve));
		return () => {
			gate = Promise.resolve();
			release();
		};
	};
	return { stores, data, failing, calls, hold };
}

async function createLoadedState(initial: { saved?: SavedPlace[]; visits?: Visit[] } = {}) {
	const fake = createFakeStores(initial);
	const state = new SavedState(fake.stores);
	await state.load();
	return { state, ...fake };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SavedState: loading', () => {
	it('loads when a component first shows saved places, and not before', async () => {
		const fake = createFakeStores({ saved: [savedPlace('ban-gioc')] });
		const state = new SavedState(fake.stores);
		expect(state.isSaved('ban-gioc')).toBe(false);
		expect(fake.calls).toEqual([]);
		const shown: boolean[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				shown.push(state.isSaved('ban-gioc'));
			});
		});
		flushSync();
		await settle();
		flushSync();
		expect(fake.calls).toEqual(['saved.list', 'visits.list']);
		expect(shown).toEqual([false, true]);
		stop();
	});

	it('reads saved places and visits from the stores', async () => {
		const { state } = await createLoadedState({ saved: [savedPlace('ban-gioc')], visits: [visit('pac-bo')] });
		expect(state.status).toBe('ready');
		expect(state.isSaved('ban-gioc')).toBe(true);
		expect(state.isSaved('pac-bo')).toBe(false);
		expect(state.visitOf('pac-bo')).toEqual(visit('pac-bo'));
		expect(state.visitOf('ban-gioc')).toBeNull();
	});

	it('reads only once, however many components ask', async () => {
		const fake = createFakeStores();
		const state = new SavedState(fake.stores);
		await Promise.all([state.load(), state.load()]);
		await state.load();
		expect(fake.calls.filter((c) => c === 'saved.list')).toHaveLength(1);
	});

	it('reports a failed read, and tries again on the next load', async () => {
		const fake = createFakeStores({ saved: [savedPlace('ban-gioc')] });
		fake.failing.add('visits.list');
		const state = new SavedState(fake.stores);
		await state.load();
		expect(state.status).toBe('failed');
		expect(state.error).toEqual({ code: 'quota', detail: 'fake' });
		fake.failing.clear();
		await state.load();
		expect(state.status).toBe('ready');
		expect(state.isSaved('ban-gioc')).toBe(true);
	});

	it('creates its stores only when first used, so a server render touches no storage', async () => {
		const fake = createFakeStores();
		const create = vi.fn(() => fake.stores);
		const state = new SavedState(create);
		expect(state.isSaved('ban-gioc')).toBe(false);
		expect(state.exportJson(new Date(2026, 2, 5))).toContain('caobang-guide-export');
		expect(create).not.toHaveBeenCalled();
		await state.load();
		expect(create).toHaveBeenCalledTimes(1);
	});

	it('lists saved places newest first and visits oldest first', async () => {
		const { state } = await createLoadedState({
			saved: [savedPlace('ban-gioc', '2026-03-01T10:00:00+07:00'), savedPlace('pac-bo', '2026-03-03T10:00:00+07:00')],
			visits: [visit('thang-hen', '2026-03-04T10:00:00+07:00'), visit('pac-bo', '2026-03-02T10:00:00+07:00')]
		});
		expect(state.savedList.map((s) => s.placeId)).toEqual(['pac-bo', 'ban-gioc']);
		expect(state.visitList.map((v) => v.placeId)).toEqual(['pac-bo', 'thang-hen']);
	});
});

describe('SavedState: saving', () => {
	it('saves a place, dated now, and forgets it on the second toggle', async () => {
		const { state, data } = await createLoadedState();
		const now = new Date(2026, 2, 5, 9, 30);
		expect(await state.toggleSaved('ban-gioc', now)).toBe(true);
		expect(state.isSaved('ban-gioc')).toBe(true);
		expect(new Date(data.saved.get('ban-gioc')?.savedAt ?? '').getTime()).toBe(now.getTime());
		expect(state.savedList.map((s) => s.placeId)).toEqual(['ban-gioc']);
		expect(await state.toggleSaved('ban-gioc')).toBe(true);
		expect(state.isSaved('ban-gioc')).toBe(false);
		expect(data.saved.size).toBe(0);
	});

	it('shows the change before storage has answered', async () => {
		const { state, hold } = await createLoadedState();
		const release = hold();
		const done = state.toggleSaved('ban-gioc');
		await settle();
		expect(state.isSaved('ban-gioc')).toBe(true);
		release();
		expect(await done).toBe(true);
	});

	it('undoes a save that storage refused, and says why', async () => {
		const { state, failing, hold } = await createLoadedState();
		failing.add('saved.add');
		const release = hold();
		const done = state.toggleSaved('ban-gioc');
		await settle();
		expect(state.isSaved('ban-gioc')).toBe(true);
		release();
		expect(await done).toBe(false);
		expect(state.isSaved('ban-gioc')).toBe(false);
		expect(state.error?.code).toBe('quota');
	});

	it('puts back a place whose removal storage refused, with its first date', async () => {
		const { state, failing } = await createLoadedState({ saved: [savedPlace('ban-gioc', '2026-03-01T10:00:00+07:00')] });
		failing.add('saved.remove');
		expect(await state.toggleSaved('ban-gioc')).toBe(false);
		expect(state.saved.get('ban-gioc')).toEqual(savedPlace('ban-gioc', '2026-03-01T10:00:00+07:00'));
	});

	it('clears the error once storage works again', async () => {
		const { state, failing } = await createLoadedState();
		failing.add('saved.add');
		await state.toggleSaved('ban-gioc');
		expect(state.error).not.toBeNull();
		failing.clear();
		await state.toggleSaved('ban-gioc');
		expect(state.error).toBeNull();
	});

	it('waits for the first load before changing anything', async () => {
		const fake = createFakeStores({ saved: [savedPlace('ban-gioc')] });
		const state = new SavedState(fake.stores);
		// Toggling before load: the place is saved in storage, so the toggle forgets it.
		await state.toggleSaved('ban-gioc');
		expect(state.isSaved('ban-gioc')).toBe(false);
		expect(fake.data.saved.size).toBe(0);
	});

	it('lets the user dismiss an error', async () => {
		const { state, failing } = await createLoadedState();
		failing.add('saved.add');
		await state.toggleSaved('ban-gioc');
		state.dismissError();
		expect(state.error).toBeNull();
	});
});

describe('SavedState: visits', () => {
	it('stamps a place with the date given, and moves the date when stamped again', async () => {
		const { state, data } = await createLoadedState();
		const first = new Date(2026, 2, 5, 9, 30);
		const second = new Date(2026, 2, 7, 16, 0);
		expect(await state.markVisited('pac-bo', first)).toBe(true);
		expect(new Date(state.visitOf('pac-bo')?.visitedAt ?? '').getTime()).toBe(first.getTime());
		await state.markVisited('pac-bo', second);
		expect(new Date(data.visits.get('pac-bo')?.visitedAt ?? '').getTime()).toBe(second.getTime());
	});

	it('removes a stamp, and removing a missing one is fine', async () => {
		const { state, data } = await createLoadedState({ visits: [visit('pac-bo')] });
		expect(await state.unmarkVisited('pac-bo')).toBe(true);
		expect(state.visitOf('pac-bo')).toBeNull();
		expect(data.visits.size).toBe(0);
		expect(await state.unmarkVisited('never-visited')).toBe(true);
	});

	it('puts the earlier stamp back when storage refuses a new one', async () => {
		const { state, failing } = await createLoadedState({ visits: [visit('pac-bo', '2026-03-01T10:00:00+07:00')] });
		failing.add('visits.add');
		expect(await state.markVisited('pac-bo', new Date(2026, 2, 9))).toBe(false);
		expect(state.visitOf('pac-bo')).toEqual(visit('pac-bo', '2026-03-01T10:00:00+07:00'));
		expect(state.error?.code).toBe('quota');
	});

	it('removes a first stamp that storage refused', async () => {
		const { state, failing } = await createLoadedState();
		failing.add('visits.add');
		await state.markVisited('pac-bo', new Date());
		expect(state.visitOf('pac-bo')).toBeNull();
	});

	it('puts a stamp back when storage refuses to remove it', async () => {
		const { state, failing } = await createLoadedState({ visits: [visit('pac-bo')] });
		failing.add('visits.remove');
		expect(await state.unmarkVisited('pac-bo')).toBe(false);
		expect(state.visitOf('pac-bo')).toEqual(visit('pac-bo'));
	});
});

describe('SavedState: export and import', () => {
	it('exports what is loaded, in a file parseImport reads back', async () => {
		const { state } = await createLoadedState({ saved: [savedPlace('ban-gioc')], visits: [visit('pac-bo')] });
		const result = parseImport(state.exportJson(new Date(2026, 2, 8)), KNOWN());
		expect(result.ok && result.data).toMatchObject({ saved: [savedPlace('ban-gioc')], visits: [visit('pac-bo')], skipped: [] });
	});

	it('imports a file into an empty state: a round trip between two devices', async () => {
		const phone = await createLoadedState({ saved: [savedPlace('ban-gioc'), savedPlace('gone-place')], visits: [visit('pac-bo')] });
		const tablet = await createLoadedState();
		const outcome = await tablet.state.importJson(phone.state.exportJson(new Date()), KNOWN());
		expect(outcome.ok && outcome.data.skipped).toEqual(['gone-place']);
		expect(tablet.state.isSaved('ban-gioc')).toBe(true);
		expect(tablet.state.visitOf('pac-bo')).toEqual(visit('pac-bo'));
		expect([...tablet.data.saved.keys()]).toEqual(['ban-gioc']);
	});

	it('replaces what was there before', async () => {
		const { state, data } = await createLoadedState({ saved: [savedPlace('thang-hen')], visits: [visit('thang-hen')] });
		const other = await createLoadedState({ saved: [savedPlace('ban-gioc')] });
		await state.importJson(other.state.exportJson(new Date()), KNOWN());
		expect([...state.saved.keys()]).toEqual(['ban-gioc']);
		expect(state.visits.size).toBe(0);
		expect([...data.saved.keys()]).toEqual(['ban-gioc']);
	});

	it('changes nothing and writes nothing when the file is refused', async () => {
		const { state, calls } = await createLoadedState({ saved: [savedPlace('thang-hen')] });
		const outcome = await state.importJson('{"hello": "world"}', KNOWN());
		expect(outcome).toEqual({ ok: false, error: { code: 'foreign-file' } });
		expect(state.isSaved('thang-hen')).toBe(true);
		expect(calls.filter((c) => c.includes('replaceAll'))).toEqual([]);
	});

	it('changes nothing when storage refuses the import, and says why', async () => {
		const { state, failing } = await createLoadedState({ saved: [savedPlace('thang-hen')] });
		const file = (await createLoadedState({ saved: [savedPlace('ban-gioc')] })).state.exportJson(new Date());
		failing.add('replaceAll');
		const outcome = await state.importJson(file, KNOWN());
		expect(outcome).toEqual({ ok: false, error: { code: 'storage', cause: { code: 'quota', detail: 'fake' } } });
		expect([...state.saved.keys()]).toEqual(['thang-hen']);
		expect(state.error?.code).toBe('quota');
	});
});
