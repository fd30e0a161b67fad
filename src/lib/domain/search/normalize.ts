/**
 * Vietnamese text normalisation for search. Pure string functions, no dependencies.
 *
 * Two forms of every word are produced:
 *
 * - **folded** (`foldVietnamese`): no tone or vowel marks, đ → d, lowercase. "Bản Giốc" → "ban gioc".
 *   Search terms additionally unify the i/y spelling variant (`ky`/`ki`, `quý`/`quí`, `lý`/`lí`),
 *   which Vietnamese writes both ways after a consonant.
 * - **exact** (`exactWord`): lowercase NFC with every mark kept, the tone mark moved to one
 *   canonical vowel, so the old and new placements ("hòa"/"hoà", "thủy"/"thuỷ") compare equal.
 *
 * Decision on joined syllables: Vietnamese writes one syllable per word, but visitors type
 * place names run together ("bangioc") or split them wrongly ("ngu om ngao"). Documents index
 * each pair of neighbouring syllables of a name joined ("ban gioc" → "bangioc"), and the query
 * side tries joining neighbouring query terms, so both mistakes still match. Pairs only: longer
 * runs would multiply the index for little gain, and fuzzy matching covers a missing letter.
 */

/** Tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng. */
const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const COMBINING = /\p{M}/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const NON_WORD_KEEP_MARKS = /[^\p{L}\p{N}\p{M}]+/u;
const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = ['ơ', 'ă', 'â', 'ê', 'ô', 'ư'];
const VALID_CODAS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']);
/** A syllable made of a consonant onset and a lone `y`, where `i` is an accepted spelling. */
const ONSET_Y = /^(?:[bcdghklmnprstvx]|ch|gh|kh|ng|nh|ph|qu|th|tr)y$/;

/** Replaces đ and its look-alike eth (ð, used by some keyboards) with a plain d, keeping case. */
function plainD(s: string): string {
	return s.replace(/[đð]/g, 'd').replace(/[ĐÐ]/g, 'D');
}

/**
 * Folds text for tone-insensitive comparison: NFC, then NFD with combining marks stripped,
 * đ/Đ → d, lowercase, and any run of spaces or punctuation collapsed to one space.
 * `foldVietnamese('  Thác  Bản Giốc!')` → `'thac ban gioc'`.
 */
export function foldVietnamese(s: string): string {
	const stripped = plainD(s.normalize('NFC').normalize('NFD').replace(COMBINING, ''));
	return stripped.toLowerCase().replace(NON_WORD, ' ').trim();
}

/** Splits text into NFC words as written (case and marks kept); punctuation separates words. */
export function surfaceWords(s: string): string[] {
	return s
		.normalize('NFC')
		.split(NON_WORD_KEEP_MARKS)
		.filter((w) => w !== '');
}

/** Splits text into lowercase NFC words, keeping their marks; punctuation separates words. */
export function splitWords(s: string): string[] {
	return surfaceWords(s.toLowerCase());
}

/** Unifies the i/y spelling variant of a folded syllable: `ky` → `ki`, `quy` → `qui`. */
export function unifyIY(folded: string): string {
	return ONSET_Y.test(folded) ? `${folded.slice(0, -1)}i` : folded;
}

/** The folded search term for one word: folded, with the i/y variant unified. */
export function foldedTerm(word: string): string {
	return unifyIY(foldVietnamese(word).replace(/ /g, ''));
}

/** Folded search terms of a text, one per word. `'Khuổi Ky'` → `['khuoi', 'ki']`. */
export function foldedTerms(s: string): string[] {
	return splitWords(s)
		.map(foldedTerm)
		.filter((t) => t !== '');
}

/** True when a word carries any Vietnamese mark (tone, vowel mark or đ). */
export function hasMarks(word: string): boolean {
	const nfc = word.normalize('NFC').toLowerCase();
	return foldVietnamese(nfc) !== nfc;
}

/** Locates the vowel nucleus of a toneless syllable, or null when it is not one syllable. */
function findNucleus(chars: string[]): { start: number; end: number } | null {
	let start = chars.findIndex((c) => VOWELS.has(c));
	if (start < 0) return null;
	const word = chars.join('');
	const next = chars[start + 1];
	const onsetVowel = (word.startsWith('qu') && start === 1) || (word.startsWith('gi') && start === 1);
	if (onsetVowel && next !== undefined && VOWELS.has(next)) start += 1;
	let end = start;
	while (end < chars.length && VOWELS.has(chars[end] ?? '')) end += 1;
	if (end - start > 3) return null;
	if (!VALID_CODAS.has(chars.slice(end).join(''))) return null;
	return { start, end };
}

/** Picks the vowel that carries the tone, by the traditional ("old style") rule. */
function tonePosition(chars: string[], start: number, end: number): number {
	const nucleus = chars.slice(start, end);
	for (const marked of MARKED_VOWELS) {
		const i = nucleus.lastIndexOf(marked);
		if (i >= 0) return start + i;
	}
	if (end < chars.length) return end - 1;
	if (nucleus.length === 3) return start + 1;
	return start;
}

/**
 * Moves the tone mark of one lowercase syllable to its canonical vowel, so that
 * "hoà" and "hòa", "thuỷ" and "thủy" become the same string (the traditional placement, as
 * most place names are written). Words that are not a single Vietnamese syllable, or that
 * carry no tone, come back as NFC unchanged.
 */
export function canonicalTonePlacement(word: string): string {
	const nfd = word.normalize('NFD');
	const tone = [...nfd].find((c) => TONE_MARKS.has(c));
	if (tone === undefined) return word.normalize('NFC');
	const bare = [
		...[...nfd]
			.filter((c) => !TONE_MARKS.has(c))
			.join('')
			.normalize('NFC')
	];
	const nucleus = findNucleus(bare);
	if (nucleus === null) return word.normalize('NFC');
	const at = tonePosition(bare, nucleus.start, nucleus.end);
	return bare
		.map((c, i) => (i === at ? c + tone : c))
		.join('')
		.normalize('NFC');
}

/** The exact form of one word: lowercase NFC, ð → đ, tone mark in its canonical place. */
export function exactWord(word: string): string {
	const lower = word.normalize('NFC').toLowerCase().replace(/ð/g, 'đ');
	return canonicalTonePlacement(lower);
}

/** Exact forms of the words of a text that carry marks; unmarked words add nothing exact. */
export function exactTerms(s: string): string[] {
	return splitWords(s).filter(hasMarks).map(exactWord);
}

/** Neighbouring terms joined in pairs: `['ban', 'gioc', 'x']` → `['bangioc', 'giocx']`. */
export function joinedPairs(terms: readonly string[]): string[] {
	const pairs: string[] = [];
	for (let i = 0; i + 1 < terms.length; i += 1) pairs.push(`${terms[i]}${terms[i + 1]}`);
	return pairs;
}

/** One word of a query in both forms. `exact` is set only when the user typed marks. */
export type QueryTerm = { folded: string; exact?: string };

/** Splits a query into terms, each with its folded form and (when marked) its exact form. */
export function queryTerms(query: string): QueryTerm[] {
	return splitWords(query).flatMap((word) => {
		const folded = foldedTerm(word);
		if (folded === '') return [];
		return hasMarks(word) ? [{ folded, exact: exactWord(word) }] : [{ folded }];
	});
}
