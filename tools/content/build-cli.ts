/** `npm run content:build`: checks content, processes its photos and compiles it into .generated/content/. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileContent } from './compile.ts';
import { runCheck } from './run-check.ts';
import { resolveSiteUrl } from '../site-url.ts';
import { buildContentRoads } from '../roads/content-roads.ts';
import { IMAGE_CACHE, processImages } from './images/process-images.ts';

const root = process.cwd();
const { content, errors } = await runCheck(root, (line) => console.log(line));
if (errors > 0) {
	process.exitCode = 1;
} else {
	const out = join(root, '.generated');
	const { images, stats } = await processImages(content, join(root, IMAGE_CACHE));
	console.log(`photos: ${stats.encoded} encoded, ${stats.cached} from the cache (${IMAGE_CACHE})`);
	rmSync(join(out, 'content'), { recursive: true, force: true });
	// Written for looking at, not for deploying: localhost is fine when no address is given.
	const siteUrl = resolveSiteUrl({ fromEnv: process.env.SITE_URL, fromSite: content.site?.siteUrl, local: true });
	const compiled = compileContent(content, { siteUrl, roads: buildContentRoads, images });
	for (const file of compiled.files) {
		const path = join(out, file.fileName);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.source);
	}
	console.log(`content ${compiled.version}: ${compiled.files.length} files in .generated/content/`);
}
