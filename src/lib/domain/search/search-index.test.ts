/**
 * Behaviour of the search engine on small made-up documents, one behaviour per test.
 * Real-data ranking lives in search-ranking.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from './build-index.ts';
import { floors, loadSearchIndex, nameLookupsOf, searchDocs, type SearchDoc, type SearchIndex } from './search-index.ts';
import { kthLargest } from './rank.ts';
import { queryTerms } from './normalize.ts';
import { suggest } from './suggest.ts';

function createDoc(id: string, over: Partial<SearchDoc> = {}): SearchDoc {
	return {
		ref: `place:${id}`,
		type: 'place',
		id,
		kind: 'geosite',
		name: { vi: id, en: id },
		aliases: [],
		summary: { vi: '', en: '' },
		...over
	};
}

function createIndex(docs: SearchDoc[]): SearchIndex {
	return loadSearchIndex(buildSearchIndex(docs));
}

function ids(index: SearchIndex, q: string): string[] {
	return searchDocs(index, q).map((h) => h.id);
}

function createGuideIndex(): SearchIndex {
	return createIndex([
		createDoc('ban-gioc-waterfall', {
			name: { vi: 'Thác Bản Giốc', en: 'Ban Gioc Waterfall' },
			aliases: ['Đức Thiên'],
			commune: 'Đàm Thủy',
			district: 'Trùng Khánh',
			summary: { vi: 'Thác nước trên sông Quây Sơn.', en: 'A wide cascade on the Quây Sơn River.' },
			lat: 22.85436,
			lon: 106.72427
		}),
		createDoc('nguom-ngao-cave', {
			name: { vi: 'Động Ngườm Ngao', en: 'Nguom Ngao Cave' },
			commune: 'Đàm Thủy',
			summary: { vi: 'Hang đá vôi gần thác Bản Giốc.', en: 'A limestone cave near the falls.' },
			lat: 22.8533,
			lon: 106.6929
		}),
		createDoc('khuoi-ky-stone-village', {
			type: 'place',
			kind: 'culture',
			name: { vi: 'Làng đá cổ Khuổi Ky', en: 'Khuoi Ky Ancient Stone Village' },
			commune: 'Đàm Thủy'
		}),
		createDoc('pac-bo', {
			kind: 'relic',
			name: { vi: 'Khu di tích Pác Bó', en: 'Pac Bo Relic Site' },
			commune: 'Trường Hà',
			lat: 22.978,
			lon: 106.054
		}),
		createDoc('east', {
			ref: 'route:east',
			type: 'route',
			kind: 'route',
			name: { vi: 'Tuyến phía Đông', en: 'Eastern route' },
			summary: { vi: 'Qua thác Bản Giốc.', en: 'Via Ban Gioc waterfall.' }
		})
	]);
}

describe('buildSearchIndex / loadSearchIndex', () => {
	it('round-trips through JSON', () => {
		const json = buildSearchIndex([createDoc('a', { name: { vi: 'Hồ Thang Hen', en: 'Thang Hen Lake' } })]);
		expect(typeof json).toBe('string');
		expect(ids(loadSearchIndex(json), 'thang hen')).toEqual(['a']);
	});

	it('rejects JSON that is not a search index', () => {
		expect(() => loadSearchIndex('{"documentCount":0}')).toThrow(/rebuild/);
	});

	it('rejects a duplicate ref', () => {
		expect(() => buildSearchIndex([createDoc('a'), createDoc('a')])).toThrow(/duplicate ref "place:a"/);
	});

	it('keeps places, routes and services apart by ref', () => {
		const index = createIndex([createDoc('x', { ref: 'route:x', type: 'route' }), createDoc('x')]);
		expect(
			searchDocs(index, 'x')
				.map((h) => h.ref)
				.sort()
		).toEqual(['place:x', 'route:x']);
	});
});

describe('searchDocs', () => {
	const index = createGuideIndex();

	it('returns the hit fields the list view needs', () => {
		const [hit] = searchDocs(index, 'ban gioc waterfall');
		expect(hit).toMatchObject({
			ref: 'place:ban-gioc-waterfall',
			type: 'place',
			id: 'ban-gioc-waterfall',
			kind: 'geosite',
			name: { vi: 'Thác Bản Giốc', en: 'Ban Gioc Waterfall' },
			commune: 'Đàm Thủy'
		});
		expect(hit?.score).toBeGreaterThan(0);
		expect(hit?.distanceM).toBeUndefined();
	});

	it('finds Vietnamese and English names in one index', () => {
		expect(ids(index, 'Động Ngườm Ngao')[0]).toBe('nguom-ngao-cave');
		expect(ids(index, 'Nguom Ngao Cave')[0]).toBe('nguom-ngao-cave');
	});

	it('makes tone marks optional and ignores case', () => {
		for (const q of ['bản giốc', 'ban gioc', 'BAN GIOC', 'Bản Giôc']) expect(ids(index, q)[0]).toBe('ban-gioc-waterfall');
	});

	it('searches a pasted text of more than 30 words by its first 30, without failing', () => {
		const pasted = `${Array.from({ length: 30 }, () => 'ban').join(' ')} ${Array.from({ length: 10 }, (_, i) => `word${i}`).join(' ')}`;
		expect(ids(index, pasted)[0]).toBe('ban-gioc-waterfall');
		expect(ids(index, `gioc ${pasted}`)[0]).toBe('ban-gioc-waterfall');
	});

	it('requires every word', () => {
		expect(ids(index, 'ban gioc cave')).not.toContain('ban-gioc-waterfall');
	});

	it('matches the last word as a prefix, as the user types', () => {
		expect(ids(index, 'khuoi k')[0]).toBe('khuoi-ky-stone-village');
		expect(ids(index, 'ngườ')[0]).toBe('nguom-ngao-cave');
	});

	it('matches only the last word as a prefix', () => {
		expect(ids(index, 'ngu ngao')).toEqual([]);
	});

	it('tolerates one typo in a word of four letters or more', () => {
		expect(ids(index, 'nguomm')[0]).toBe('nguom-ngao-cave');
		expect(ids(index, 'waterfal')[0]).toBe('ban-gioc-waterfall');
	});

	it('does not guess on words of three letters or fewer', () => {
		expect(ids(index, 'pax')).toEqual([]);
		expect(ids(index, 'pac')).toEqual(['pac-bo']);
	});

	it('judges a joined pair of words by its own length', () => {
		expect(ids(index, 'bac bo')).toEqual(['pac-bo']);
	});

	it('matches run-together and split syllables', () => {
		expect(ids(index, 'bangioc')[0]).toBe('ban-gioc-waterfall');
		expect(ids(index, 'ngu om ngao')[0]).toBe('nguom-ngao-cave');
	});

	it('treats ky and ki as the same syllable', () => {
		expect(ids(index, 'khuoi ki')[0]).toBe('khuoi-ky-stone-village');
	});

	it('matches communes, aliases and summaries', () => {
		expect(ids(index, 'Trường Hà')).toEqual(['pac-bo']);
		expect(ids(index, 'Đức Thiên')).toEqual(['ban-gioc-waterfall']);
		expect(ids(index, 'limestone')).toEqual(['nguom-ngao-cave']);
	});

	it('ignores English stop words that are not the last word', () => {
		expect(ids(index, 'cave of nguom ngao')[0]).toBe('nguom-ngao-cave');
	});

	it('returns hits missing one word when a long query has no full match', () => {
		expect(ids(index, 'ban gioc waterfall xyzzy')[0]).toBe('ban-gioc-waterfall');
	});

	it('returns nothing for an empty or punctuation-only query', () => {
		expect(searchDocs(index, '')).toEqual([]);
		expect(searchDocs(index, ' – ! ')).toEqual([]);
	});

	it('honours limit', () => {
		expect(searchDocs(index, 'dam thuy', { limit: 2 })).toHaveLength(2);
		expect(searchDocs(index, 'dam thuy')).toHaveLength(3);
	});

	it('adds distanceM from `near`, and only to hits with a position', () => {
		const near = { lat: 22.66568, lon: 106.25786 };
		const hits = searchDocs(index, 'ban gioc', { near });
		const waterfall = hits.find((h) => h.id === 'ban-gioc-waterfall');
		const route = hits.find((h) => h.id === 'east');
		expect(waterfall?.distanceM).toBeGreaterThan(50_000);
		expect(waterfall?.distanceM).toBeLessThan(55_000);
		expect(route).toBeDefined();
		expect(route?.distanceM).toBeUndefined();
	});
});

describe('ranking', () => {
	it('weighs name > aliases > commune/district > summary', () => {
		const index = createIndex([
			createDoc('in-summary', { name: { vi: 'Một', en: 'One' }, summary: { vi: 'keo', en: 'x' } }),
			createDoc('in-commune', { name: { vi: 'Hai', en: 'Two' }, commune: 'Keo' }),
			createDoc('in-alias', { name: { vi: 'Ba', en: 'Three' }, aliases: ['Keo'] }),
			createDoc('in-name', { name: { vi: 'Keo', en: 'Four' } })
		]);
		expect(ids(index, 'keo')).toEqual(['in-name', 'in-alias', 'in-commune', 'in-summary']);
	});

	it('puts exact tone matches above tone-folded look-alikes when the query has marks', () => {
		const index = createIndex([
			createDoc('ha-lang', { name: { vi: 'Chợ Hạ Lang', en: 'Ha Lang Market' } }),
			createDoc('ha-quang', { name: { vi: 'Làng Hà Quảng', en: 'Ha Quang Village' }, aliases: ['Làng'] })
		]);
		expect(ids(index, 'hạ lang')).toEqual(['ha-lang', 'ha-quang']);
		expect(ids(index, 'hà làng')).toEqual(['ha-quang', 'ha-lang']);
	});

	it('treats old and new tone placement as the same exact spelling', () => {
		const index = createIndex([
			createDoc('hoa', { name: { vi: 'Hòa An', en: 'Hoa An' } }),
			createDoc('hoa-look-alike', { name: { vi: 'Hóa An', en: 'Hoa An' }, aliases: ['Hoa An'] })
		]);
		expect(ids(index, 'hoà an')[0]).toBe('hoa');
		expect(ids(index, 'hòa an')[0]).toBe('hoa');
	});

	it('breaks equal scores nearest first when `near` is given', () => {
		const index = createIndex([
			createDoc('far', { name: { vi: 'Chợ phiên', en: 'Market' }, lat: 22.9, lon: 106.0 }),
			createDoc('near', { name: { vi: 'Chợ phiên', en: 'Market' }, lat: 22.67, lon: 106.26 })
		]);
		expect(searchDocs(index, 'chợ', { near: { lat: 22.66568, lon: 106.25786 } }).map((h) => h.id)).toEqual(['near', 'far']);
		expect(ids(index, 'chợ')).toEqual(['far', 'near']);
	});
});

describe('suggest', () => {
	const index = createGuideIndex();

	it('proposes a close spelling from the names when nothing is found', () => {
		expect(searchDocs(index, 'bna gioc')).toEqual([]);
		expect(suggest(index, 'bna gioc')).toEqual(['Bản Giốc']);
	});

	it('keeps marked words as typed and drops words with no close spelling', () => {
		expect(suggest(index, 'xyzzy ngườm')).toEqual(['ngườm']);
	});

	it('proposes nothing when every word is already known', () => {
		expect(suggest(index, 'ban gioc')).toEqual([]);
	});

	it('proposes nothing for gibberish', () => {
		expect(suggest(index, 'qwrtzp')).toEqual([]);
	});

	it('returns only spellings that find something', () => {
		for (const s of suggest(index, 'thac bna gioc')) expect(searchDocs(index, s).length).toBeGreaterThan(0);
	});
});

describe('a whole name outranks partial matches', () => {
	const index = createIndex([
		createDoc('guide-service', {
			type: 'service',
			ref: 'service:guide-service',
			kind: 'guide',
			name: { vi: 'Hướng dẫn viên Hang Hổ, Hang Hổ, Hang Hổ', en: 'Tiger Cave guides: Tiger Cave, Tiger Cave' },
			summary: { vi: 'Hang Hổ hang hổ hang hổ', en: 'tiger cave tiger cave tiger cave tiger cave' }
		}),
		createDoc('nguom-ngao', {
			name: { vi: 'Động Ngườm Ngao', en: 'Nguom Ngao Cave' },
			aliases: ['Tiger Cave']
		})
	]);

	it('an entry known under the typed name comes first, even where another says it more often', () => {
		expect(ids(index, 'tiger cave')[0]).toBe('nguom-ngao');
	});

	it('a commune or district among the aliases does not count as a name of the entry', () => {
		const areas = createIndex([
			createDoc('in-kim-dong', { name: { vi: 'Đèo Khau Khoang', en: 'Khau Khoang Pass' }, aliases: ['Kim Đồng'], district: 'Kim Đồng' }),
			createDoc('kim-dong-relic', { name: { vi: 'Khu di tích Kim Đồng', en: 'Kim Dong Relic Site' } })
		]);
		expect(ids(areas, 'kim dong')[0]).toBe('kim-dong-relic');
	});
});

describe('skipping hits that cannot make the page', () => {
	// 600 entries from a few marked and unmarked syllables, so short prefixes have hundreds of hits in every tier: a
	// whole name, exactly marked words, and tone-folded look-alikes.
	const syllables = ['Bản', 'Ban', 'Giốc', 'Gioc', 'Thác', 'Thac', 'Đèo', 'Deo', 'Làng', 'Lang', 'Hạ', 'Ha', 'Mã', 'Ma', 'Phục', 'Phja'];
	let seed = 7;
	const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
	const pick = () => syllables[Math.floor(next() * syllables.length)] as string;
	const docs = Array.from({ length: 600 }, (_, i) => {
		const name = Array.from({ length: 1 + Math.floor(next() * 3) }, pick).join(' ');
		return createDoc(`e${i}`, {
			name: { vi: name, en: name },
			summary: { vi: `${pick()} ${pick()}`, en: '' },
			lat: 22 + next(),
			lon: 106 + next()
		});
	});
	const index = createIndex(docs);
	const queries = ['đ', 'l', 'b', 'bản', 'ban', 'bản g', 'thác b', 'làng', 'lang', 'hạ l', 'đèo mã', 'deo m', 'ma', 'mã phục', 'ph'];

	it('gives the same first hits, in the same order, as ranking every hit', () => {
		for (const q of queries) {
			for (const near of [undefined, { lat: 22.5, lon: 106.5 }]) {
				const all = searchDocs(index, q, { limit: 100_000, near });
				expect(all.length, q).toBeGreaterThan(10);
				for (const limit of [1, 5, 20]) {
					expect(
						searchDocs(index, q, { limit, near }).map((h) => h.ref),
						`${q} (${limit})`
					).toEqual(all.slice(0, limit).map((h) => h.ref));
				}
			}
		}
	});

	it('a last word of one letter keeps the hits with a name word starting with it', () => {
		for (const q of ['bản g', 'thác b', 'hạ l', 'deo m', 'lang 1']) {
			const [words, letter] = [q.slice(0, -2), q.at(-1) as string];
			const expected = searchDocs(index, words, { limit: 100_000 })
				.filter((h) =>
					[h.name.vi, h.name.en].some((n) =>
						n.split(' ').some((w) => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().startsWith(letter))
					)
				)
				.map((h) => h.ref)
				.sort();
			expect(
				searchDocs(index, q, { limit: 100_000 })
					.map((h) => h.ref)
					.sort(),
				q
			).toEqual(expected);
		}
	});

	it('floors: the higher tiers fill the page, or the tier needs its n best, or all of it', () => {
		// Tier 1 (one exactly marked word) has 3 hits; tier 0 has 4.
		const tiers = [0, 1, 0, 1, 0, 1, 0];
		const bases = [8, 5, 4, 9, 1, 2, 3];
		expect(floors(tiers, bases, 2).get(1)).toBeCloseTo(2.5); // the 2nd best of tier 1 is 5
		expect(floors(tiers, bases, 2).get(0)).toBe(Infinity); // tier 1 fills both places
		expect(floors(tiers, bases, 5).get(1)).toBe(-Infinity); // all 3 of tier 1 are needed
		expect(floors(tiers, bases, 5).get(0)).toBeCloseTo(2); // then the 2 best of tier 0: 8 and 4
		expect(floors(tiers, bases, 5).get(0)).toBeLessThan(2); // a hair less, for the comparison's tolerance
	});

	it('kthLargest gives what a sort gives', () => {
		const values = Array.from({ length: 500 }, () => Math.floor(next() * 50));
		const sorted = [...values].sort((a, b) => b - a);
		for (const k of [1, 2, 20, 499, 500]) expect(kthLargest(values, k)).toBe(sorted[k - 1]);
	});
});

describe('the whole-name lookup', () => {
	it('lists a document under each of its names and other names, whole, with or without marks, and nothing partial', () => {
		const index = createIndex([
			createDoc('nguom-ngao', { name: { vi: 'Động Ngườm Ngao', en: 'Nguom Ngao Cave' }, aliases: ['Tiger Cave', 'Hang Hổ'] }),
			createDoc('ban-gioc', { name: { vi: 'Thác Bản Giốc', en: 'Bản Giốc Waterfall' } }),
			createDoc('rafts', { type: 'service', ref: 'service:rafts', name: { vi: 'Bè mảng thác Bản Giốc', en: 'Bản Giốc rafts' } }),
			createDoc('twin', { name: { vi: 'Thác Bản Giốc', en: 'Ban Gioc (twin)' } })
		]);
		const idsOf = (query: string) => {
			const joined = queryTerms(query)
				.map((t) => t.folded)
				.join(' ');
			return (nameLookupsOf(index).whole.get(joined) ?? []).map((d) => index.engine.ids[d]);
		};
		expect(idsOf('tiger cave')).toEqual(['place:nguom-ngao']);
		expect(idsOf('hang ho')).toEqual(['place:nguom-ngao']);
		expect(idsOf('Động Ngườm Ngao')).toEqual(['place:nguom-ngao']);
		expect(idsOf('thac ban gioc')).toEqual(['place:ban-gioc', 'place:twin']);
		expect(idsOf('Bản Giốc rafts')).toEqual(['service:rafts']);
		expect(idsOf('ban gioc')).toEqual([]);
		expect(idsOf('nguom ngao')).toEqual([]);
		expect(idsOf('cave')).toEqual([]);
	});
});

describe('kinds of places across the two languages', () => {
	const index = createIndex([
		createDoc('thac-x', { name: { vi: 'Thác Xả', en: 'Thac Xa' } }),
		createDoc('cave-y', { name: { vi: 'Pác Y', en: 'Pac Y Cave' } }),
		createDoc('lang-z', { name: { vi: 'Chợ Zê', en: 'Ze' }, kind: 'craft-workshop' })
	]);

	it('finds a Vietnamese-named waterfall from the English word, and an English-named cave from Vietnamese words', () => {
		expect(ids(index, 'waterfall')).toEqual(['thac-x']);
		expect(ids(index, 'hang')).toEqual(['cave-y']);
		expect(ids(index, 'động pác')).toEqual(['cave-y']);
		expect(ids(index, 'ngườm')).toEqual(['cave-y']);
		expect(ids(index, 'market ze')).toEqual(['lang-z']);
	});
});
