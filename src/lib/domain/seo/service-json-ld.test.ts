// Service pages tell search engines what the business is, in the LocalBusiness family, with
// only what the content knows.
import { describe, expect, it } from 'vitest';
import { makeService } from '../../../../tests/fixtures/bundle.ts';
import { serviceJsonLd } from './service-json-ld.ts';

const url = 'https://guide.example/en/service/x';

describe('serviceJsonLd', () => {
	it('types a hotel as a Hotel, with its hours and price range', () => {
		const ld = serviceJsonLd(
			makeService({
				id: 'x',
				kind: 'hotel',
				contact: { phone: '+84 206 3852 000' },
				hours: { rules: [{ days: ['mon', 'tue'], open: '07:00', close: '22:00' }] },
				priceRange: {
					minVnd: 300000,
					maxVnd: 500000,
					unit: 'per night',
					asOf: '2025-06',
					source: 'https://s.example',
					checked: '2026-11-22'
				}
			}),
			url,
			'en'
		);
		expect(ld['@type']).toBe('Hotel');
		expect(ld.telephone).toBe('+84 206 3852 000');
		expect(ld.priceRange).toBe('300000–500000 VND');
		expect(ld.openingHoursSpecification).toEqual([
			{
				'@type': 'OpeningHoursSpecification',
				dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'],
				opens: '07:00',
				closes: '22:00'
			}
		]);
	});

	it('types an information centre and leaves out hours and price it does not know', () => {
		const ld = serviceJsonLd(makeService({ id: 'x', kind: 'information-centre' }), url, 'vi');
		expect(ld['@type']).toBe('TouristInformationCenter');
		expect(ld).not.toHaveProperty('openingHoursSpecification');
		expect(ld).not.toHaveProperty('priceRange');
		expect(ld).not.toHaveProperty('telephone');
		expect(ld).not.toHaveProperty('geo');
	});

	it('leaves out hours that hold only in some months', () => {
		const ld = serviceJsonLd(
			makeService({ id: 'x', kind: 'guide', hours: { rules: [{ days: ['sat'], open: '08:00', close: '17:00', months: [6, 7] }] } }),
			url,
			'en'
		);
		expect(ld['@type']).toBe('TravelAgency');
		expect(ld).not.toHaveProperty('openingHoursSpecification');
	});
});
