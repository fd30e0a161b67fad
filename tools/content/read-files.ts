/**
 * Reading content files with line numbers, so every problem can point at `file:line`.
 * A file that cannot be read as content (too large, not UTF-8, an alias bomb, nested too deep) is
 * a problem at a line like any other, never a crash or a stack trace.
 */
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export type Parsed = {
	/** Path relative to the repository root, e.g. content/places/ban-gioc-waterfall/place.yaml */
	file: string;
	data: unknown;
	/** Returns the 1-based line of a field path, or the nearest parent's line. */
	lineOf: (path: readonly PropertyKey[]) => number;
	/** Why the file could not be read, if it could not: `message` is the YAML error for `yaml-syntax`. */
	syntaxError?: { line: number; message: string; code?: ReadProblem };
};

/** Ways a file can be unreadable besides a YAML syntax error (each has a message in messages.ts). */
export type ReadProblem = 'file-too-large' | 'not-utf8' | 'yaml-aliases' | 'too-deep';

/** Far above any real entry (the largest is a few kB), far below what would slow the check. */
export const MAX_CONTENT_FILE_BYTES = 1_000_000;
/** Aliases a file may use: editors use a few at most; a "billion laughs" file uses millions. */
const MAX_ALIASES = 100;

const unreadable = (file: string, line: number, code: ReadProblem): Parsed => ({
	file,
	data: undefined,
	lineOf: () => line,
	syntaxError: { line, message: code, code }
});

/** The file's text, or why it cannot be content: too large, or not UTF-8 (the line of the first bad byte). */
function readText(abs: string, rel: string): string | Parsed {
	if (statSync(abs).size > MAX_CONTENT_FILE_BYTES) return unreadable(rel, 1, 'file-too-large');
	const bytes = readFileSync(abs);
	// UTF-16 (a byte-order mark or NUL bytes) is valid byte by byte but is not text we can read.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return unreadable(rel, 1, 'not-utf8');
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		const nul = text.indexOf('\0');
		return nul === -1 ? text : unreadable(rel, lineAt(text, nul), 'not-utf8');
	} catch {
		const text = new TextDecoder('utf-8').decode(bytes);
		return unreadable(rel, lineAt(text, text.indexOf('\uFFFD')), 'not-utf8');
	}
}

const lineAt = (text: string, index: number): number => text.slice(0, Math.max(0, index)).split('\n').length;

export type ParsedMarkdown = Parsed & { body: string };

function yamlLineLookup(doc: Document, counter: LineCounter, offsetLines: number) {
	return (path: readonly PropertyKey[]): number => {
		for (let n = path.length; n >= 0; n--) {
			const node = doc.getIn(path.slice(0, n) as unknown[], true);
			if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLines;
			if (n === 0) break;
		}
		return 1 + offsetLines;
	};
}

function parseYamlText(file: string, text: string, offsetLines: number): Parsed {
	const counter = new LineCounter();
	const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
	const lineOf = yamlLineLookup(doc, counter, offsetLines);
	const first = doc.errors[0];
	if (first) {
		const line = counter.linePos(first.pos[0]).line + offsetLines;
		// The parser gives up on deep nesting with the engine's own words: say it plainly.
		if (/call stack/i.test(first.message)) return unreadable(file, line, 'too-deep');
		return { file, data: undefined, lineOf, syntaxError: { line, message: first.message.split('\n')[0] ?? '' } };
	}
	try {
		return { file, data: doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {}, lineOf };
	} catch (err) {
		// `yaml` refuses an alias bomb ("resource exhaustion"); deep data can exhaust the stack.
		const line = 1 + offsetLines;
		return unreadable(file, line, err instanceof RangeError && /call stack/i.test(err.message) ? 'too-deep' : 'yaml-aliases');
	}
}

/** Reads a YAML file. `rel` is the path shown to editors. */
export function readYaml(abs: string, rel: string): Parsed {
	const text = readText(abs, rel);
	return typeof text === 'string' ? parseYamlText(rel, text.normalize('NFC'), 0) : text;
}

/** Splits `---` frontmatter from a Markdown file and parses it. */
export function readMarkdown(abs: string, rel: string): ParsedMarkdown {
	const raw = readText(abs, rel);
	if (typeof raw !== 'string') return { ...raw, body: '' };
	const text = raw.normalize('NFC').replace(/^\uFEFF/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) {
		return {
			file: rel,
			data: undefined,
			body: text,
			lineOf: () => 1,
			syntaxError: { line: 1, message: 'frontmatter' }
		};
	}
	const parsed = parseYamlText(rel, match[1] ?? '', 1);
	return { ...parsed, body: text.slice(match[0].length) };
}
