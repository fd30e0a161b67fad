/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:content-manifest' {
	import type { ContentManifest } from '$lib/domain/content/types';
	const manifest: ContentManifest;
	export default manifest;
}
