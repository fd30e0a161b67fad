/**
 * The content the server under test publishes, read the way the app reads it (manifest, then the
 * hashed bundle), so a test can state what a visitor should see without pinning today's content.
 */
import type { APIRequestContext } from '@playwright/test';
import type { Bundle, ContentManifest } from '../../../src/lib/domain/content/types.ts';

export async function servedBundle(request: APIRequestContext, lang: 'vi' | 'en'): Promise<Bundle> {
	const manifest = (await (await request.get('/content/manifest.json')).json()) as ContentManifest;
	return (await (await request.get(manifest.bundles[lang])).json()) as Bundle;
}
