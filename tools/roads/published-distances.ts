/**
 * Road distances from Cao Bằng city that sources publish (collected in the project's fact dossier, facts.md §7 and
 * the POI records), to check the computed road distances against. `maxKm: null` means "more than minKm".
 */

export type PublishedDistance = { id: string; label: string; minKm: number; maxKm: number | null; source: string };

export const ORIGIN_ID = 'cao-bang-city';

export const PUBLISHED_DISTANCES: readonly PublishedDistance[] = [
	{ id: 'ky-sam-temple', label: 'Đền Kỳ Sầm', minKm: 5, maxKm: 5, source: 'POI record: ~5 km from the city centre' },
	{ id: 'ma-phuc-pass-pillow-basalt', label: 'Đèo Mã Phục', minKm: 20, maxKm: 20, source: 'POI record: about 20 km by NH3' },
	{ id: 'thang-hen-lake', label: 'Hồ Thang Hen', minKm: 25, maxKm: 30, source: 'facts.md §7: 25–30 km' },
	{ id: 'phuc-sen-blacksmith-village', label: 'Làng rèn Phúc Sen', minKm: 30, maxKm: 30, source: 'facts.md §7: 30 km' },
	{ id: 'phja-thap-incense-village', label: 'Làng hương Phja Thắp', minKm: 35, maxKm: 35, source: 'facts.md §7: ~35 km' },
	{ id: 'border-victory-1950-dong-khe', label: 'Đông Khê', minKm: 40, maxKm: 40, source: 'facts.md §7: ~40 km (by NH4A)' },
	{ id: 'kim-dong-relic', label: 'Nà Mạ (Kim Đồng)', minKm: 50, maxKm: 50, source: 'facts.md §7: ~50 km' },
	{ id: 'mat-than-nui-angel-eye', label: 'Núi Mắt Thần', minKm: 50, maxKm: 50, source: 'facts.md §7: ~50 km' },
	{ id: 'tran-hung-dao-forest', label: 'Rừng Trần Hưng Đạo', minKm: 50, maxKm: 50, source: 'facts.md §7: ~50 km' },
	{ id: 'pac-bo-special-national-relic', label: 'Pác Bó', minKm: 50, maxKm: 55, source: 'facts.md §7: 50–55 km (§3: 52–55 km)' },
	{ id: 'trung-khanh-market', label: 'Trùng Khánh', minKm: 58, maxKm: 58, source: 'facts.md §7: ~58 km' },
	{ id: 'hoai-khao-village', label: 'Hoài Khao', minKm: 60, maxKm: 60, source: 'facts.md §7: 60 km' },
	{ id: 'phja-oac-summit', label: 'Phja Oắc', minKm: 60, maxKm: null, source: 'facts.md §7: >60 km' },
	{ id: 'ban-gioc-waterfall', label: 'Thác Bản Giốc', minKm: 85, maxKm: 90, source: 'facts.md §7: ~85–90 km' },
	{ id: 'khau-coc-cha-pass', label: 'Đèo Khau Cốc Chà', minKm: 90, maxKm: 90, source: 'facts.md §7: ~90 km' },
	{ id: 'nong-family-mansion-bao-lac', label: 'Bảo Lạc (town)', minKm: 118, maxKm: 118, source: 'facts.md §7: Cao Bằng–Bảo Lạc 118 km' }
];

/** How far the computed distance is outside the published range, as a share of the nearest bound (0 = inside). */
export function deviation(km: number, d: PublishedDistance): number {
	if (km < d.minKm) return (d.minKm - km) / d.minKm;
	if (d.maxKm !== null && km > d.maxKm) return (km - d.maxKm) / d.maxKm;
	return 0;
}
