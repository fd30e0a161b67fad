/**
 * Prerender step: embeds in each place page the slice of the bundle it draws
 * (src/lib/domain/content/page-slice.ts), so the page hydrates without the whole-guide bundle.
 * The slice is embedded only if the app renders the page from it exactly as from the whole
 * bundle: hydration then finds the HTML it expects, and nothing changes when the bundle arrives.
 */
import type { Bundle } from '../src/lib/domain/content/types.ts';
import { placePageSlice } from '../src/lib/domain/content/page-slice.ts';
import type { Screen } from '../src/lib/domain/routing/url.ts';

type Render = (path: string, bundle: Bundle) => { html: string };

/** JSON that cannot close the script element it sits in. */
const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export type SliceOutcome = { tag: string; mismatch: boolean };

/** The `<script type="application/json" id="page-data">` to put in the page's head, or ''. */
export function pageDataTag(render: Render, path: string, screen: Screen, bundle: Bundle, fullHtml: string): SliceOutcome {
	if (screen.name !== 'place') return { tag: '', mismatch: false };
	const slice = placePageSlice(bundle, screen.id);
	if (!slice) return { tag: '', mismatch: false };
	if (render(path, slice).html !== fullHtml) return { tag: '', mismatch: true };
	return { tag: `<script type="application/json" id="page-data">${safeJson(slice)}</script>`, mismatch: false };
}
