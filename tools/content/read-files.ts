/**
 * Reading content files with line numbers, so every problem can point at `file:line`.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

export type Parsed = {
	/** Path relative to the repository root, e.g. content/places/ban-gioc-waterfall/place.yaml */
	file: string;
	data: unknown;
	/** Returns the 1-based line of a field path, or the nearest parent's line. */
	lineOf: (path: readonly PropertyKey[]) => number;
	/** A YAML syntax error, if any. */
	syntaxError?: { line: number; message: string };
};

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
		return { file, data: undefined, lineOf, syntaxError: { line, message: first.message.split('\n')[0] ?? '' } };
	}
	return { file, data: doc.toJS() ?? {}, lineOf };
}

/** Reads a YAML file. `rel` is the path shown to editors. */
export function readYaml(abs: string, rel: string): Parsed {
	return parseYamlText(rel, readFileSync(abs, 'utf8').normalize('NFC'), 0);
}

/** Splits `---` frontmatter from a Markdown file and parses it. */
export function readMarkdown(abs: string, rel: string): ParsedMarkdown {
	const text = readFileSync(abs, 'utf8').normalize('NFC').replace(/^\uFEFF/, '');
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
