/**
 * The visitor's own data in the guide's IndexedDB database, for the fault tests: seeded with a
 * saved place, a visit and an itinerary, then read back to prove a fault lost none of it.
 * Runs in the page, through the raw IndexedDB API (the app's own code is what is under test).
 */
import { expect, type Page } from '@playwright/test';

export type GuideData = { saved: unknown[]; visits: unknown[]; itineraries: unknown[] };

const DB = 'caobang-guide';

/** Waits until the app has created its database (at its current version), then adds one of each. */
export async function seedGuideDb(page: Page): Promise<GuideData> {
	await expect
		.poll(() => page.evaluate(async (name) => (await indexedDB.databases()).find((d) => d.name === name)?.version ?? 0, DB))
		.toBeGreaterThanOrEqual(4);
	const data: GuideData = {
		saved: [{ placeId: 'ban-gioc-waterfall', savedAt: '2026-11-20T08:00:00.000+07:00' }],
		visits: [{ placeId: 'pac-bo-special-national-relic', visitedAt: '2026-11-21T09:30:00.000+07:00' }],
		itineraries: [
			{
				id: 'fault-test-trip',
				createdAt: '2026-11-19T20:00:00.000+07:00',
				updatedAt: '2026-11-19T20:05:00.000+07:00',
				itinerary: { title: 'Two days', operatorName: '', operatorPhone: '', days: [{ title: 'Day 1', note: '', stops: [] }] }
			}
		]
	};
	await page.evaluate(
		async ({ name, data }) => {
			const db = await new Promise<IDBDatabase>((ok, fail) => {
				const req = indexedDB.open(name);
				req.onsuccess = () => ok(req.result);
				req.onerror = () => fail(req.error);
			});
			const tx = db.transaction(['saved', 'visits', 'itineraries'], 'readwrite');
			for (const s of data.saved) tx.objectStore('saved').put(s);
			for (const v of data.visits) tx.objectStore('visits').put(v);
			for (const it of data.itineraries) tx.objectStore('itineraries').put(it);
			await new Promise<void>((ok, fail) => ((tx.oncomplete = () => ok()), (tx.onerror = () => fail(tx.error))));
			db.close();
		},
		{ name: DB, data }
	);
	return data;
}

/** Everything in the visitor's three stores. */
export async function readGuideDb(page: Page): Promise<GuideData> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase>((ok, fail) => {
			const req = indexedDB.open(name);
			req.onsuccess = () => ok(req.result);
			req.onerror = () => fail(req.error);
		});
		const all = (store: string) =>
			new Promise<unknown[]>((ok, fail) => {
				const req = db.transaction(store).objectStore(store).getAll();
				req.onsuccess = () => ok(req.result as unknown[]);
				req.onerror = () => fail(req.error);
			});
		const data = { saved: await all('saved'), visits: await all('visits'), itineraries: await all('itineraries') };
		db.close();
		return data;
	}, DB);
}
