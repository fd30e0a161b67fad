/**
 * The problem model of the content check: a problem is a code from the message catalogue
 * (messages.ts) with its parameters, at a file, line and field. `formatProblem` is the line an
 * editor reads.
 */
import { MESSAGES, say, type ParamsOf, type ProblemCode, type Severity, type Words } from './messages.ts';

export type { Severity };
export type Problem = { code: ProblemCode; severity: Severity; file: string; line: number; field: string } & Words;

/** Where a problem is: file (relative to the repository), 1-based line, and field path ('' for the whole file). */
export type At = { file: string; line: number; field?: string };

export class Collector {
	readonly problems: Problem[] = [];

	add<C extends ProblemCode>(at: At, code: C, params: ParamsOf<C>): void {
		this.problems.push({ code, severity: MESSAGES[code].severity, file: at.file, line: at.line, field: at.field ?? '', ...say(code, params) });
	}
}

/** `file:line field: English — Vietnamese`, the line an editor sees. */
export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}`;
	return `${where}${p.field ? ` ${p.field}` : ''}: ${p.en} — ${p.vi}`;
}
