/**
 * Turns zod's issues into problem codes of the message catalogue, with what the editor wrote,
 * and zod paths into field names as editors read them (location.lat, images[0].alt).
 */
import type { z } from 'zod';
import type { At, Collector } from './problems.ts';
import type { Parsed } from './read-files.ts';

function lastKey(path: readonly PropertyKey[]): string {
	for (let i = path.length - 1; i >= 0; i--) {
		const key = path[i];
		if (typeof key === 'string') return key;
	}
	return '';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let cur: unknown = data;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[key];
	}
	return cur;
}

/** Shows a zod path the way an editor reads it: location.lat, images[0].alt */
export function fieldName(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

/** Adds one zod issue to `out` as a catalogue problem. `data` is the parsed file, to show what was written. */
export function addIssue(out: Collector, at: At, issue: z.core.$ZodIssue, data: unknown): void {
	const key = lastKey(issue.path);
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type':
			if (value === undefined || value === null) return out.add(at, 'field-missing', { key });
			return out.add(at, 'wrong-type', { expected: issue.expected, value });
		case 'too_big':
			if (issue.origin === 'string' && typeof value === 'string') return out.add(at, 'too-long', { length: value.length, max: String(issue.maximum) });
			return out.add(at, 'too-big', { max: String(issue.maximum) });
		case 'too_small':
			if (issue.origin === 'string') return out.add(at, 'empty', { key });
			if (issue.origin === 'array') return out.add(at, 'too-few', { key, min: String(issue.minimum) });
			return out.add(at, 'too-small', { min: String(issue.minimum) });
		case 'invalid_format':
			return out.add(at, 'bad-format', { format: issue.format === 'regex' ? issue.message : issue.format, value });
		case 'invalid_value':
			return out.add(at, 'not-allowed', { value, options: issue.values.map((v) => String(v)).join(', ') });
		case 'unrecognized_keys':
			return out.add(at, 'unknown-field', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
		case 'invalid_union':
			return out.add(at, 'unknown-form', {});
		case 'custom':
			if (issue.message === 'unsafe-link') return out.add(at, 'unsafe-link', { value });
			return out.add(at, 'schema-other', { detail: issue.message });
		default:
			return out.add(at, 'schema-other', { detail: issue.message });
	}
}

/** Validates parsed data against a schema; each problem is added to `out` at its own line. */
export function validate<S extends z.ZodType>(schema: S, parsed: Parsed, out: Collector): z.infer<S> | undefined {
	if (parsed.syntaxError) {
		const at = { file: parsed.file, line: parsed.syntaxError.line };
		if (parsed.syntaxError.code) out.add(at, parsed.syntaxError.code, {});
		else if (parsed.syntaxError.message === 'frontmatter') out.add(at, 'no-frontmatter', {});
		else out.add(at, 'yaml-syntax', { detail: parsed.syntaxError.message });
		return undefined;
	}
	const result = schema.safeParse(parsed.data);
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		// Point at the misspelt key itself, not at the start of its block.
		const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
		addIssue(out, { file: parsed.file, line: parsed.lineOf(path), field: fieldName(path) }, issue, parsed.data);
	}
	return undefined;
}
