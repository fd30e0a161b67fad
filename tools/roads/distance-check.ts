/**
 * Compares computed road distances from Cao Bằng city with the published ones (published-distances.ts). A distance
 * passes when it is within 20 % of the published range, or when the excess is no more than the place's own position
 * uncertainty; the few that do neither are listed in EXCEPTIONS with the reason, checked by a second, specific fact.
 */
import { ORIGIN_ID, PUBLISHED_DISTANCES, deviation, type PublishedDistance } from './published-distances.ts';
import type { RoadNetwork } from './network.ts';

export const TOLERANCE = 0.2;

/** Why a published distance and the computed one differ by more than the tolerance, and what is checked instead. */
export const EXCEPTIONS: Record<
	string,
	{ reason: string; check: { from: string; to: string; minKm: number; maxKm: number; fact: string } }
> = {
	'mat-than-nui-angel-eye': {
		reason:
			'the "~50 km" figure contradicts the dossier\'s own "~2 km from Thang Hen" (25–30 km from the city); the road distance agrees with the latter',
		check: {
			from: 'thang-hen-lake',
			to: 'mat-than-nui-angel-eye',
			minKm: 0,
			maxKm: 10,
			fact: 'Thang Hen → Mắt Thần, which lies ~2 km from the lake (blog, POI record), within 10 km by road'
		}
	},
	'hoai-khao-village': {
		reason: 'the village has no published position: the point is the commune centre (±6.7 km), so its road distance says little',
		check: {
			from: 'cao-bang-city',
			to: 'nguyen-binh-market',
			minKm: 40 * 0.8,
			maxKm: 45 * 1.2,
			fact: 'Cao Bằng → Nguyên Bình town, the stage before Hoài Khao (~20 km further), ~40–45 km by QL34'
		}
	},
	'nong-family-mansion-bao-lac': {
		reason:
			'the fastest road in OSM is the northern one over Khau Cốc Chà (~92 km); the published 118 km is the minibus road, QL34 through Nguyên Bình',
		check: {
			from: 'nguyen-binh-market',
			to: 'nong-family-mansion-bao-lac',
			minKm: (118 - 45) * 0.8,
			maxKm: (118 - 40) * 1.2,
			fact: 'Nguyên Bình → Bảo Lạc by QL34, the 118 km road less its first 40–45 km'
		}
	}
};

export type CheckRow = PublishedDistance & {
	km: number | null;
	minutes: number | null;
	snapM: number | null;
	uncertaintyM: number;
	deviation: number | null;
	status: 'within 20 %' | 'within position uncertainty' | 'exception' | 'fails';
	note: string;
};

export function checkPublishedDistances(network: RoadNetwork): CheckRow[] {
	return PUBLISHED_DISTANCES.map((d) => {
		const route = network.between(ORIGIN_ID, d.id);
		const entry = network.entries.find((e) => e.id === d.id);
		const uncertaintyM = entry?.uncertaintyM ?? 0;
		const snapM = network.snapOf.get(d.id)?.distM ?? null;
		if (!route) return { ...d, km: null, minutes: null, snapM, uncertaintyM, deviation: null, status: 'fails', note: 'no road route' };
		const km = route.lengthM / 1000;
		const dev = deviation(km, d);
		const bound = km < d.minKm ? d.minKm : (d.maxKm ?? km);
		const base = { ...d, km, minutes: route.timeS / 60, snapM, uncertaintyM, deviation: dev };
		if (dev <= TOLERANCE) return { ...base, status: 'within 20 %', note: '' };
		if (Math.abs(km - bound) * 1000 <= uncertaintyM) {
			return { ...base, status: 'within position uncertainty', note: `position ±${(uncertaintyM / 1000).toFixed(1)} km` };
		}
		const exception = EXCEPTIONS[d.id];
		if (exception) {
			const other = network.between(exception.check.from, exception.check.to);
			const otherKm = other ? other.lengthM / 1000 : NaN;
			const holds = otherKm >= exception.check.minKm && otherKm <= exception.check.maxKm;
			const note = `${exception.reason}. Check: ${exception.check.fact}: computed ${otherKm.toFixed(1)} km`;
			return { ...base, status: holds ? 'exception' : 'fails', note };
		}
		return { ...base, status: 'fails', note: '' };
	});
}

/** The check as a Markdown table, for docs/roads.md. */
export function checkTable(rows: readonly CheckRow[]): string {
	const head = '| Place | Published | Computed | Drive time | Off by | Snap to road | Result |\n|---|---|---|---|---|---|---|';
	const body = rows.map((r) => {
		const published = r.maxKm === null ? `> ${r.minKm} km` : r.minKm === r.maxKm ? `~${r.minKm} km` : `${r.minKm}–${r.maxKm} km`;
		const km = r.km === null ? '—' : `${r.km.toFixed(1)} km`;
		const time = r.minutes === null ? '—' : `${Math.floor(r.minutes / 60)} h ${String(Math.round(r.minutes % 60)).padStart(2, '0')}`;
		const off = r.deviation === null ? '—' : r.deviation === 0 ? 'in range' : `${Math.round(r.deviation * 100)} %`;
		const snap = r.snapM === null ? '—' : `${Math.round(r.snapM)} m`;
		return `| ${r.label} | ${published} | ${km} | ${time} | ${off} | ${snap} | ${r.status}${r.note ? `: ${r.note}` : ''} |`;
	});
	return [head, ...body].join('\n');
}
