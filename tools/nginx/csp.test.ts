import { describe, expect, it } from 'vitest';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CONTENT_SECURITY_POLICY } from './headers.ts';

/** Google's CSP Evaluator (the checks behind csp-evaluator.withgoogle.com) on the policy nginx sends. */
function findings(policy: string) {
	return new CspEvaluator(new CspParser(policy).csp).evaluate().map((f) => ({
		severity: Severity[f.severity],
		directive: f.directive,
		description: f.description
	}));
}

describe("the site's Content-Security-Policy, by Google's CSP Evaluator", () => {
	it('has no high-severity finding and no syntax error', () => {
		const serious = findings(CONTENT_SECURITY_POLICY).filter((f) => ['HIGH', 'SYNTAX', 'HIGH_MAYBE'].includes(f.severity));
		expect(serious).toEqual([]);
	});
	it('flags a policy that allows inline scripts, so the check can fail', () => {
		const before = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
		expect(findings(before).some((f) => f.severity === 'HIGH' && f.directive === 'script-src')).toBe(true);
	});
});
