/**
 * Sets style properties from script, through the CSSOM, never as a `style="…"` attribute: the
 * Content-Security-Policy allows no inline styles (docs/security.md), and a server-rendered
 * attribute would be refused on the prerendered page. Use `{@attach cssVars({ '--route-color': c })}`;
 * the attachment runs again when a value changes. An undefined value removes the property.
 */
import type { Attachment } from 'svelte/attachments';

export function cssVars(props: Record<string, string | undefined>): Attachment<HTMLElement> {
	return (node) => {
		for (const [name, value] of Object.entries(props)) {
			if (value === undefined) node.style.removeProperty(name);
			else node.style.setProperty(name, value);
		}
	};
}
