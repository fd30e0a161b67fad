// The chain table is the one source for place pages, JSON-LD and docs/services.md; these tests
// hold the three together.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVICE_KINDS } from '../content/types.ts';
import { CHAIN_GROUPS, SERVICE_KIND_INFO, chainGroup, kindsOf, osmTag, schemaOrgType } from './chain.ts';

describe('service chain', () => {
	it('puts every kind in exactly one group, and every group has kinds', () => {
		const all = CHAIN_GROUPS.flatMap((g) => kindsOf(g, SERVICE_KINDS));
		expect([...all].sort()).toEqual([...SERVICE_KINDS].sort());
		for (const g of CHAIN_GROUPS) expect(kindsOf(g, SERVICE_KINDS).length).toBeGreaterThan(0);
	});

	it('keeps the fixed order Get there · Stay · Eat · Guide · Buy · Information', () => {
		expect(CHAIN_GROUPS).toEqual(['move', 'stay', 'eat', 'guide', 'buy', 'info']);
	});

	it('maps lodging to LodgingBusiness types and information to a tourist information centre', () => {
		expect(chainGroup('hotel')).toBe('stay');
		expect(schemaOrgType('hotel')).toBe('Hotel');
		expect(schemaOrgType('homestay')).toBe('BedAndBreakfast');
		expect(schemaOrgType('guesthouse')).toBe('LodgingBusiness');
		expect(schemaOrgType('restaurant')).toBe('Restaurant');
		expect(schemaOrgType('guide')).toBe('TravelAgency');
		expect(schemaOrgType('information-centre')).toBe('TouristInformationCenter');
		expect(schemaOrgType('bus-station')).toBe('BusStation');
		expect(osmTag('market')).toBe('amenity=marketplace');
		expect(chainGroup('ocop-product')).toBe('buy');
		expect(chainGroup('coach')).toBe('move');
	});

	it('is the table documented in docs/services.md', () => {
		const rows = SERVICE_KINDS.map((k) => {
			const i = SERVICE_KIND_INFO[k];
			return `| \`${k}\` | ${i.group} | \`${i.schemaOrg}\` | \`${i.osm}\` |`;
		});
		const table = ['| Kind | Chain group | schema.org | OpenStreetMap |', '|---|---|---|---|', ...rows].join('\n');
		const doc = readFileSync(new URL('../../../../docs/services.md', import.meta.url), 'utf8');
		// Prettier pads the columns; compare cell by cell.
		const cells = (md: string) => md.replace(/ *\| */g, '|').replace(/\|-+(?=\|)/g, '|---');
		expect(cells(doc)).toContain(cells(table));
	});
});
