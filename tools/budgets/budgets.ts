/**
 * Size budgets: what a visitor downloads must not creep up unnoticed. The build measures the
 * gzip size of every file in dist/ (and the whole offline set) and stops with a message naming
 * the file and the budget it broke. Sizes, not timings: the same build gives the same answer on
 * any machine, so CI can hold the line (docs/bench.md reports the timings).
 */

export type Measured = { file: string; gzip: number };

export type Budget = {
	/** What the budget is for, in the words of the failure message. */
	label: string;
	/** Files it applies to (paths relative to dist/, `/`-separated). */
	match: RegExp;
	/** Largest allowed gzip size, in bytes, of each matching file (or of their sum with `total`). */
	maxGzip: number;
	/** Sum the matching files instead of checking each one. */
	total?: boolean;
	/** A budget that matches nothing is a failure too (a renamed entry must not escape its budget). */
	required?: boolean;
};

const KB = 1024;

/**
 * The budgets of the production build. Raise one only with a reason in the commit message;
 * lower it when a change makes room.
 */
export const BUDGETS: Budget[] = [
	// Every screen is a lazy chunk and the UI strings come without i18next, one language per page
	// (src/views/screens.svelte.ts): 90.4 → 17.2 KB. The Svelte runtime chunk (18.7 KB) comes beside it. A guide
	// with photos adds their code to the entry (18.3 KB in the photo fixture build), hence 20 KB.
	{ label: 'entry script', match: /^assets\/index-[^/]+\.js$/, maxGzip: 20 * KB, required: true },
	{ label: 'Svelte runtime (shared by the entry and every screen)', match: /^assets\/disclose-version-[^/]+\.js$/, maxGzip: 20 * KB },
	// One sheet with every screen's styles (vite.config.ts `cssCodeSplit: false`): a page's first paint
	// waits for one request instead of up to eight. It was 2.1 KB plus 0.1–1.5 KB per screen sheet; 6.1 KB together.
	{ label: 'app stylesheet (every page)', match: /^assets\/style-[^/]+\.css$/, maxGzip: 8 * KB, required: true },
	{ label: 'map chunk (MapLibre, loaded on the map screens only)', match: /^assets\/HomeMap-[^/]+\.js$/, maxGzip: 310 * KB },
	{ label: 'MapLibre worker', match: /^assets\/maplibre-gl-worker-[^/]+\.m?js$/, maxGzip: 155 * KB },
	{
		label: 'lazy chunk',
		match: /^assets\/(?!index-|HomeMap-|maplibre-gl-worker-|disclose-version-)[^/]+\.m?js$/,
		maxGzip: 40 * KB
	},
	// MapLibre's own CSS, linked when the live map starts (src/lib/map/stylesheet.ts).
	{ label: 'lazy stylesheet', match: /^assets\/(?!style-)[^/]+\.css$/, maxGzip: 12 * KB },
	// Most of a place page is its inline locator map (SVG of the roads and rivers around it, ~35 KB). The slice
	// of the bundle it hydrates from is its own file, fetched after the first paint (tools/prerender-slice.ts):
	// 2–6 KB in the real guide, 4.4 KB median at 10,000 places (docs/bench.md).
	{ label: 'prerendered place page', match: /^(vi|en)\/place\/[^/]+\/index\.html$/, maxGzip: 52 * KB, required: true },
	{
		label: "a place page's slice of the bundle",
		match: /^content\/pages\/(vi|en)\/[^/]+\.[0-9a-f]+\.json$/,
		maxGzip: 16 * KB,
		required: true
	},
	// A route page's slice: its stops and the services around each (tools/prerender-slice.ts); 8 KB for 16 stops.
	{
		label: "a route page's slice of the bundle",
		match: /^content\/routes\/(vi|en)\/[^/]+\.[0-9a-f]+\.json$/,
		maxGzip: 16 * KB,
		required: true
	},
	// The home's slice: every place as its list and map draw it (tools/prerender-slice.ts), a fifth of the bundle.
	{ label: "the home's slice of the bundle", match: /^content\/home\/(vi|en)\.[0-9a-f]+\.json$/, maxGzip: 32 * KB, required: true },
	{ label: 'prerendered page', match: /^(?:(vi|en)\/(?!place\/).*)?index\.html$/, maxGzip: 26 * KB },
	{ label: 'content bundle of one language', match: /^content\/(vi|en)\.[0-9a-f]+\.json$/, maxGzip: 120 * KB, required: true },
	// Kind words across the languages and other names for whole-name ranking: 45 → 52 KB.
	{ label: 'search index', match: /^content\/search\.[0-9a-f]+\.json$/, maxGzip: 64 * KB },
	{ label: 'font file', match: /^fonts\/[^/]+\.woff2$/, maxGzip: 12 * KB },
	{ label: 'offline set (everything the service worker precaches)', match: /^offline set$/, maxGzip: 1500 * KB, required: true }
];

const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;

/** Every broken budget, as one line naming the file, its size and the budget. Empty when all hold. */
export function checkBudgets(measured: readonly Measured[], budgets: readonly Budget[] = BUDGETS): string[] {
	const problems: string[] = [];
	for (const budget of budgets) {
		const hits = measured.filter((m) => budget.match.test(m.file));
		if (hits.length === 0) {
			if (budget.required) problems.push(`no file matches the budget for the ${budget.label} (${budget.match})`);
			continue;
		}
		if (budget.total) {
			const sum = hits.reduce((s, m) => s + m.gzip, 0);
			if (sum > budget.maxGzip) {
				problems.push(`${hits.length} files for the ${budget.label}: ${kb(sum)} gzip together, over the budget of ${kb(budget.maxGzip)}`);
			}
			continue;
		}
		for (const m of hits) {
			if (m.gzip > budget.maxGzip) {
				problems.push(`${m.file}: ${kb(m.gzip)} gzip, over the budget of ${kb(budget.maxGzip)} for the ${budget.label}`);
			}
		}
	}
	return problems;
}
