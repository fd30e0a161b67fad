/**
 * The real guide's content, where no fixture can stand in: the addresses already printed on
 * QR codes and shared as links, warnings that `content:check` lets through but we never
 * publish with, and what a visitor finds by typing a name. Everything else about the content
 * (schema, cross-references, coordinates in the province, sources of prices and hours) is
 * `npm run content:check`'s job and is tested on fixtures in tools/content/check.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readProvince } from '../../tools/content/load-content.ts';
import { compileContent } from '../../tools/content/compile.ts';
import { loadSearchIndex, searchDocs } from '../../src/lib/domain/search/search-index.ts';

const root = join(import.meta.dirname, '../..');
const { content, problems } = loadContent(root, readProvince(root));
const compiled = compileContent(content, { siteUrl: 'https://guide.example.vn' });
const { vi } = compiled.bundles;

describe('the published guide', () => {
	it('keeps the addresses already out in the world (folder names are ids; links and QR codes use them)', () => {
		const ids = new Set(vi.places.map((p) => p.id));
		for (const id of [
			'pac-bo-special-national-relic',
			'tran-hung-dao-forest',
			'border-victory-1950-dong-khe',
			'ban-gioc-waterfall',
			'nguom-ngao-cave',
			'coc-bo-cave',
			'thang-hen-lake',
			'mat-than-nui-angel-eye',
			'ma-phuc-pass-pillow-basalt',
			'phja-oac-phja-den-national-park',
			'khuoi-ky-stone-village'
		]) {
			expect(ids.has(id), id).toBe(true);
		}
		expect(vi.routes.map((r) => r.id).sort()).toEqual(
			['dong-van-connection', 'east-traditional-cultures', 'north-journey-to-the-roots', 'time-of-fire-and-flowers', 'west-phja-oac'].sort()
		);
		expect(vi.pages.map((p) => p.id)).toContain('about');
	});

	it("shows no pre-2008 phone number: Cao Bằng's old six-digit numbers no longer connect (issue 12)", () => {
		const phones = vi.services.flatMap((s) => (s.contact.phone ? [[s.id, s.contact.phone.replace(/\D/g, '')] as const] : []));
		expect(phones.length).toBeGreaterThan(0);
		for (const [id, digits] of phones) expect(digits.replace(/^84/, '0').length, id).toBeGreaterThanOrEqual(10);
	});

	it('has no warnings either: nothing shown in Vietnamese to an English reader, no empty page, no one-way route link', () => {
		expect(problems.filter((p) => p.severity === 'warning').map(formatProblem)).toEqual([]);
	});
});

describe('search over the published index', () => {
	const file = compiled.files.find((f) => f.fileName.startsWith('content/search.'));
	const index = loadSearchIndex(String(file?.source));
	const first = (q: string) => searchDocs(index, q, { limit: 1 })[0]?.ref;

	it.each([
		['ban gioc', 'place:ban-gioc-waterfall'],
		['Bản Giốc', 'place:ban-gioc-waterfall'],
		['Ban Gioc Waterfall', 'place:ban-gioc-waterfall'],
		['pac bo', 'place:pac-bo-special-national-relic'],
		['nguom ngao', 'place:nguom-ngao-cave'],
		['khuoi ky', 'place:khuoi-ky-stone-village'],
		['homestay khuoi ky', 'service:khuoi-ky-homestays'],
		['tuyen phia dong', 'route:east-traditional-cultures'],
		['tran hung dao', 'place:tran-hung-dao-forest'],
		['bien gioi 1950', 'place:border-victory-1950-dong-khe']
	])('%s → %s, places before the services named after them', (q, ref) => {
		expect(first(q)).toBe(ref);
	});
});
