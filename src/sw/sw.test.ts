/**
 * The worker's activation, run in a stand-in service worker scope: the one piece of sw.ts wiring
 * that decides whether page loads reach the cache when the server refuses the connection.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: { waitUntil: (p: Promise<unknown>) => void }) => void;

/** A registration that an earlier build left with navigation preload on. */
function fakeScope() {
	const state = { preload: true };
	const listeners = new Map<string, Listener[]>();
	const caches = { keys: async () => [], open: async () => ({ keys: async () => [], put: async () => {} }), delete: async () => true };
	const scope = {
		__WB_MANIFEST: [{ url: '/shell.html', revision: '1' }],
		location: new URL('https://guide.example/sw.js'),
		registration: {
			scope: 'https://guide.example/',
			navigationPreload: {
				enable: async () => void (state.preload = true),
				disable: async () => void (state.preload = false)
			}
		},
		clients: { claim: async () => {}, matchAll: async () => [] },
		addEventListener: (type: string, fn: Listener) => listeners.set(type, [...(listeners.get(type) ?? []), fn]),
		removeEventListener: () => {},
		caches
	};
	return { scope, caches, state, listeners };
}

async function activate(listeners: Map<string, Listener[]>): Promise<void> {
	const work: Promise<unknown>[] = [];
	for (const fn of listeners.get('activate') ?? []) fn({ waitUntil: (p) => work.push(p) });
	await Promise.all(work);
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

describe('activating the service worker', () => {
	it('turns navigation preload off, so a refused page load is answered from the cache in Firefox too', async () => {
		const { scope, caches, state, listeners } = fakeScope();
		vi.stubGlobal('self', scope);
		vi.stubGlobal('caches', caches);
		vi.stubGlobal('location', scope.location);
		await import('./sw');
		expect(state.preload).toBe(true);
		await activate(listeners);
		expect(state.preload).toBe(false);
	});
});
