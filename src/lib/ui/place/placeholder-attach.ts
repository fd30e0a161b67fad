/**
 * `{@attach photoPlaceholder(image.placeholder)}`: draws a photo's ThumbHash placeholder behind it
 * (the `--placeholder` property, set through the CSSOM: the CSP allows no inline style). The
 * decoder comes in a chunk of its own (photo-placeholder.ts), fetched only by pages that have
 * photos, not by every place page as part of its screen's code.
 */
import type { Attachment } from 'svelte/attachments';

export function photoPlaceholder(base64: string): Attachment<HTMLElement> {
	return (node) => {
		let attached = true;
		void import('./photo-placeholder').then(({ placeholderUrl }) => {
			const url = placeholderUrl(base64);
			if (attached && url) node.style.setProperty('--placeholder', `url(${url})`);
		});
		return () => {
			attached = false;
		};
	};
}
