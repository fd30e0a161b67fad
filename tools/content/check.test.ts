/**
 * The content check speaks to editors: each bad fixture (one folder per mistake, laid over the
 * good fixture) must give exactly the messages in its expected.txt.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, loadContent, readProvince } from './load-content.ts';
import { compileContent, renderMarkdown } from './compile.ts';
import { loadSearchIndex, searchDocs } from '../../src/lib/domain/search/search-index.ts';

const repo = join(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, '__fixtures__');
const province = readProvince(repo);
const temps: string[] = [];
const SITE_URL = 'https://guide.test';
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A fresh copy of the good fixture with the case's files laid over it. */
function fixtureRoot(name: string): string {
	const root = mkdtempSync(join(tmpdir(), `content-${name}-`));
	temps.push(root);
	cpSync(join(fixtures, 'good'), root, { recursive: true });
	if (name === 'good') return root;
	const dir = join(fixtures, name);
	if (existsSync(join(dir, 'content'))) cpSync(join(dir, 'content'), join(root, 'content'), { recursive: true });
	const deletions = join(dir, '_delete.txt');
	if (existsSync(deletions)) {
		for (const rel of readFileSync(deletions, 'utf8').split('\n').filter(Boolean)) rmSync(join(root, rel));
	}
	return root;
}

function messages(name: string): string[] {
	const { problems } = loadContent(fixtureRoot(name), province);
	return problems.map((p) => `${p.severity} ${formatProblem(p)}`);
}

describe('content check', () => {
	it('finds nothing wrong with good content', () => {
		expect(messages('good')).toEqual([]);
	});

	const cases = readdirSync(fixtures).filter((n) => n.startsWith('bad-'));
	for (const name of cases) {
		it(`explains ${name.slice(4).replace(/-/g, ' ')}`, () => {
			const expected = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8').trim().split('\n');
			expect(messages(name)).toEqual(expected);
		});
	}
});

describe('content compiler', () => {
	const { content } = loadContent(fixtureRoot('good'), province);
	const compiled = compileContent(content, { siteUrl: SITE_URL });

	it('writes one bundle per language with the same entries in the same order', () => {
		const ids = (lang: 'vi' | 'en') => compiled.bundles[lang].places.map((p) => p.id);
		expect(ids('vi')).toEqual(ids('en'));
		expect(compiled.bundles.vi.places[0]?.name).toBe('Hang Alpha');
		expect(compiled.bundles.en.places[0]?.name).toBe('Alpha Cave');
		expect(compiled.bundles.en.places[0]?.otherName).toBe('Hang Alpha');
	});

	it('publishes the road step as one hashed file named in the manifest, and gives routes their legs along roads', () => {
		const seen: unknown[] = [];
		const leg = { from: 'alpha-cave', to: 'beta-pass', km: 12.3, driveMin: 25, closeBy: false, coords: [[106.7, 22.8], [106.71, 22.81]] as [number, number][] };
		const withRoads = compileContent(content, {
			siteUrl: SITE_URL,
			roads: (entries, routes) => {
				seen.push(entries.map((e) => e.id), routes);
				return { file: { artefact: { marker: 'matrix' } as never, legs: [leg] }, legsOf: new Map([['sample-route', [leg]]]) };
			}
		});
		expect(seen[0]).toContain('alpha-cave');
		expect(seen[1]).toEqual([{ id: 'sample-route', stops: ['alpha-cave', 'beta-pass'] }]);
		const url = withRoads.manifest.roads!;
		expect(url).toMatch(/^\/content\/roads\.[0-9a-f]{10}\.json$/);
		const file = withRoads.files.find((f) => `/${f.fileName}` === url);
		expect(JSON.parse(String(file?.source))).toEqual({ artefact: { marker: 'matrix' }, legs: [leg] });
		expect(withRoads.bundles.en.routes[0]?.roadLegs).toEqual([leg]);
		expect(compiled.manifest.roads).toBeUndefined();
		expect(compiled.bundles.en.routes[0]?.roadLegs).toBeUndefined();
	});

	it('gives each suggested trip its stops as the codes a link carries, with the day titles of each language', () => {
		for (const lang of ['vi', 'en'] as const) {
			expect(compiled.bundles[lang].trips?.map((t) => t.days.map((d) => d.stops))).toEqual([[[1], [2]]]);
		}
		expect(compiled.bundles.vi.trips?.[0]).toMatchObject({ id: 'sample-trip', name: 'Chuyến mẫu', route: 'sample-route' });
		expect(compiled.bundles.en.trips?.[0]?.days.map((d) => d.title)).toEqual(['Cave and pass', 'Rest']);
		expect(compiled.bundles.en.trips?.[0]?.html).toBe('<p>A suggestion.</p>');
	});

	it('merges language-neutral facts into each bundle', () => {
		for (const lang of ['vi', 'en'] as const) {
			const alpha = compiled.bundles[lang].places[0];
			expect(alpha?.location).toMatchObject({ lat: 22.85436, lon: 106.72427 });
			expect(alpha?.tickets.prices?.[0]?.vnd).toBe(45000);
		}
		expect(compiled.bundles.vi.places[0]?.tickets.prices?.[0]?.label).toBe('Vé vào cửa');
		expect(compiled.bundles.en.places[0]?.tickets.prices?.[0]?.label).toBe('Entry');
	});

	it('renders Markdown to sanitised HTML', () => {
		const about = compiled.bundles.vi.pages.find((p) => p.id === 'about');
		expect(about?.html).not.toContain('<script');
		expect(about?.html).toContain('<a href="https://example.org" rel="noopener noreferrer external">');
		expect(compiled.bundles.en.places[0]?.html).toBe('<p>A test <strong>cave</strong>.</p>');
	});

	it('drops script links and event handlers from Markdown', () => {
		const link = renderMarkdown('[x](javascript:alert(1)) and [y](JAVASCRIPT:alert(2))');
		expect(link).not.toMatch(/javascript/i);
		expect(link).toContain('x');
		const img = renderMarkdown('<img src=x onerror=alert(1)> text');
		expect(img).not.toContain('onerror');
		expect(img).not.toContain('<img');
		expect(img).toContain('text');
	});

	it('falls back to Vietnamese, marked untranslated, when a translation is missing', () => {
		const { content: partial } = loadContent(fixtureRoot('bad-missing-en'), province);
		const beta = compileContent(partial, { siteUrl: SITE_URL }).bundles.en.places.find((p) => p.id === 'beta-pass');
		expect(beta).toMatchObject({ name: 'Đèo Beta', untranslated: true });
	});

	it('normalises text to NFC', () => {
		const decomposed = 'Hang Alpha'.normalize('NFD');
		expect(compiled.bundles.vi.places[0]?.name).toBe(decomposed.normalize('NFC'));
		const json = JSON.stringify(compiled.bundles.vi);
		expect(json).toBe(json.normalize('NFC'));
	});

	it('writes hashed file names', () => {
		for (const f of compiled.files.filter((f) => !f.fileName.endsWith('manifest.json'))) {
			expect(f.fileName).toMatch(/\.[0-9a-f]{8,}\.\w+$/);
		}
	});

	it('writes a search index that finds each entry by its name in either language', () => {
		const search = compiled.files.find((f) => `/${f.fileName}` === compiled.manifest.search);
		const index = loadSearchIndex(String(search?.source));
		for (const query of ['Hang Alpha', 'Alpha Cave']) {
			expect(searchDocs(index, query)[0]).toMatchObject({ ref: 'place:alpha-cave', name: { vi: 'Hang Alpha', en: 'Alpha Cave' } });
		}
		const located = searchDocs(index, 'Alpha', { near: { lat: 22.85436, lon: 106.72427 } })[0];
		expect(located?.distanceM).toBe(0);
	});

	it('gives the same version for the same content', () => {
		expect(compileContent(loadContent(fixtureRoot('good'), province).content, { siteUrl: SITE_URL }).version).toBe(compiled.version);
	});
});
