/**
 * The office report: what the guide does not know yet, entry by entry, so the provincial tourism
 * office knows what to survey, photograph or confirm. Only real gaps are listed. Each section says
 * what is missing in both languages; report-gaps.ts adds the service chain per route stop.
 */
import type { LoadedContent } from './load-content.ts';
import type { Words } from './field-words.ts';

export type Gap = { id: string; name: string; file: string; detail?: string };
export type Section = { title: Words; why: Words; gaps: Gap[] };
export type Report = Section[];

export function officeReport(content: LoadedContent): Report {
	const places = content.places.map((p) => ({
		p,
		name: p.texts.vi?.data.name ?? p.id,
		file: `content/places/${p.id}/place.yaml`
	}));
	const gap = (x: (typeof places)[number], detail?: string): Gap => ({ id: x.p.id, name: x.name, file: x.file, ...(detail ? { detail } : {}) });
	return [
		{
			title: { en: 'Location unknown', vi: 'Chưa rõ vị trí' },
			why: {
				en: 'Not on the map and not in "near me". A field survey or an authoritative map is needed.',
				vi: 'Không có trên bản đồ và trong "gần tôi". Cần khảo sát thực địa hoặc bản đồ chính thức.'
			},
			gaps: places.filter((x) => x.p.facts.location.confidence === 'none').map((x) => gap(x, x.p.facts.location.confidence === 'none' ? x.p.facts.location.note : undefined))
		},
		{
			title: { en: 'Location approximate', vi: 'Vị trí gần đúng' },
			why: {
				en: 'Drawn as an area. Confirm the point on site (derived from other numbers, or only the commune is known).',
				vi: 'Vẽ thành một vùng. Cần xác nhận điểm tại chỗ (suy ra từ số liệu khác, hoặc chỉ biết xã).'
			},
			gaps: places.flatMap((x) => {
				const loc = x.p.facts.location;
				return loc.confidence === 'derived' || loc.confidence === 'commune-area' ? [gap(x, `${loc.confidence}, ±${loc.uncertaintyM} m`)] : [];
			})
		},
		{
			title: { en: 'No photo', vi: 'Chưa có ảnh' },
			why: {
				en: 'Visitors see a drawing of the kind of place. Add photos with alt text, credit and licence.',
				vi: 'Du khách chỉ thấy hình vẽ loại địa điểm. Cần ảnh có mô tả, tác giả và giấy phép.'
			},
			gaps: places.filter((x) => x.p.facts.images.length === 0).map((x) => gap(x))
		},
		{
			title: { en: 'Opening hours unknown', vi: 'Chưa rõ giờ mở cửa' },
			why: { en: 'The guide says "unknown"; "open now" cannot be shown.', vi: 'Trang ghi "chưa rõ"; không thể báo "đang mở cửa".' },
			gaps: places.filter((x) => !x.p.facts.hours.always && !x.p.facts.hours.rules?.length).map((x) => gap(x))
		},
		{
			title: { en: 'Ticket prices unknown', vi: 'Chưa rõ giá vé' },
			why: { en: 'The guide says "unknown".', vi: 'Trang ghi "chưa rõ".' },
			gaps: places.filter((x) => !x.p.facts.tickets.free && !x.p.facts.tickets.prices?.length).map((x) => gap(x))
		},
		{
			title: { en: 'Commune after 1 July 2025 not set', vi: 'Chưa ghi xã sau ngày 1/7/2025' },
			why: { en: 'Search by the new commune name will not find these.', vi: 'Tìm theo tên xã mới sẽ không ra các mục này.' },
			gaps: places.filter((x) => !x.p.facts.commune).map((x) => gap(x))
		},
		{
			title: { en: 'No recorded audio', vi: 'Chưa có bản ghi âm' },
			why: { en: 'Only the device voice (where available) can read the page aloud.', vi: 'Chỉ giọng đọc của máy (nếu có) đọc được trang.' },
			gaps: places.filter((x) => !x.p.facts.audio?.vi && !x.p.facts.audio?.en).map((x) => gap(x))
		}
	];
}

export function sectionsMarkdown(report: Report, lang: 'vi' | 'en'): string[] {
	const lines: string[] = [];
	for (const section of report) {
		lines.push(`## ${section.title[lang]} (${section.gaps.length})`, '', section.why[lang], '');
		for (const g of section.gaps) lines.push(`- ${g.name} (\`${g.file}\`)${g.detail ? `: ${g.detail}` : ''}`);
		lines.push('');
	}
	return lines;
}
