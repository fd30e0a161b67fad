import { describe, expect, it } from 'vitest';
import { installContext, type InstallFacts } from './install-context';

const facts = (over: Partial<InstallFacts>): InstallFacts => ({
	userAgent: 'Mozilla/5.0 (Linux; Android 14) Chrome/130',
	platform: 'Linux armv8l',
	maxTouchPoints: 5,
	standalone: false,
	hasPrompt: false,
	...over
});

describe('installContext', () => {
	it('says nothing more once the guide is installed', () =>
		expect(installContext(facts({ standalone: true, hasPrompt: true }))).toBe('installed'));
	it('guides iPhone and iPad visitors to Add to Home Screen', () => {
		expect(
			installContext(
				facts({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Mobile Safari/604.1', platform: 'iPhone' })
			)
		).toBe('ios');
		expect(
			installContext(
				facts({
					userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Version/17.5 Safari/605.1.15',
					platform: 'MacIntel',
					maxTouchPoints: 5
				})
			)
		).toBe('ios');
	});
	it('offers the install button where the browser offers a prompt, else points to the menu', () => {
		expect(installContext(facts({ hasPrompt: true }))).toBe('prompt');
		expect(installContext(facts({ hasPrompt: false }))).toBe('menu');
		expect(
			installContext(
				facts({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Safari/605.1.15', platform: 'MacIntel', maxTouchPoints: 0 })
			)
		).toBe('menu');
	});
});
