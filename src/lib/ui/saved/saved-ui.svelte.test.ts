import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { render } from '../../../../tests/helpers/mount-component';
import { i18n } from '$lib/i18n/i18n.svelte';
import { saved } from '$lib/state/instances';
import SaveButton from './SaveButton.svelte';
import ExportImport from './ExportImport.svelte';

function chooseFile(input: HTMLInputElement, text: string) {
	Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'copy.json', { type: 'application/json' })] });
	input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('SaveButton', () => {
	it('saves the place on click and says so with aria-pressed', async () => {
		const target = render(SaveButton, { placeId: 'ban-gioc' });
		const button = target.querySelector('button');
		if (!button) throw new Error('no button');
		await saved.load();
		flushSync();
		expect(button.getAttribute('aria-pressed')).toBe('false');
		button.click();
		await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
		expect(saved.isSaved('ban-gioc')).toBe(true);
		button.click();
		await vi.waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
	});
});

describe('ExportImport', () => {
	const known = new Set(['ban-gioc', 'pac-bo']);

	it('refuses a foreign file with its own message, and changes nothing', async () => {
		await saved.load();
		await saved.toggleSaved('pac-bo');
		const target = render(ExportImport, { placeIds: known });
		const input = target.querySelector('input[type="file"]') as HTMLInputElement;
		chooseFile(input, '{"contacts": []}');
		await vi.waitFor(() => expect(target.querySelector('[role="alert"]')?.textContent).toContain(i18n.t('saved.import.error.foreignFile')));
		expect(saved.isSaved('pac-bo')).toBe(true);
	});

	it('imports a good file and says how many entries came in and how many were left out', async () => {
		const file = JSON.stringify({
			format: 'caobang-guide-export',
			version: 1,
			exportedAt: '2026-03-05T10:00:00.000+07:00',
			saved: [
				{ placeId: 'ban-gioc', savedAt: '2026-03-05T10:00:00.000+07:00' },
				{ placeId: 'gone-place', savedAt: '2026-03-05T10:00:00.000+07:00' }
			],
			visits: []
		});
		const target = render(ExportImport, { placeIds: known });
		chooseFile(target.querySelector('input[type="file"]') as HTMLInputElement, file);
		const status = () => target.querySelector('[role="status"]')?.textContent ?? '';
		await vi.waitFor(() => expect(status()).toContain(i18n.t('saved.import.skipped', { count: 1 })));
		expect(status()).toContain(i18n.t('saved.import.savedCount', { count: 1 }));
		expect(saved.isSaved('ban-gioc')).toBe(true);
		expect(saved.isSaved('gone-place')).toBe(false);
	});

	it('downloads the export as a dated JSON file', async () => {
		await saved.load();
		// jsdom has no object URLs: stand in for them, and catch the link's click.
		const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
		const createObjectURL = vi.fn((_blob: Blob) => 'blob:test');
		URL.createObjectURL = createObjectURL;
		URL.revokeObjectURL = vi.fn();
		const clicked: HTMLAnchorElement[] = [];
		const onClick = (event: MouseEvent) => {
			if (event.target instanceof HTMLAnchorElement) {
				clicked.push(event.target);
				event.preventDefault();
			}
		};
		document.addEventListener('click', onClick);
		try {
			const target = render(ExportImport, { placeIds: known });
			target.querySelector('button')?.click();
		} finally {
			document.removeEventListener('click', onClick);
			URL.createObjectURL = original.create;
			URL.revokeObjectURL = original.revoke;
		}
		expect(clicked[0]?.download).toMatch(/^caobang-guide-saved-\d{4}-\d{2}-\d{2}\.json$/);
		const blob = createObjectURL.mock.calls[0]?.[0];
		expect(JSON.parse((await blob?.text()) ?? '')).toMatchObject({ format: 'caobang-guide-export', version: 1 });
	});
});
