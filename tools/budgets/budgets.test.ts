import { describe, expect, it } from 'vitest';
import { BUDGETS, checkBudgets, type Budget } from './budgets.ts';

const KB = 1024;
const budgets: Budget[] = [
	{ label: 'entry script', match: /^assets\/index-[^/]+\.js$/, maxGzip: 60 * KB, required: true },
	{ label: 'lazy chunk', match: /^assets\/(?!index-)[^/]+\.js$/, maxGzip: 20 * KB },
	{ label: 'offline set', match: /^offline set$/, maxGzip: 100 * KB, total: true }
];

describe('checkBudgets', () => {
	it('passes when every file is within its budget', () => {
		expect(
			checkBudgets(
				[
					{ file: 'assets/index-abc.js', gzip: 60 * KB },
					{ file: 'assets/search-def.js', gzip: 19 * KB },
					{ file: 'offline set', gzip: 90 * KB }
				],
				budgets
			)
		).toEqual([]);
	});

	it('names the file, its size and the budget it broke', () => {
		const problems = checkBudgets(
			[
				{ file: 'assets/index-abc.js', gzip: 61 * KB },
				{ file: 'assets/search-def.js', gzip: 19 * KB },
				{ file: 'assets/saved-ghi.js', gzip: 25 * KB }
			],
			budgets
		);
		expect(problems).toEqual([
			'assets/index-abc.js: 61.0 KB gzip, over the budget of 60.0 KB for the entry script',
			'assets/saved-ghi.js: 25.0 KB gzip, over the budget of 20.0 KB for the lazy chunk'
		]);
	});

	it('sums the files of a total budget', () => {
		const problems = checkBudgets(
			[
				{ file: 'assets/index-a.js', gzip: 1 },
				{ file: 'offline set', gzip: 101 * KB }
			],
			budgets
		);
		expect(problems).toEqual(['1 files for the offline set: 101.0 KB gzip together, over the budget of 100.0 KB']);
	});

	it('fails when a required budget matches no file, so a renamed entry cannot escape it', () => {
		expect(checkBudgets([{ file: 'assets/main-abc.js', gzip: 10 }], budgets)).toEqual([
			'no file matches the budget for the entry script (/^assets\\/index-[^/]+\\.js$/)'
		]);
	});

	it('gives each shipped kind of file a budget: entry, lazy chunks, place pages, slices, offline set, fonts', () => {
		const files = [
			'assets/index-Bq1.js',
			'assets/style-Bq1.css',
			'assets/maplibre-gl-Cx2.css',
			'assets/search-index-Bhq.js',
			'en/place/ban-gioc-waterfall/index.html',
			'vi/index.html',
			'content/vi.0123456789.json',
			'content/pages/en/ban-gioc-waterfall.0123456789.json',
			'content/routes/vi/east-traditional-cultures.0123456789.json',
			'content/home/vi.0123456789.json',
			'fonts/noto-sans-latin-400-normal.woff2',
			'offline set'
		];
		for (const file of files) {
			expect(
				BUDGETS.some((b) => b.match.test(file)),
				file
			).toBe(true);
		}
		const huge = files.map((file) => ({ file, gzip: 10_000 * KB }));
		expect(checkBudgets(huge)).toHaveLength(files.length);
	});
});
