import { describe, expect, it } from 'vitest';
import { contentTypeOf, mimeTypeOf } from './mime';

describe('mimeTypeOf', () => {
	it('reads the extension of a path or URL, in any case', () => {
		expect(mimeTypeOf('/content/media/places/a/cover.1a2b3c4d.JPG')).toBe('image/jpeg');
		expect(mimeTypeOf('https://guide.example/content/basemap/detail.pmtiles?v=2')).toBe('application/vnd.pmtiles');
		expect(mimeTypeOf('audio/intro.m4a#t=3')).toBe('audio/mp4');
	});
	it('falls back to bytes for unknown or missing extensions and hidden files', () => {
		expect(mimeTypeOf('/video.mkv')).toBe('application/octet-stream');
		expect(mimeTypeOf('/vi/place/x')).toBe('application/octet-stream');
		expect(mimeTypeOf('/.env')).toBe('application/octet-stream');
	});
});

describe('contentTypeOf', () => {
	it('adds the charset to text only', () => {
		expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
		expect(contentTypeOf('places.geojson')).toBe('application/geo+json; charset=utf-8');
		expect(contentTypeOf('0-255.pbf')).toBe('application/x-protobuf');
		expect(contentTypeOf('icon.png')).toBe('image/png');
	});
});
