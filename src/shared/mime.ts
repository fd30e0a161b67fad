/**
 * The one table of file types the guide serves: nginx's `types {}` block
 * (deploy/nginx/caobang-guide.conf) is checked against it, `npm start` (tools/serve.ts) answers
 * with it, and the offline downloader labels the files it stores with it.
 */

/** File extension (lower case, no dot) → media type. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
	html: 'text/html',
	css: 'text/css',
	js: 'text/javascript',
	mjs: 'text/javascript',
	json: 'application/json',
	geojson: 'application/geo+json',
	webmanifest: 'application/manifest+json',
	pmtiles: 'application/vnd.pmtiles',
	pbf: 'application/x-protobuf',
	xml: 'application/xml',
	txt: 'text/plain',
	md: 'text/plain',
	svg: 'image/svg+xml',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	avif: 'image/avif',
	woff2: 'font/woff2',
	mp3: 'audio/mpeg',
	m4a: 'audio/mp4',
	ogg: 'audio/ogg'
};

/** What an unknown extension is served as (nginx's `default_type`). */
export const DEFAULT_MIME_TYPE = 'application/octet-stream';

/** Types sent with `; charset=utf-8` (text/html and nginx's `charset_types`). */
export const UTF8_TYPES: ReadonlySet<string> = new Set([
	'text/html',
	'text/css',
	'text/plain',
	'text/xml',
	'text/javascript',
	'application/json',
	'application/geo+json',
	'application/manifest+json',
	'application/xml',
	'image/svg+xml'
]);

/** The media type of a path or URL from its extension, without charset. */
export function mimeTypeOf(path: string): string {
	const name = path.split(/[?#]/, 1)[0]?.split('/').pop() ?? '';
	const dot = name.lastIndexOf('.');
	return (dot > 0 && MIME_TYPES[name.slice(dot + 1).toLowerCase()]) || DEFAULT_MIME_TYPE;
}

/** The `Content-Type` header a server sends for a path: the media type, plus the charset of text. */
export function contentTypeOf(path: string): string {
	const type = mimeTypeOf(path);
	return UTF8_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}
