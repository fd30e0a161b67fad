/**
 * Content truth for services (issue 12) on the real guide: every service says where its facts
 * come from, and the pre-2008 six-digit hotel numbers in the fact dossier (Lonely Planet era,
 * c. 2005–08, marked *old* in facts-services.md) are never printed anywhere, in any form.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, readProvince } from '../../tools/content/load-content.ts';
import { compileContent } from '../../tools/content/compile.ts';

const root = join(import.meta.dirname, '../..');
const { content } = loadContent(root, readProvince(root));
const { bundles } = compileContent(content, { siteUrl: 'https://guide.example.vn' });

/** The old numbers of facts-services.json (Bằng Giang, Thanh Loan, Nguyệt Nga, Hương Thơm, Đức Trung). */
const OLD_NUMBERS = ['853431', '857026', '856445', '855888', '853424'];

describe('services of the published guide', () => {
	it('each give at least one source with a web address', () => {
		for (const s of bundles.vi.services) {
			expect(s.sources.length, s.id).toBeGreaterThan(0);
			for (const src of s.sources) expect(src.url, s.id).toMatch(/^https?:\/\//);
		}
	});

	it.each(['vi', 'en'] as const)('print no old six-digit number anywhere (%s)', (lang) => {
		const b = bundles[lang];
		const texts = [...b.services, ...b.places, ...b.routes, ...b.pages].map((e) => JSON.stringify(e).replace(/[\s.()-]/g, ''));
		for (const text of texts) for (const old of OLD_NUMBERS) expect(text).not.toContain(old);
	});

	it('show a phone only as a number that still connects (ten digits, or +84 and nine)', () => {
		const phones = bundles.vi.services.flatMap((s) => (s.contact.phone ? [s.contact.phone.replace(/\D/g, '').replace(/^84/, '0')] : []));
		expect(phones.length).toBeGreaterThan(0);
		for (const digits of phones) expect(digits).toMatch(/^0\d{9}$/);
	});
});
