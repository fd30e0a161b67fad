/**
 * Writes src/admin/cms-config.json, the web editor's configuration, from the content schema
 * (cms-config.ts). Run it after changing tools/content/schema.ts or tools/cms/field-labels.ts:
 *
 *     npx tsx tools/cms/gen-config.ts
 *
 * tools/cms/cms-config.test.ts fails when the file and the schema drift apart.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { cmsConfig, unlabelled } from './cms-config.ts';

export const CONFIG_FILE = join(resolve(fileURLToPath(import.meta.url), '../../..'), 'src/admin/cms-config.json');

/** The file's text as the generator writes it (formatted like every JSON file of the project). */
export async function configText(): Promise<string> {
	const options = (await resolveConfig(CONFIG_FILE)) ?? {};
	return format(JSON.stringify(cmsConfig()), { ...options, filepath: CONFIG_FILE });
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
	const text = await configText();
	if (unlabelled.size > 0) {
		console.error(`tools/cms/field-labels.ts has no words for: ${[...unlabelled].join(', ')}`);
		process.exitCode = 1;
	} else if (text === readFileSync(CONFIG_FILE, { encoding: 'utf8', flag: 'a+' })) {
		console.log(`${CONFIG_FILE} is up to date`);
	} else {
		writeFileSync(CONFIG_FILE, text);
		console.log(`wrote ${CONFIG_FILE}`);
	}
}
