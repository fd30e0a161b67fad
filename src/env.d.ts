/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:content-manifest' {
	import type { ContentManifest } from '$lib/domain/content/types';
	const manifest: ContentManifest;
	export default manifest;
}

declare module 'virtual:basemap' {
	/** Where the map's local files are (tools/basemap/vite-plugin.ts). */
	const basemap: { overview: string; glyphs: string; sprite: string; attribution: string };
	export default basemap;
}
