/** `npm run content:build`: checks and compiles content into .generated/content/. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileContent } from './compile.ts';
import { runCheck } from './run-check.ts';
import { resolveSiteUrl } from '../site-url.ts';
import { buildContentRoads } from '../roads/content-roads.ts';

const root = process.cwd();
const { content, errors } = runCheck(root, (line) => console.log(line));
if (errors > 0) {
	process.exitCode = 1;
} else {
	const out = join(root, '.generated');
	rmSync(join(out, 'content'), { recursive: true, force: true });
	// Written for looking at, not for deploying: localhost is fine when no address is given.
	const compiled = compileContent(content, { siteUrl: resolveSiteUrl({ fromEnv: process.env.SITE_URL, fromSite: content.site?.siteUrl, local: true }), roads: buildContentRoads });
	for (const file of compiled.files) {
		const path = join(out, file.fileName);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, file.source);
	}
	console.log(`content ${compiled.version}: ${compiled.files.length} files in .generated/content/`);
}
