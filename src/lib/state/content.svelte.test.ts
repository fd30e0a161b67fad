import { describe, expect, it } from 'vitest';
import { ContentState } from './content.svelte';
import { makeBundle, makePlace } from '../../../tests/fixtures/bundle';

const manifest = { version: 'v', bundles: { vi: '/content/vi.json', en: '/content/en.json' } } as never;
const fullEn = makeBundle({ places: [makePlace({ id: 'a' }), makePlace({ id: 'b' })] });
const fullVi = { ...fullEn, lang: 'vi' as const };
const sliceEn = makeBundle({ places: [makePlace({ id: 'a' })] });

function state() {
	const fetched: string[] = [];
	const content = new ContentState(manifest, async (url) => {
		fetched.push(url);
		return url.includes('/en.') ? fullEn : fullVi;
	});
	return { content, fetched };
}

describe('ContentState with a page’s own slice', () => {
	it('starts from the slice without fetching, then swaps in the whole bundle of the language', async () => {
		const { content, fetched } = state();
		content.usePartial(sliceEn, '/en/place/a');
		expect(content.bundle).toBe(sliceEn);
		expect(content.partial).toBe(true);
		expect(fetched).toEqual([]);
		await content.complete();
		expect(content.bundle).toBe(fullEn);
		expect(content.partial).toBe(false);
		expect(fetched).toEqual(['/content/en.json']);
		await content.complete();
		expect(fetched).toHaveLength(1);
	});

	it('needs the whole bundle for any page but the one the slice was made for', async () => {
		const { content } = state();
		expect(content.waitsFor('/en/')).toBe(false);
		content.usePartial(sliceEn, '/en/');
		// The home with another view of its map or another filter: the same page.
		expect(content.waitsFor('/en/')).toBe(false);
		expect(content.waitsFor('/en/place/a')).toBe(true);
		expect(content.waitsFor('/vi/')).toBe(true);
		await content.complete();
		expect(content.waitsFor('/en/place/a')).toBe(false);
	});

	it("reads a page's slice file, and gives null for one it cannot use, so the page starts from the whole bundle", async () => {
		const files: Record<string, unknown> = {
			'/content/pages/en/a.1.json': sliceEn,
			'/content/pages/en/x.1.json': '<html>',
			'/null.json': null
		};
		const content = new ContentState(manifest, async (url) => {
			if (url in files) return files[url];
			throw new Error(`${url}: HTTP 404`);
		});
		expect(await content.pageSlice('/content/pages/en/a.1.json', 'en')).toBe(sliceEn);
		expect(await content.pageSlice('/content/pages/en/a.1.json', 'vi')).toBeNull();
		expect(await content.pageSlice('/content/pages/en/gone.1.json', 'en')).toBeNull();
		expect(await content.pageSlice('/content/pages/en/x.1.json', 'en')).toBeNull();
		expect(await content.pageSlice('/null.json', 'en')).toBeNull();
		expect(content.bundle).toBeNull();
		expect(content.error).toBeNull();
	});

	it('gives up on a slice that does not come in time, when asked to', async () => {
		const content = new ContentState(manifest, () => new Promise(() => {}));
		expect(await content.pageSlice('/content/pages/en/a.1.json', 'en', 20)).toBeNull();
	});

	it('does not put the slice back over a language the visitor switched to meanwhile', async () => {
		const { content } = state();
		content.usePartial(sliceEn, '/en/place/a');
		const completing = content.complete();
		content.use(await content.get('vi'));
		await completing;
		expect(content.bundle).toBe(fullVi);
	});
});
