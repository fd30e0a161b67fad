/**
 * A scratch copy of content/ for the web editor (/admin) to open as its "local repository": the
 * files go into the page's origin-private file system, and the directory picker the editor calls
 * returns that folder, as if the office had picked its clone of the repository.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { migratedPath } from '../../../tools/content/migrate-layout.ts';

export type RepoFile = { path: string; text: string };

/** Every text file under `<root>/content`, named as the per-locale layout names it. */
export function contentFiles(root: string): RepoFile[] {
	const out: RepoFile[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const abs = join(dir, name);
			if (statSync(abs).isDirectory()) walk(abs);
			else if (/\.(md|yaml)$/.test(name)) out.push({ path: migratedPath(relative(root, abs)), text: readFileSync(abs, 'utf8') });
		}
	};
	walk(join(root, 'content'));
	return out;
}

/** Writes the files (and an empty .git folder, which the editor looks for) and answers its folder picker with them. */
export async function serveLocalRepo(page: Page, files: RepoFile[]): Promise<void> {
	await page.evaluate(async (list) => {
		const root = await navigator.storage.getDirectory();
		for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) {
			await root.removeEntry(name, { recursive: true });
		}
		await root.getDirectoryHandle('.git', { create: true });
		for (const { path, text } of list) {
			const parts = path.split('/');
			let dir = root;
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
			const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
			await writable.write(text);
			await writable.close();
		}
		(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = () =>
			navigator.storage.getDirectory();
	}, files);
}

/** A file as the editor left it in the scratch copy, or undefined. */
export function readRepoFile(page: Page, path: string): Promise<string | undefined> {
	return page.evaluate(async (p) => {
		let dir = await navigator.storage.getDirectory();
		const parts = p.split('/');
		try {
			for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
			return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
		} catch {
			return undefined;
		}
	}, path);
}
