import { describe, expect, it } from 'vitest';
import type { Bundle, MediaFile, Route, Service } from '../content/types.ts';
import {
	hashMatches,
	likelyFits,
	ownersForRoute,
	packFiles,
	packHealth,
	parsePackId,
	planDownload,
	provincePack,
	routePack,
	toHex,
	totalBytes,
	urlsToDelete,
	type PackRecord
} from './plan.ts';

function createMedia(url: string, owner: string, bytes = 100): MediaFile {
	return { url, bytes, sha256: 'a'.repeat(64), kind: 'image', owner };
}

function createBundle(): Bundle {
	const route = { id: 'east', stops: ['ban-gioc', 'nguom-ngao'] } as Route;
	const services = [
		{ id: 'homestay-a', places: ['ban-gioc'] },
		{ id: 'homestay-b', places: ['pac-bo'] }
	] as Service[];
	return {
		lang: 'vi',
		version: 'v1',
		site: { title: '', description: '', siteUrl: '', emergency: [] },
		places: [],
		routes: [route],
		services,
		pages: []
	};
}

const media = [
	createMedia('/content/media/places/ban-gioc/a.1.jpg', 'place:ban-gioc', 300),
	createMedia('/content/media/places/nguom-ngao/b.1.jpg', 'place:nguom-ngao', 200),
	createMedia('/content/media/places/pac-bo/c.1.jpg', 'place:pac-bo', 500),
	createMedia('/content/media/services/homestay-a/d.1.jpg', 'service:homestay-a', 50),
	createMedia('/content/media/services/homestay-b/e.1.jpg', 'service:homestay-b', 70),
	createMedia('/content/basemap/detail.pmtiles', 'site', 10_000)
];

describe('pack ids', () => {
	it('reads back what it writes', () => {
		expect(parsePackId('province')).toEqual(provincePack);
		expect(parsePackId(routePack('east').id)).toEqual(routePack('east'));
		expect(parsePackId('route:')).toBeNull();
		expect(parsePackId('everything')).toBeNull();
	});
});

describe('packFiles', () => {
	it('takes a route’s stops and the services linked to them', () => {
		expect([...ownersForRoute(createBundle(), 'east')].sort()).toEqual([
			'place:ban-gioc',
			'place:nguom-ngao',
			'route:east',
			'service:homestay-a'
		]);
		expect(packFiles(routePack('east'), createBundle(), media).map((f) => f.owner)).toEqual([
			'place:ban-gioc',
			'place:nguom-ngao',
			'service:homestay-a'
		]);
	});
	it('takes every file, the detail map included, for the whole province', () => {
		expect(packFiles(provincePack, createBundle(), media)).toHaveLength(6);
	});
	it('is empty for an unknown route and when there is no media at all', () => {
		expect(packFiles(routePack('nowhere'), createBundle(), media)).toEqual([]);
		expect(packFiles(provincePack, createBundle(), [])).toEqual([]);
	});
	it('lists a file once even if the manifest repeats it', () => {
		expect(packFiles(provincePack, createBundle(), [media[0]!, media[0]!])).toHaveLength(1);
	});
});

describe('planDownload', () => {
	const files = packFiles(routePack('east'), createBundle(), media);
	it('knows the total before fetching anything', () => {
		const plan = planDownload(routePack('east'), files, { stored: new Set(), incoming: new Set() });
		expect(plan.totalBytes).toBe(550);
		expect(plan.fetchBytes).toBe(550);
		expect(plan.toFetch).toHaveLength(3);
	});
	it('skips files already in a pack and resumes files verified by an interrupted try', () => {
		const plan = planDownload(routePack('east'), files, { stored: new Set([files[0]!.url]), incoming: new Set([files[1]!.url]) });
		expect(plan.stored.map((f) => f.url)).toEqual([files[0]!.url]);
		expect(plan.resumed.map((f) => f.url)).toEqual([files[1]!.url]);
		expect(plan.toFetch.map((f) => f.url)).toEqual([files[2]!.url]);
		expect(plan.fetchBytes).toBe(50);
		expect(plan.totalBytes).toBe(550);
	});
	it('knows a file whose first parts an interrupted try stored, so the screen offers Resume', () => {
		const url = files[2]!.url;
		const parts = new Set([`${url}.part-000000000000`, `${url}.part-000000262144`]);
		const plan = planDownload(routePack('east'), files, { stored: new Set(), incoming: parts });
		expect(plan.partial.map((f) => f.url)).toEqual([url]);
		expect(plan.toFetch.map((f) => f.url)).toContain(url);
		expect(plan.resumed).toEqual([]);
		// Another file's parts, or a path that only starts like a part, are not this file's.
		const other = planDownload(routePack('east'), files, {
			stored: new Set(),
			incoming: new Set([`${url}.part-12`, `${url}x.part-000000000000`])
		});
		expect(other.partial).toEqual([]);
	});
});

describe('packHealth and urlsToDelete', () => {
	const record = (id: PackRecord['id'], urls: string[]): PackRecord => ({
		id,
		status: 'ready',
		urls,
		bytes: 0,
		contentVersion: 'v1',
		completedAt: '2025-01-01T00:00:00Z'
	});
	it('finds files the browser evicted and files newer content added', () => {
		const r = record('route:east', ['/a', '/b']);
		expect(packHealth(r, new Set(['/a', '/b']))).toEqual({ missing: [], added: [] });
		expect(packHealth(r, new Set(['/a']), [createMedia('/a', 'x'), createMedia('/b', 'x'), createMedia('/c', 'x')])).toEqual({
			missing: ['/b'],
			added: ['/c']
		});
	});
	it('deletes only files no other pack needs', () => {
		const records = [record('route:east', ['/a', '/b']), record('province', ['/a', '/c'])];
		expect(urlsToDelete('route:east', records)).toEqual(['/b']);
		expect(urlsToDelete('province', records)).toEqual(['/c']);
		expect(urlsToDelete('route:none', records)).toEqual([]);
	});
});

describe('small helpers', () => {
	it('adds up bytes', () => expect(totalBytes(media)).toBe(11_120));
	it('says whether a download likely fits, or that it cannot tell', () => {
		expect(likelyFits(100, { usage: 900, quota: 1000 })).toBe(true);
		expect(likelyFits(101, { usage: 900, quota: 1000 })).toBe(false);
		expect(likelyFits(1, null)).toBeUndefined();
		expect(likelyFits(1, { usage: 0, quota: 0 })).toBeUndefined();
	});
	it('compares hashes in any case and refuses malformed ones', () => {
		expect(hashMatches('AB'.repeat(32), 'ab'.repeat(32))).toBe(true);
		expect(hashMatches('ab'.repeat(32), 'ac'.repeat(32))).toBe(false);
		expect(hashMatches('', '')).toBe(false);
	});
	it('writes a digest as hex', () => expect(toHex(new Uint8Array([0, 15, 255]).buffer)).toBe('000fff'));
});
