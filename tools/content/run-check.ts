/** Shared by the CLI and the build: check content and report in plain words. */
import { formatProblem, loadContent, readProvince, type LoadedContent, type Problem } from './load-content.ts';

export type CheckResult = { content: LoadedContent; problems: Problem[]; errors: number; warnings: number };

export function runCheck(root: string, print: (line: string) => void): CheckResult {
	const { content, problems } = loadContent(root, readProvince(root));
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
