/**
 * Which install help fits this browser. iOS has no install prompt: the visitor adds the guide
 * to the home screen from the Share menu, which also makes Safari keep its data longer.
 */
export type InstallContext = 'installed' | 'ios' | 'prompt' | 'menu';

export type InstallFacts = {
	userAgent: string;
	platform: string;
	maxTouchPoints: number;
	standalone: boolean;
	hasPrompt: boolean;
};

export function isIos(f: Pick<InstallFacts, 'userAgent' | 'platform' | 'maxTouchPoints'>): boolean {
	// iPadOS reports itself as a Mac; a Mac has no touch screen.
	return /iPhone|iPad|iPod/.test(f.userAgent) || (f.platform === 'MacIntel' && f.maxTouchPoints > 1);
}

export function installContext(f: InstallFacts): InstallContext {
	if (f.standalone) return 'installed';
	if (isIos(f)) return 'ios';
	return f.hasPrompt ? 'prompt' : 'menu';
}
