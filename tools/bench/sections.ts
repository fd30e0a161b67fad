/**
 * Sections of docs/bench.md written by their own scripts (`npm run bench:load`, …), between
 * `<!-- bench:<id> -->` and `<!-- /bench:<id> -->`, so that `npm run bench`, which rewrites the
 * file, keeps them, and each script replaces only its own.
 */
const block = (id: string) => new RegExp(`<!-- bench:${id} -->[\\s\\S]*?<!-- /bench:${id} -->\\n?`);

/** `text` with the section `id` replaced by `markdown`, or appended if it has none. */
export function withSection(text: string, id: string, markdown: string): string {
	const section = `<!-- bench:${id} -->\n${markdown.trim()}\n<!-- /bench:${id} -->\n`;
	if (block(id).test(text)) return text.replace(block(id), () => section);
	return `${text.replace(/\n*$/, '\n')}\n${section}`;
}

/** Every marked section of `text`, to be appended again after the file is rewritten. */
export function keptSections(text: string): string {
	const sections = [...text.matchAll(/<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->\n?/g)].map((m) => m[0]);
	return sections.length > 0 ? `\n${sections.join('\n')}` : '';
}
