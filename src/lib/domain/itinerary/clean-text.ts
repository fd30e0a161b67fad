/**
 * Text from an operator or from a link, made safe to keep and to show as text: Unicode NFC (so
 * Vietnamese composed and decomposed forms match), no control characters (line breaks kept only
 * where asked; a carriage return is dropped, so Windows line ends become plain ones), no surrounding spaces, at most `max` characters.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

export function cleanText(value: unknown, max: number, multiline = false): string {
	if (typeof value !== 'string') return '';
	let text = value.normalize('NFC').replace(CONTROL, '');
	text = multiline ? text.replace(/\t+/g, ' ').replace(/\n{3,}/g, '\n\n') : text.replace(/[\n\t]+/g, ' ');
	text = text.trim();
	return [...text].slice(0, max).join('').trim();
}
