/**
 * Component tests render text in both languages: load every language's UI strings first, as a
 * page does for its own language before it hydrates (src/main.ts).
 */
import { i18n } from '$lib/i18n/i18n.svelte';

await i18n.load();
