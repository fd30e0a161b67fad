/**
 * The service-chain part of the office report (issue 12): per route, a table of stop × link
 * (stay, eat, move, guide, information) with ✔ and the count of named services, ~ where only a
 * group entry covers the link, ✖ for a gap; then prices and hours older than a year, named
 * services without any contact, and the gaps as CSV for the office's spreadsheet. The rules are
 * in src/lib/domain/services/gaps.ts; this file only prints them, in Vietnamese and English.
 */
import type { Bundle } from '../../src/lib/domain/content/types.ts';
import {
	GAP_LINKS,
	isComplete,
	isFullyNamed,
	openGaps,
	routeGapTable,
	staleServiceFacts,
	withoutContact,
	type GapAcceptance,
	type GapLink,
	type LinkCell,
	type RouteGapTable,
	type StaleFact
} from '../../src/lib/domain/services/gaps.ts';

type Lang = 'vi' | 'en';
export type GapReport = { today: string; tables: RouteGapTable[]; stale: StaleFact[]; noContact: { id: string; name: string }[] };

export function buildGapReport(bundle: Bundle, accepted: Readonly<Record<string, Record<string, GapAcceptance>>>, today: string): GapReport {
	return {
		today,
		tables: bundle.routes.map((r) => routeGapTable(r, bundle.places, bundle.services, accepted[r.id] ?? {}, today)),
		stale: staleServiceFacts(bundle.services, today),
		noContact: withoutContact(bundle.services).map((s) => ({ id: s.id, name: s.name }))
	};
}

const LINK_NAMES: Record<GapLink, Record<Lang, string>> = {
	stay: { en: 'Stay', vi: 'Nghỉ' },
	eat: { en: 'Eat', vi: 'Ăn' },
	move: { en: 'Move', vi: 'Đi lại' },
	guide: { en: 'Guide', vi: 'Hướng dẫn' },
	info: { en: 'Information', vi: 'Thông tin' }
};

const T = {
	chain: { en: 'Service chain per route stop', vi: 'Chuỗi dịch vụ tại từng điểm dừng' },
	chainWhy: {
		en: '✔ n: n named services; ~ n: only a group entry (e.g. "homestays in Khuổi Ky"); ✖: nothing known. A service counts at a stop when it names the stop or lies within 30 km in a straight line.',
		vi: '✔ n: có n dịch vụ cụ thể; ~ n: chỉ có mục chung (ví dụ "homestay ở Khuổi Ky"); ✖: chưa biết gì. Một dịch vụ được tính ở một điểm dừng khi nó ghi điểm đó hoặc cách dưới 30 km đường chim bay.'
	},
	stop: { en: 'Stop', vi: 'Điểm dừng' },
	accepted: { en: 'Accepted', vi: 'Chấp nhận' },
	until: { en: 'until', vi: 'đến' },
	expired: { en: 'expired', vi: 'đã hết hạn' },
	summary: {
		en: (c: number, n: number, t: number, g: number) => `${c} of ${t} stops have every link known (${n} by named services only); ${g} open gaps.`,
		vi: (c: number, n: number, t: number, g: number) => `${c}/${t} điểm dừng đủ mọi khâu (${n} điểm chỉ bằng dịch vụ cụ thể); còn ${g} khoảng trống.`
	},
	stale: { en: 'Prices and hours older than 12 months', vi: 'Giá và giờ mở cửa cũ hơn 12 tháng' },
	staleWhy: {
		en: 'Shown with their date, but a visitor should not rely on them: ask the business again.',
		vi: 'Vẫn hiển thị kèm ngày, nhưng du khách không nên dựa vào: cần hỏi lại cơ sở.'
	},
	price: { en: 'price as of', vi: 'giá tại thời điểm' },
	hours: { en: 'hours read on', vi: 'giờ mở cửa đọc ngày' },
	noContact: { en: 'Named services without contact', vi: 'Dịch vụ cụ thể chưa có liên hệ' },
	noContactWhy: {
		en: 'No phone, Zalo, website or e-mail: a visitor cannot book or ask.',
		vi: 'Không có điện thoại, Zalo, trang web hay thư điện tử: du khách không đặt chỗ hay hỏi được.'
	}
} as const;

export function cellText(cell: LinkCell): string {
	if (cell.state === 'gap') return '✖';
	return `${cell.state === 'ok' ? '✔' : '~'} ${cell.count}`;
}

export function gapMarkdown(report: GapReport, lang: Lang): string[] {
	const lines: string[] = [`## ${T.chain[lang]}`, '', T.chainWhy[lang], ''];
	for (const table of report.tables) {
		const complete = table.rows.filter(isComplete).length;
		const named = table.rows.filter(isFullyNamed).length;
		lines.push(`### ${table.name}`, '', T.summary[lang](complete, named, table.rows.length, openGaps(table).length), '');
		lines.push(`| ${T.stop[lang]} | ${GAP_LINKS.map((l) => LINK_NAMES[l][lang]).join(' | ')} | ${T.accepted[lang]} |`);
		lines.push(`| --- | ${GAP_LINKS.map(() => ':-:').join(' | ')} | --- |`);
		for (const row of table.rows) {
			const acc = row.accepted
				? `${row.accepted.reason} (${T.until[lang]} ${row.accepted.until}${row.accepted.expired ? `, ${T.expired[lang]}` : ''})`
				: '';
			lines.push(`| ${row.name} | ${GAP_LINKS.map((l) => cellText(row.cells[l])).join(' | ')} | ${acc} |`);
		}
		lines.push('');
	}
	lines.push(`## ${T.stale[lang]} (${report.stale.length})`, '', T.staleWhy[lang], '');
	for (const s of report.stale) {
		lines.push(`- ${s.name} (\`content/services/${s.service}\`): ${s.fact === 'price' ? T.price[lang] : T.hours[lang]} ${s.date}`);
	}
	lines.push('', `## ${T.noContact[lang]} (${report.noContact.length})`, '', T.noContactWhy[lang], '');
	for (const s of report.noContact) lines.push(`- ${s.name} (\`content/services/${s.id}\`)`);
	lines.push('');
	return lines;
}

const csvField = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** One line per stop and link that is not filled by a named service: the office's spreadsheet. */
export function gapCsv(report: GapReport): string {
	const rows: (string | number)[][] = [['route', 'stop', 'stop_name', 'link', 'status', 'count', 'accepted_reason', 'accepted_until', 'accepted_expired']];
	for (const table of report.tables) {
		for (const row of table.rows) {
			for (const link of GAP_LINKS) {
				const cell = row.cells[link];
				if (cell.state === 'ok') continue;
				rows.push([
					table.route,
					row.stop,
					row.name,
					link,
					cell.state,
					cell.state === 'gap' ? 0 : cell.count,
					row.accepted?.reason ?? '',
					row.accepted?.until ?? '',
					row.accepted ? String(row.accepted.expired) : ''
				]);
			}
		}
	}
	return rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}
