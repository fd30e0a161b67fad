/**
 * Sveltia CMS reads its interface language from this saved preference when it loads, else from
 * the browser: the office's editor opens in Vietnamese unless the editor chose another language in
 * its settings. Imported before the CMS, since imports run in order.
 */
const PREFS = 'sveltia-cms.prefs';
if (localStorage.getItem(PREFS) === null) localStorage.setItem(PREFS, JSON.stringify({ locale: 'vi' }));
