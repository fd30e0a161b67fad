/**
 * When the browser will not let the guide store anything (no IndexedDB, as in some private
 * windows), the saved screen says so in plain words instead of an empty list, offers to try
 * again, and the notice can be dismissed. No fake IndexedDB is installed in this file.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { makeBundle, makePlace } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import SavedView from './SavedView.svelte';

afterEach(() => {
	cleanup();
	i18n.setLanguage('vi');
});

describe('SavedView without storage', () => {
	it('explains that nothing can be kept here, and the notice can be dismissed', async () => {
		expect(globalThis.indexedDB).toBeUndefined();
		i18n.setLanguage('en');
		const page = render(SavedView, { bundle: makeBundle({ places: [makePlace({ id: 'cave' })] }) });
		const NOTICE = 'This browser does not let the guide store anything (some private windows do this)';
		const alert = () => [...page.querySelectorAll('[role="alert"]')].find((a) => a.textContent?.includes(NOTICE));
		await vi.waitFor(() => expect(alert()).toBeDefined());
		expect(page.textContent).toContain('Your saved places and visits could not be read on this device.');
		expect([...page.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Try again');
		expect(page.textContent).not.toContain('You have not saved any places yet');

		[...(alert()?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Dismiss')?.click();
		await vi.waitFor(() => expect(alert()).toBeUndefined());
	});
});
