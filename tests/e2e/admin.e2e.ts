import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { formatProblem, loadContent, readProvince } from '../../tools/content/load-content.ts';
import { makePhoto } from '../../tools/content/images/fixture-photos.ts';
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

test('the office adds a photo to a place in the editor: the file lands beside place.yaml, listed with its alt text, credit and licence', async ({
	page,
	baseURL
}) => {
	const seen = record(page);
	await openLocalClone(page);
	await page.evaluate(() => (location.hash = '#/collections/place-facts/entries/ban-gioc-waterfall/place'));
	await expect(page.getByRole('group', { name: /Vị trí · Location/ })).toBeVisible();
	// The form draws its fields as they scroll into view: scroll to the photos.
	const addPhoto = page.getByRole('button', { name: /^\W*(add)?\W*Thêm\W*Ảnh · Photos\W*$/ });
	await page.mouse.move(300, 500);
	for (let i = 0; i < 40 && (await addPhoto.count()) === 0; i++) {
		await page.mouse.wheel(0, 800);
		await page.waitForTimeout(200);
	}
	await addPhoto.click();
	await expect(page.getByRole('button', { name: 'Duyệt tệp' })).toBeVisible();

	// A photo the test makes (no licence question): 1,600 px wide, no GPS.
	// "Duyệt tệp" (browse) opens the system's file picker through this input.
	await page
		.locator('input[type="file"][accept="image/jpeg,image/png"]')
		.first()
		.setInputFiles({ name: 'thac-ban-gioc.jpg', mimeType: 'image/jpeg', buffer: await makePhoto({ width: 1600, height: 1000 }) });
	const photo = page.getByRole('group', { name: /Tệp · File/ }).last();
	await expect(photo).toContainText('thac-ban-gioc.jpg');
	await page.getByRole('textbox', { name: 'Tiếng Việt · Vietnamese' }).last().fill('Thác nhìn từ bãi cỏ phía dưới');
	await page.getByRole('textbox', { name: 'Tiếng Anh · English' }).last().fill('The falls seen from the meadow below');
	await page.getByRole('textbox', { name: 'Tác giả · Credit' }).last().fill('Văn phòng du lịch');
	await page.getByRole('textbox', { name: 'Giấy phép · Licence' }).last().fill('CC BY 4.0');
	await page.screenshot({ path: 'docs/screenshots/admin-photo-upload.png' });
	await page.getByRole('button', { name: 'Lưu' }).first().click();

	const dir = 'content/places/ban-gioc-waterfall';
	await expect.poll(() => readRepoFile(page, `${dir}/place.yaml`), { timeout: 30_000 }).toContain('thac-ban-gioc.jpg');
	const yaml = (await readRepoFile(page, `${dir}/place.yaml`))!;
	expect(yaml).toMatch(/images:\n\s+- file: thac-ban-gioc\.jpg\n/);
	expect(yaml).toContain('vi: Thác nhìn từ bãi cỏ phía dưới');
	expect(yaml).toContain('en: The falls seen from the meadow below');
	expect(yaml).toContain('licence: CC BY 4.0');
	// The photo itself, byte for byte as uploaded, in the entry's own folder (not a shared media folder).
	const size = await page.evaluate(async (path) => {
		let d = await navigator.storage.getDirectory();
		const parts = path.split('/');
		for (const part of parts.slice(0, -1)) d = await d.getDirectoryHandle(part);
		return (await (await d.getFileHandle(parts.at(-1)!)).getFile()).size;
	}, `${dir}/thac-ban-gioc.jpg`);
	expect(size).toBe((await makePhoto({ width: 1600, height: 1000 })).length);

	expect(foreign(seen.requests, baseURL!)).toEqual([]);
	expect(seen.errors).toEqual([]);
});

test('nginx gives /admin its own CSP, which adds only the Git host, and leaves the public pages their own', async ({ request }) => {
	const admin = (await request.get('/admin/')).headers()['content-security-policy'] ?? '';
	const site = (await request.get('/vi/')).headers()['content-security-policy'] ?? '';
	const connect = (csp: string) => /connect-src ([^;]*)/.exec(csp)?.[1]?.split(' ');
	expect(connect(admin)).toEqual(["'self'", 'data:', 'blob:', 'https://api.github.com']);
	expect(connect(site)).toEqual(["'self'"]);
	expect(site).not.toContain('github');
});
