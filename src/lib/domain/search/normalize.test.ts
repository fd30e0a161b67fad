import { describe, expect, it } from 'vitest';
import {
	canonicalTonePlacement,
	exactTerms,
	exactWord,
	foldVietnamese,
	foldedTerms,
	hasMarks,
	joinedPairs,
	queryTerms,
	splitWords,
	surfaceWords,
	unifyIY
} from './normalize.ts';

describe('foldVietnamese', () => {
	it.each([
		['Thác Bản Giốc', 'thac ban gioc'],
		['ĐÀM THỦY', 'dam thuy'],
		['Động Ngườm Ngao', 'dong nguom ngao'],
		['  Bản Giốc – Đức Thiên (Quảng Tây)!  ', 'ban gioc duc thien quang tay'],
		['Cột mốc 836(2)', 'cot moc 836 2'],
		['Suối Lê-nin', 'suoi le nin']
	])('%s → %s', (input, folded) => {
		expect(foldVietnamese(input)).toBe(folded);
	});

	it('strips every tone from every vowel', () => {
		expect(foldVietnamese('àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ')).toBe(
			'aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy'
		);
	});

	it('accepts decomposed (NFD) input, as macOS file names and some keyboards produce', () => {
		expect(foldVietnamese('Bản Giốc'.normalize('NFD'))).toBe('ban gioc');
	});

	it('folds the eth look-alike of Đ', () => {
		expect(foldVietnamese('Ðàm Thủy')).toBe('dam thuy');
	});
});

describe('splitWords / surfaceWords', () => {
	it('splits on spaces and punctuation, keeping marks', () => {
		expect(splitWords('Thác Bản Giốc (Ban Gioc–Detian)')).toEqual(['thác', 'bản', 'giốc', 'ban', 'gioc', 'detian']);
		expect(surfaceWords("God's Eye, Núi Thủng")).toEqual(['God', 's', 'Eye', 'Núi', 'Thủng']);
	});

	it('keeps a decomposed word in one piece (combining marks are not separators)', () => {
		expect(splitWords('Giốc'.normalize('NFD'))).toEqual(['giốc']);
	});
});

describe('canonicalTonePlacement', () => {
	it.each([
		['hoà', 'hòa'],
		['hòa', 'hòa'],
		['thuỷ', 'thủy'],
		['khoẻ', 'khỏe'],
		['oà', 'òa']
	])('moves the tone of an open oa/oe/uy syllable to the first vowel: %s → %s', (input, out) => {
		expect(canonicalTonePlacement(input)).toBe(out);
	});

	it.each(['quý', 'giốc', 'người', 'khuỷu', 'hoàng', 'thuyền', 'quảng', 'giữ', 'gì', 'mía', 'ngoài'])(
		'leaves the only correct placement alone: %s',
		(word) => {
			expect(canonicalTonePlacement(word)).toBe(word);
		}
	);

	it('fixes a tone typed on the wrong vowel of a closed syllable', () => {
		expect(canonicalTonePlacement('hòang')).toBe('hoàng');
	});

	it('leaves words that are not one Vietnamese syllable as they are', () => {
		expect(canonicalTonePlacement('café')).toBe('café');
		expect(canonicalTonePlacement('waterfall')).toBe('waterfall');
	});
});

describe('exact forms', () => {
	it('lowercases, composes and canonicalises tone placement', () => {
		expect(exactWord('HOÀ')).toBe('hòa');
		expect(exactWord('Giốc'.normalize('NFD'))).toBe('giốc');
		expect(exactWord('Ðàm')).toBe('đàm');
	});

	it('keeps only marked words, since unmarked ones match nothing exact', () => {
		expect(exactTerms('Thác Bản Giốc Waterfall')).toEqual(['thác', 'bản', 'giốc']);
	});
});

describe('folded search terms', () => {
	it('unify the i/y spelling after a consonant', () => {
		expect(foldedTerms('Khuổi Ky')).toEqual(['khuoi', 'ki']);
		expect(foldedTerms('Vinh Quý')).toEqual(foldedTerms('Vinh Quí'));
		expect(foldedTerms('Lý Quốc')).toEqual(foldedTerms('Lí Quốc'));
	});

	it.each([
		['ky', 'ki'],
		['quy', 'qui'],
		['my', 'mi'],
		['tuy', 'tuy'],
		['hay', 'hay'],
		['y', 'y'],
		['khuya', 'khuya']
	])('unifyIY(%s) → %s', (input, out) => {
		expect(unifyIY(input)).toBe(out);
	});
});

describe('hasMarks', () => {
	it('is true for tones, vowel marks and đ only', () => {
		expect(hasMarks('bản')).toBe(true);
		expect(hasMarks('ô')).toBe(true);
		expect(hasMarks('đa')).toBe(true);
		expect(hasMarks('Ban')).toBe(false);
		expect(hasMarks('108')).toBe(false);
	});
});

describe('joinedPairs', () => {
	it('joins neighbours in pairs', () => {
		expect(joinedPairs(['ban', 'gioc', 'waterfall'])).toEqual(['bangioc', 'giocwaterfall']);
		expect(joinedPairs(['pac'])).toEqual([]);
	});
});

describe('queryTerms', () => {
	it('gives the exact form only for words typed with marks', () => {
		expect(queryTerms('Bản gioc')).toEqual([{ folded: 'ban', exact: 'bản' }, { folded: 'gioc' }]);
	});

	it('drops punctuation-only input', () => {
		expect(queryTerms(' – , ! ')).toEqual([]);
	});
});
