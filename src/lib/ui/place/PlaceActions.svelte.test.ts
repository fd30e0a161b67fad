/**
 * "Share" on a place page: phones without the Web Share API (most desktop browsers, some
 * in-app browsers) get the link copied instead, and are told so; if even copying is refused,
 * the visitor is shown the link to copy by hand.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '$lib/i18n/i18n.svelte';
import { makePlace } from '../../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../../tests/fixtures/mount';
import PlaceActions from './PlaceActions.svelte';

const place = makePlace({ id: 'test-cave', name: 'Test Cave', summary: 'A cave for tests' });

function setNavigator(key: 'share' | 'clipboard', value: unknown): void {
	Object.defineProperty(navigator, key, { configurable: true, value });
}

function shareButton(target: HTMLElement): HTMLButtonElement {
	const button = [...target.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Share');
	if (!button) throw new Error('no Share button');
	return button;
}

const status = (target: HTMLElement) => target.querySelector('[role="status"]')?.textContent ?? '';

beforeEach(() => {
	i18n.setLanguage('en');
	history.replaceState(null, '', '/en/place/test-cave');
});

afterEach(() => {
	cleanup();
	setNavigator('share', undefined);
	setNavigator('clipboard', undefined);
	i18n.setLanguage('vi');
});

describe('PlaceActions: share', () => {
	it('without navigator.share, copies the page link and says where to paste it', async () => {
		setNavigator('share', undefined);
		const writeText = vi.fn(() => Promise.resolve());
		setNavigator('clipboard', { writeText });
		const target = render(PlaceActions, { place });
		shareButton(target).click();
		await vi.waitFor(() => expect(status(target)).toBe('Link copied: paste it into Zalo, Messenger or a message.'));
		expect(writeText).toHaveBeenCalledWith(`${location.origin}/en/place/test-cave`);
	});

	it('when copying is refused too, shows the link to copy by hand', async () => {
		setNavigator('share', undefined);
		setNavigator('clipboard', { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) });
		const target = render(PlaceActions, { place });
		shareButton(target).click();
		await vi.waitFor(() => expect(status(target)).toContain('Could not copy. Select and copy this by hand:'));
		expect(status(target)).toContain(`${location.origin}/en/place/test-cave`);
	});

	it('with navigator.share, hands the name, summary and link to the phone and copies nothing', async () => {
		const share = vi.fn(() => Promise.resolve());
		const writeText = vi.fn(() => Promise.resolve());
		setNavigator('share', share);
		setNavigator('clipboard', { writeText });
		const target = render(PlaceActions, { place });
		shareButton(target).click();
		await vi.waitFor(() =>
			expect(share).toHaveBeenCalledWith({ title: 'Test Cave', text: 'A cave for tests', url: `${location.origin}/en/place/test-cave` })
		);
		expect(writeText).not.toHaveBeenCalled();
		expect(status(target)).toBe('');
	});
});
