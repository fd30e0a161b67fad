/**
 * 1,000 hostile import files (wrong type, huge, deeply nested, `__proto__` keys, duplicated ids,
 * future versions, markup, damaged copies) through the real import: the parser, `SavedState` and
 * the IndexedDB stores (fake-indexeddb). None may throw, every refusal has a code the screen puts
 * into words, a refused file changes nothing stored, and an accepted one stores each place once.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportErrorCode } from '$lib/domain/saved/parse-import';
import type { SavedPlace, Visit } from '$lib/domain/saved/types';
import { createSavedStores } from '$lib/storage/saved-stores';
import { SavedState } from './saved.svelte';
import { createHostileImportFile, IMPORT_FILE_KINDS } from '../../../tests/fixtures/hostile';

const KNOWN = ['ban-gioc', 'pac-bo', 'thang-hen', 'nguom-ngao', 'khuoi-ky'];
/** Every code the import screen has words for (ExportImport.svelte's IMPORT_ERRORS). */
const WORDED: readonly ImportErrorCode[] = ['not-json', 'foreign-file', 'newer-version', 'invalid', 'too-large'];

function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

async function contents(stores: ReturnType<typeof createSavedStores>) {
	const [saved, visits] = await Promise.all([stores.saved.list(), stores.visits.list()]);
	if (!saved.ok || !visits.ok) throw new Error('could not read the stores back');
	const byId = <T extends { placeId: string }>(a: T, b: T) => a.placeId.localeCompare(b.placeId);
	return { saved: [...saved.value].sort(byId), visits: [...visits.value].sort(byId) };
}

describe('importing hostile files', () => {
	it('1,000 files: no crash, a worded refusal, nothing stored changed by a refused file', async () => {
		const stores = createSavedStores('hostile-import-test');
		const before: { saved: SavedPlace[]; visits: Visit[] } = {
			saved: [{ placeId: 'ban-gioc', savedAt: '2026-01-02T09:00:00.000+07:00' }],
			visits: [{ placeId: 'pac-bo', visitedAt: '2026-01-03T09:00:00.000+07:00' }]
		};
		const state = new SavedState(stores);
		await state.load();
		expect(
			(
				await state.importJson(
					JSON.stringify({ format: 'caobang-guide-export', version: 1, exportedAt: before.saved[0]!.savedAt, ...before }),
					new Set(KNOWN)
				)
			).ok
		).toBe(true);
		const original = await contents(stores);
		expect(original).toEqual(before);
		const good = state.exportJson(new Date('2026-03-05T10:00:00+07:00'));
		const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

		const random = rng(31);
		const outcomes = new Map<string, number>();
		const slowest = new Map<string, number>();
		for (let i = 0; i < 1_000; i++) {
			const kind = IMPORT_FILE_KINDS[i % IMPORT_FILE_KINDS.length]!;
			const text = createHostileImportFile(kind, random, KNOWN, good);
			const started = performance.now();
			const outcome = await state.importJson(text, new Set(KNOWN));
			slowest.set(kind, Math.max(slowest.get(kind) ?? 0, Math.round(performance.now() - started)));
			const stored = await contents(stores);
			if (!outcome.ok) {
				expect(WORDED, `${kind}: ${JSON.stringify(outcome.error)}`).toContain(outcome.error.code);
				expect(stored, kind).toEqual(original);
				expect(state.saved.size).toBe(original.saved.length);
				outcomes.set(`${kind} → ${outcome.error.code}`, (outcomes.get(`${kind} → ${outcome.error.code}`) ?? 0) + 1);
				continue;
			}
			// Accepted: each known place once, nothing else, exactly what the state shows.
			outcomes.set(`${kind} → imported`, (outcomes.get(`${kind} → imported`) ?? 0) + 1);
			for (const list of [stored.saved, stored.visits]) {
				const ids = list.map((e) => e.placeId);
				expect(new Set(ids).size).toBe(ids.length);
				for (const id of ids) expect(KNOWN).toContain(id);
			}
			expect(stored.saved.length).toBe(state.saved.size);
			// Put the visitor's own data back for the next file.
			expect((await state.importJson(good, new Set(KNOWN))).ok).toBe(true);
			expect(await contents(stores)).toEqual(original);
		}
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		// Each kind met the refusal it is made for.
		for (const [kind, code] of [
			['huge', 'too-large'],
			['future-version', 'newer-version'],
			['deep-nesting', 'invalid'],
			['wrong-type', 'foreign-file'],
			['duplicate-ids', 'imported']
		] as const) {
			expect(outcomes.get(`${kind} → ${code}`), `${kind} → ${code}`).toBeGreaterThan(0);
		}
		console.log(
			`hostile imports: slowest ms by kind ${JSON.stringify(Object.fromEntries(slowest))}; ${JSON.stringify(Object.fromEntries(outcomes))}`
		);
	}, 300_000);
});
