/**
 * The only script a prerendered page fetches before it is painted. On a phone's slow link, the
 * scripts fetched beside the HTML and the stylesheet share its bandwidth and hold back the first
 * paint: a place page from a QR code painted its text at 1.8 s with its 60 KB of scripts fetched
 * at once, at 0.9 s without them (Lighthouse's slow 4G; docs/bench.md). So the prerenderer puts the
 * app's entry script and every module it and the page's screen need into an inert
 * `<template id="page-modules">` (tools/prerender-assets.ts: nothing in a template is fetched), and
 * this script, once the page is painted, puts them in the head: they come side by side, and the app
 * (src/main.ts) hydrates the page. Pages that are not prerendered start the app from index.html.
 * No imports: it is its own entry (vite.config.ts), a few hundred bytes.
 */

let started = false;

/**
 * A tap on one of the page's buttons (Save, Share…) before the app has started would do nothing: the
 * button is marked, and src/main.ts taps it again once the page has hydrated (hydration keeps the
 * page's elements). Only the last one counts; links and submit buttons work without the app.
 */
document.addEventListener(
	'click',
	(event) => {
		if (document.documentElement.dataset.ready || !event.isTrusted) return;
		const button = event.target instanceof Element ? event.target.closest('#app button:not([type="submit"])') : null;
		if (!button) return;
		for (const marked of document.querySelectorAll('[data-tapped]')) marked.removeAttribute('data-tapped');
		button.setAttribute('data-tapped', '');
	},
	true
);

function start(): void {
	if (started) return;
	started = true;
	const modules = document.getElementById('page-modules');
	if (!(modules instanceof HTMLTemplateElement) || !modules.dataset.entry) return;
	document.head.append(modules.content.cloneNode(true));
	const entry = document.createElement('script');
	entry.type = 'module';
	entry.src = modules.dataset.entry;
	document.head.append(entry);
}

// Module scripts run once the stylesheet has loaded; the browser reports the first contentful
// paint once the text is on the screen (a frame callback comes too early: the frame is not yet
// shown). A tab in the background paints nothing: it starts now; one hidden before its first paint,
// or a browser that does not report paints, starts on the timer.
if (document.visibilityState !== 'visible') start();
else {
	setTimeout(start, 1000);
	if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
		const painted = new PerformanceObserver((list) => {
			if (!list.getEntriesByName('first-contentful-paint').length) return;
			painted.disconnect();
			start();
		});
		painted.observe({ type: 'paint', buffered: true });
	} else requestAnimationFrame(() => setTimeout(start, 0));
}
