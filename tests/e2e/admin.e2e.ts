import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatProblem, loadContent, readProvince } from '../../tools/content/load-content.ts';
import { contentFiles, readRepoFile, serveLocalRepo } from './helpers/local-repo.ts';

const repo = new URL('../..', import.meta.url).pathname;

/** Every request the page makes and every console error, to prove /admin needs nothing from another origin. */
function record(page: Page) {
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => requests.push(r.url()));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { requests, errors };
}

const foreign = (requests: string[], base: string) =>
	requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== new URL(base).origin);

/** Opens /admin on a scratch copy of content/, as the office opens its clone: "Work with Local Repository". */
async function openLocalClone(page: Page): Promise<void> {
	await page.goto('/admin/');
	await serveLocalRepo(page, contentFiles(repo));
	await page.getByRole('button', { name: 'Làm việc với kho mã nguồn cục bộ' }).click();
	await expect(page.getByRole('treeitem', { name: /^Địa điểm · Places/ })).toBeVisible({ timeout: 30_000 });
}

// A desktop browser in English: the editor still opens in Vietnamese, the office's language.
// Reading the 360 files of the clone takes a while on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false, locale: 'en-US' });

test('the editor opens the local clone in Vietnamese with every collection, a place in both languages and its nested facts, all from our origin', async ({
	page,
	baseURL
}) => {
	const seen = record(page);
	await openLocalClone(page);
	const places = contentFiles(repo).filter((f) => /^content\/places\/[^/]+\/place\.yaml$/.test(f.path)).length;
	await expect(page.getByRole('treeitem', { name: /^Địa điểm · Places/ })).toContainText(String(places));
	for (const name of [
		'Địa điểm: thông tin chung · Places: facts',
		'Tuyến · Routes',
		'Dịch vụ · Services',
		'Trang · Pages',
		'Cài đặt · Settings'
	]) {
		await expect(page.getByRole('treeitem', { name: new RegExp(`^${name}`) })).toBeVisible();
	}
	await page.screenshot({ path: 'docs/screenshots/admin-collections-vi.png' });

	await page.evaluate(() => (location.hash = '#/collections/places/entries/ban-gioc-waterfall/place'));
	await expect(page.getByRole('textbox', { name: 'Tên · Name' })).toHaveValue('Thác Bản Giốc');
	await page.getByRole('radio', { name: 'Tiếng Anh' }).first().click();
	await expect(page.getByRole('textbox', { name: 'Tên · Name' })).toHaveValue('Bản Giốc Waterfall');
	await page.screenshot({ path: 'docs/screenshots/admin-place-both-languages.png' });

	await page.evaluate(() => (location.hash = '#/collections/place-facts/entries/ban-gioc-waterfall/place'));
	await expect(page.getByRole('group', { name: /Vị trí · Location/ })).toBeVisible();
	await expect(page.getByRole('spinbutton', { name: 'Vĩ độ · Latitude' })).toHaveValue(/^22\.\d+$/);
	await page.screenshot({ path: 'docs/screenshots/admin-place-facts.png' });

	expect(foreign(seen.requests, baseURL!)).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('a place added in the editor lands as place.vi.md and place.en.md in its own folder, and content:check says what is still missing', async ({
	page
}) => {
	await openLocalClone(page);
	await page.evaluate(() => (location.hash = '#/collections/places/new'));
	await page.getByRole('textbox', { name: 'Tên · Name' }).fill('Hang Thử Nghiệm');
	await page.getByRole('textbox', { name: 'Tóm tắt · Summary' }).fill('Một hang đá vôi để thử trình biên tập.');
	await page.getByRole('radio', { name: 'Tiếng Anh' }).first().click();
	await page.getByRole('textbox', { name: 'Tên · Name' }).fill('Test Cave');
	await page.getByRole('textbox', { name: 'Tóm tắt · Summary' }).fill('A limestone cave to try the editor.');
	await page.getByRole('textbox', { name: 'Đường dẫn tĩnh' }).fill('hang-thu-nghiem');
	await page.getByRole('button', { name: 'Lưu' }).first().click();
	await expect(page.getByRole('treeitem', { name: /^Địa điểm · Places/ })).toBeVisible();

	const saved: Record<string, string> = {};
	for (const lang of ['vi', 'en']) {
		const path = `content/places/hang-thu-nghiem/place.${lang}.md`;
		const text = await readRepoFile(page, path);
		expect(text, path).toBeDefined();
		saved[path] = text!;
	}
	expect(saved['content/places/hang-thu-nghiem/place.vi.md']).toContain('name: Hang Thử Nghiệm');
	expect(saved['content/places/hang-thu-nghiem/place.en.md']).toContain('name: Test Cave');

	// The office forgot the facts (place.yaml): the check names the file, in both languages.
	const root = mkdtempSync(join(tmpdir(), 'admin-check-'));
	try {
		cpSync(join(repo, 'tools/content/__fixtures__/good'), root, { recursive: true });
		for (const [path, text] of Object.entries(saved)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		const { problems } = loadContent(root, readProvince(repo));
		expect(problems.map(formatProblem)).toEqual([
			'content/places/hang-thu-nghiem/place.yaml:1: is missing: every entry needs a place.yaml with its facts — chưa có: mỗi mục cần tệp place.yaml chứa thông tin',
			'content/places/hang-thu-nghiem/place.vi.md:1 body: has no description below the --- block — chưa có phần mô tả bên dưới khối ---',
			'content/places/hang-thu-nghiem/place.en.md:1 body: has no description below the --- block — chưa có phần mô tả bên dưới khối ---'
		]);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
});

test('nginx gives /admin its own CSP, which adds only the Git host, and leaves the public pages their own', async ({ request }) => {
	const admin = (await request.get('/admin/')).headers()['content-security-policy'] ?? '';
	const site = (await request.get('/vi/')).headers()['content-security-policy'] ?? '';
	const connect = (csp: string) => /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ');
	expect(connect(admin)).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
	expect(connect(site)).toEqual(["'self'"]);
	expect(site).not.toContain('github');
});
