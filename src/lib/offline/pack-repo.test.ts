import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { PackRecord } from '$lib/domain/offline/plan';
import { IdbPackStore } from './pack-repo';

const record = (id: PackRecord['id'], urls: string[]): PackRecord => ({
	id,
	status: 'ready',
	urls,
	bytes: 42,
	contentVersion: 'v1',
	completedAt: '2025-01-01T00:00:00.000Z'
});

describe('IdbPackStore', () => {
	it('keeps, lists, replaces and removes packs', async () => {
		const store = new IdbPackStore('test-a');
		expect(await store.list()).toEqual([]);
		await store.put(record('province', ['/a']));
		await store.put(record('route:east', ['/b']));
		await store.put(record('province', ['/a', '/c']));
		expect((await store.list()).map((r) => [r.id, r.urls])).toEqual([
			['province', ['/a', '/c']],
			['route:east', ['/b']]
		]);
		await store.remove('province');
		expect((await store.list()).map((r) => r.id)).toEqual(['route:east']);
	});
	it('keeps records across connections to the same database', async () => {
		await new IdbPackStore('test-b').put(record('route:west', ['/w']));
		expect(await new IdbPackStore('test-b').list()).toEqual([record('route:west', ['/w'])]);
	});
});
