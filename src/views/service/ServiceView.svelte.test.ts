/**
 * A service's contact links must work when tapped on a phone: a `tel:` link with the digits
 * and the leading + only (a space or a dot breaks dialling on some phones), while the visitor
 * still reads the number as the office wrote it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '$lib/i18n/i18n.svelte';
import { makeBundle, makeService } from '../../../tests/fixtures/bundle';
import { cleanup, render } from '../../../tests/fixtures/mount';
import ServiceView from './ServiceView.svelte';

afterEach(() => {
	cleanup();
	vi.useRealTimers();
	i18n.setLanguage('vi');
});

function contactLinks(target: HTMLElement): { text: string; href: string }[] {
	return [...target.querySelectorAll<HTMLAnchorElement>('dd a')].map((a) => ({
		text: a.textContent ?? '',
		href: a.getAttribute('href') ?? ''
	}));
}

describe('ServiceView: contact links', () => {
	it('opens Zalo at https://zalo.me/<digits>', () => {
		i18n.setLanguage('en');
		const service = makeService({ id: 'homestay', contact: { zalo: '0912345678' } });
		const target = render(ServiceView, { service, bundle: makeBundle({ services: [service] }) });
		expect(contactLinks(target)).toEqual([{ text: 'Zalo 0912345678', href: 'https://zalo.me/0912345678' }]);
	});

	it('shows the year a price was true first, and calls the other date the day the source was read', () => {
		const priceRange = {
			minVnd: 300000,
			maxVnd: 500000,
			unit: 'mỗi đêm',
			asOf: '2019-03',
			source: 'https://example.vn',
			checked: '2026-11-22'
		};
		const service = makeService({ id: 'homestay', priceRange });
		const target = render(ServiceView, { service, bundle: makeBundle({ services: [service] }) });
		expect(target.querySelector('.as-of')?.textContent).toBe('giá tháng 3 năm 2019');
		expect(target.textContent).toContain('nguồn đọc ngày 22 tháng 11, 2026');
		expect(target.textContent).not.toMatch(/kiểm tra/);
		i18n.setLanguage('en');
		flushSync();
		expect(target.querySelector('.as-of')?.textContent).toBe('price as of March 2019');
		expect(target.textContent).toContain('source read on November 22, 2026');
	});

	it.each([
		['+84 206 3852 000', 'tel:+842063852000'],
		['+84.206.3852.000', 'tel:+842063852000'],
		['(+84) 206-3852-000', 'tel:+842063852000']
	])('"%s" dials %s', (phone, href) => {
		i18n.setLanguage('en');
		const service = makeService({ id: 'homestay', contact: { phone } });
		const target = render(ServiceView, { service, bundle: makeBundle({ services: [service] }) });
		expect(contactLinks(target)).toEqual([{ text: phone, href }]);
		expect(href).toMatch(/^tel:\+84\d+$/);
	});

	it('links e-mail and website as written, and says "unknown" when there is no contact', () => {
		i18n.setLanguage('en');
		const service = makeService({ id: 'guide', contact: { email: 'hello@example.org', website: 'https://example.org/tours' } });
		const target = render(ServiceView, { service, bundle: makeBundle({ services: [service] }) });
		expect(contactLinks(target)).toEqual([
			{ text: 'https://example.org/tours', href: 'https://example.org/tours' },
			{ text: 'hello@example.org', href: 'mailto:hello@example.org' }
		]);
		cleanup();

		const none = makeService({ id: 'market' });
		const empty = render(ServiceView, { service: none, bundle: makeBundle({ services: [none] }) });
		expect(contactLinks(empty)).toEqual([]);
		expect(empty.querySelector('dd')?.textContent?.trim()).toBe(i18n.t('common.unknown'));
	});
});

describe('ServiceView: market days', () => {
	it.each([
		['en', 'Next market: Friday, December 4'],
		['vi', 'Phiên chợ tới: Thứ Sáu, 4 tháng 12']
	] as const)('shows the next lunar market day as a date (%s)', (lang, text) => {
		// Thursday 3 December 2026, 10:00 in Vietnam; Friday the 4th is the 26th of the lunar month.
		vi.useFakeTimers({ now: new Date('2026-12-03T03:00:00Z'), toFake: ['Date'] });
		i18n.setLanguage(lang);
		const service = makeService({ id: 'market', kind: 'market', marketDays: { lunar: [1, 6, 11, 16, 21, 26] } });
		const target = render(ServiceView, { service, bundle: makeBundle({ services: [service] }) });
		flushSync();
		expect(target.querySelector('.next-market')?.textContent).toBe(text);
	});
});
