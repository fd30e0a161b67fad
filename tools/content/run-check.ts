/** Shared by the CLI and the build: check content (its photos too) and report in plain words. */
import { resolve } from 'node:path';
import { formatProblem, loadContent, readProvince, type LoadedContent, type Problem } from './load-content.ts';
import { checkImages } from './images/check-images.ts';

export type CheckResult = { content: LoadedContent; problems: Problem[]; errors: number; warnings: number };

/**
 * Where `content/` is read from: the repository, or the folder CONTENT_ROOT names (a test
 * builds a fixture guide that way; docs/testing.md). The province outline stays the repository's.
 */
export function contentRootOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
	const given = env.CONTENT_ROOT?.trim();
	return given ? resolve(root, given) : root;
}

export async function runCheck(root: string, print: (line: string) => void): Promise<CheckResult> {
	const { content, problems: loaded } = loadContent(contentRootOf(root), readProvince(root));
	const problems = [...loaded, ...(await checkImages(content))];
	const errors = problems.filter((p) => p.severity === 'error');
	const warnings = problems.filter((p) => p.severity === 'warning');
	for (const p of errors) print(`error ${formatProblem(p)}`);
	for (const p of warnings) print(`warning ${formatProblem(p)}`);
	const counts = `${content.places.length} places, ${content.routes.length} routes, ${content.services.length} services, ${content.pages.length} pages`;
	if (errors.length > 0) {
		print(`✗ ${errors.length} error(s), ${warnings.length} warning(s) in ${counts}. Fix the errors above; nothing is published until they are fixed. — Có ${errors.length} lỗi; hãy sửa các lỗi trên, nội dung chưa được xuất bản cho đến khi sửa xong.`);
	} else {
		print(`✓ content is valid: ${counts}${warnings.length ? `, ${warnings.length} warning(s)` : ''}. — Nội dung hợp lệ.`);
	}
	return { content, problems, errors: errors.length, warnings: warnings.length };
}
