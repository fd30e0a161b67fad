/**
 * The site the fault tests download from: a copy of the build with generated media behind the
 * fault proxy (faults.e2e.ts, faults-update.e2e.ts), and the offline screen opened on it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Bundle, ContentManifest, MediaFile } from '../../../src/lib/domain/content/types.ts';
import { createBytes } from './bytes.ts';
import { startFaultProxy, type FaultProxy } from './fault-proxy.ts';
import { waitForOfflineReady } from './pwa.ts';
import { createSiteCopy, type SiteCopy } from './site-copy.ts';

export type MediaSite = { copy: SiteCopy; proxy: FaultProxy; files: MediaFile[]; big: MediaFile; routeId: string };

/**
 * A copy of the build with generated media: two photos on a route (its pack) and one large
 * file (2.5 MB, over the 1 MB at which downloads resume by byte range) elsewhere, so the
 * province pack is the route's files plus the large one.
 */
export async function createMediaSite(): Promise<MediaSite> {
	let files: MediaFile[] = [];
	let routeId = '';
	const copy = await createSiteCopy((dir) => {
		const manifest = JSON.parse(readFileSync(join(dir, 'content/manifest.json'), 'utf8')) as ContentManifest;
		const bundle = JSON.parse(readFileSync(join(dir, manifest.bundles.en), 'utf8')) as Bundle;
		const r = bundle.routes.find((x) => x.id === 'east-traditional-cultures')!;
		routeId = r.id;
		const elsewhere = bundle.places.find((p) => !r.stops.includes(p.id))!;
		const owners = [r.stops[0]!, r.stops[1]!, elsewhere.id];
		files = owners.map((id, i) => {
			const bytes = createBytes([320_000, 240_000, 2_500_000][i]!, i + 11);
			const sha256 = createHash('sha256').update(bytes).digest('hex');
			const url = `/content/media/places/${id}/photo.${sha256.slice(0, 8)}.jpg`;
			mkdirSync(dirname(join(dir, url)), { recursive: true });
			writeFileSync(join(dir, url), bytes);
			return { url, bytes: bytes.length, sha256, kind: 'image' as const, owner: `place:${id}` };
		});
		writeFileSync(join(dir, 'content/manifest.json'), JSON.stringify({ ...manifest, media: files }));
	});
	const proxy = await startFaultProxy(copy.port);
	return { copy, proxy, files, big: files[2]!, routeId };
}

/** Opens the offline screen once the service worker controls the page (the whole app precached). */
export async function openOfflineScreenOf(site: MediaSite, page: Page): Promise<void> {
	await page.goto(`${site.proxy.url}/en/offline`);
	await waitForOfflineReady(page);
	await page.reload();
	await expect(page.locator('[data-pack="province"]')).toBeVisible();
}
