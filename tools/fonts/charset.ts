/**
 * The characters the guide draws with its text face: every character of the content, the UI
 * strings and a fixed Vietnamese and Latin set (so a new place name never meets a missing
 * glyph), and which @font-face of src/app.css serves each one. tools/fonts/subset.ts cuts
 * the font files down to exactly these characters.
 */

const TONES = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];

/** Every Vietnamese letter (each vowel with each tone, đ), both cases, precomposed. */
export const VIETNAMESE_LETTERS: string = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize('NFC'))), 'đ']
	.flatMap((c) => [c, c.toUpperCase()])
	.join('');

/** Printable ASCII and the punctuation, symbols and currency signs the guide writes. */
export const LATIN_BASE: string =
	Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('') +
	'\u00a0©®°±²³·×÷¼½¾«»¿¡' +
	'–—‘’‚“”„…•‹›′″€₫≈≤≥−→←↑↓';

/** The set of characters in `texts` plus the fixed set, without control characters, sorted. */
export function charsetOf(texts: Iterable<string>): number[] {
	const set = new Set<number>();
	const add = (s: string) => {
		for (const ch of s.normalize('NFC')) {
			const cp = ch.codePointAt(0)!;
			if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0) && !(cp >= 0xfe00 && cp <= 0xfe0f)) set.add(cp);
		}
	};
	add(VIETNAMESE_LETTERS);
	add(LATIN_BASE);
	for (const text of texts) add(text);
	return [...set].sort((a, b) => a - b);
}

export type Face = { file: string; ranges: [number, number][] };

/** The @font-face rules of a stylesheet: the woff2 file each one names and its unicode-range. */
export function facesOf(css: string): Face[] {
	return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
		const file = /url\('\/fonts\/([^']+\.woff2)'\)/.exec(body ?? '')?.[1];
		const range = /unicode-range:([^;]+);/.exec(body ?? '')?.[1];
		if (!file || !range) return [];
		const ranges = range.split(',').map((part): [number, number] => {
			const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(lo!, 16), parseInt(hi ?? lo!, 16)];
		});
		return [{ file, ranges }];
	});
}

/**
 * Which face serves each character. The browser takes the LAST declared face whose range holds
 * a character, so ranges are tried from the end; characters no face covers are returned apart
 * (drawn with the system font).
 */
export function assignToFaces(charset: readonly number[], faces: readonly Face[]): { byFile: Map<string, number[]>; uncovered: number[] } {
	const byFile = new Map<string, number[]>(faces.map((f) => [f.file, []]));
	const uncovered: number[] = [];
	for (const cp of charset) {
		const face = [...faces].reverse().find((f) => f.ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
		if (face) byFile.get(face.file)!.push(cp);
		else uncovered.push(cp);
	}
	return { byFile, uncovered };
}
