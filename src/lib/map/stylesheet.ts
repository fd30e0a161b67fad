/**
 * MapLibre's own stylesheet, linked when the live map is first wanted. The app's styles are one
 * sheet on every page (vite.config.ts: `cssCodeSplit: false`, so a page's first paint waits for a
 * single request); MapLibre's 73 KB of CSS would triple it, so it stays out of that sheet and comes
 * with the map's code. Offline it is served from the service worker's precache like every asset.
 */
const loading = new Map<string, Promise<void>>();

/** Links the stylesheet at `href` once; resolves when it applies (or could not load: the map still starts). */
export function linkStylesheet(href: string, doc: Document = document): Promise<void> {
	const known = loading.get(href);
	if (known) return known;
	const done = new Promise<void>((resolve) => {
		const existing = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.getAttribute('href') === href);
		if (existing?.sheet) return resolve();
		const link = existing ?? doc.createElement('link');
		const settle = () => resolve();
		link.addEventListener('load', settle, { once: true });
		link.addEventListener(
			'error',
			() => {
				console.warn(`The map's stylesheet could not load: ${href}`);
				loading.delete(href);
				resolve();
			},
			{ once: true }
		);
		if (!existing) {
			link.rel = 'stylesheet';
			link.href = href;
			doc.head.append(link);
		}
	});
	loading.set(href, done);
	return done;
}
