/**
 * Reads the deployment's nginx site file (deploy/nginx/caobang-guide.conf and the files it
 * includes), so `npm start` (tools/serve.ts) answers with nginx's own rules instead of a copy:
 * the security headers, the cache rules, the gzip list. Only the few directives the site uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';

export const DEPLOY_DIR = join(import.meta.dirname, '..', '..', 'deploy', 'nginx');
export const SITE_FILE = join(DEPLOY_DIR, 'caobang-guide.conf');

/** The file an `include` names: relative paths are relative to nginx's configuration folder, as deployed (deploy/nginx/ here). */
export function includePath(name: string, confDir = DEPLOY_DIR): string {
	return isAbsolute(name) ? name : join(confDir, name);
}

/** The site file with each `include` replaced by the file it names. */
export function readSite(file = SITE_FILE, confDir = dirname(file)): string {
	return readFileSync(file, 'utf8').replace(/^(\s*)include\s+([^;\s]+);/gm, (_, indent: string, name: string) => {
		const path = includePath(name, confDir);
		if (!existsSync(path)) throw new Error(`${file}: "include ${name};" names ${path}, which does not exist`);
		return readFileSync(path, 'utf8').replace(/^/gm, indent);
	});
}

/** The simple directives, comments dropped, each on one line; `;` inside quotes kept. */
function directives(conf: string): string[] {
	const out: string[] = [];
	let current = '';
	let quoted = false;
	for (const line of conf.split('\n')) {
		for (let i = 0; i < line.length; i++) {
			const c = line[i]!;
			if (c === '"') quoted = !quoted;
			if (!quoted && c === '#') break;
			if (!quoted && (c === ';' || c === '{' || c === '}')) {
				out.push(current);
				current = '';
			} else current += c;
		}
		current += ' ';
	}
	return [...out, current].map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1');

/**
 * Every constant `add_header Name "value" always;` of the server (header names in lower case);
 * a location's own (the editor's, /admin/) are read with `addHeaders(locationBody(…))`.
 */
export function addHeaders(conf: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const d of directives(withoutLocations(conf))) {
		const m = /^add_header (\S+) ("[^"]*"|\S+)/.exec(d);
		if (m && !m[2]!.startsWith('$')) out[m[1]!.toLowerCase()] = unquote(m[2]!);
	}
	return out;
}

/** A one-argument directive's values (`gzip_types a b c;` → [a, b, c]). */
export function directive(conf: string, name: string): string[] | undefined {
	const d = directives(conf).find((x) => x.startsWith(`${name} `));
	return d?.split(' ').slice(1);
}

export type CacheRules = { default: string; rules: { pattern: RegExp; value: string }[] };

/** `map $uri $caobang_cache_control { … }`: regex rules in order, and the default. */
export function cacheRules(conf: string): CacheRules {
	const body = /map \$uri \$caobang_cache_control \{\n([\s\S]*?)\n\s*\}/.exec(conf)?.[1];
	if (!body) throw new Error('the site file has no "map $uri $caobang_cache_control" block');
	const out: CacheRules = { default: '', rules: [] };
	for (const line of body.split('\n')) {
		const m = /^\s*("[^"]*"|\S+)\s+("[^"]*"|\S+);/.exec(line);
		if (!m) continue;
		const [key, value] = [unquote(m[1]!), unquote(m[2]!)];
		if (key === 'default') out.default = value;
		else out.rules.push({ pattern: new RegExp(key.replace(/^~/, '')), value });
	}
	return out;
}

/** What the map gives a URI. */
export function cacheControlOf(rules: CacheRules, uri: string): string {
	return rules.rules.find((r) => r.pattern.test(uri))?.value ?? rules.default;
}

/** The `types { }` block: extension → media type. */
export function typesBlock(conf: string): Record<string, string> {
	const body = /\btypes \{([^}]*)\}/.exec(conf)?.[1] ?? '';
	const out: Record<string, string> = {};
	for (const d of directives(body)) {
		const [type, ...exts] = d.split(' ');
		for (const ext of exts) out[ext] = type!;
	}
	return out;
}

/** Where the `{ … }` of the location block starting at `start` ends (just after its `}`). */
function blockEnd(conf: string, start: number): number {
	let depth = 0;
	for (let i = conf.indexOf('{', start); i >= 0 && i < conf.length; i++) {
		if (conf[i] === '{') depth++;
		if (conf[i] === '}' && --depth === 0) return i + 1;
	}
	throw new Error('the site file has a location block that is not closed');
}

/** The inside of `location <prefix> { … }` (includes already inlined by readSite), or '' when there is none. */
export function locationBody(conf: string, prefix: string): string {
	const start = conf.indexOf(`location ${prefix} {`);
	return start < 0 ? '' : conf.slice(conf.indexOf('{', start) + 1, blockEnd(conf, start) - 1);
}

/** The site without its location blocks: the directives every answer gets. */
export function withoutLocations(conf: string): string {
	let out = conf;
	const LOCATION = /^[ \t]*location\s[^{;\n#]*\{/m;
	for (let start = out.search(LOCATION); start >= 0; start = out.search(LOCATION)) {
		out = out.slice(0, start) + out.slice(blockEnd(out, start));
	}
	return out;
}
