/**
 * The dated-facts rule: prices and opening hours are only shown with the date they were
 * checked and where they come from, so visitors can tell how old they are.
 */
import type { PlaceFile } from './schema.ts';
import type { Collector } from './problems.ts';
import type { Parsed } from './read-files.ts';

type DatedFacts = Pick<PlaceFile, 'hours'> & { tickets?: PlaceFile['tickets'] };

export function checkDatedFacts(facts: DatedFacts, parsed: Parsed, out: Collector): void {
	const at = (field: string, path: string) => ({ file: parsed.file, line: parsed.lineOf([path]), field });
	const t = facts.tickets;
	if (t && (t.prices?.length || t.free)) {
		if (!t.checked) out.add(at('tickets.checked', 'tickets'), 'price-without-date', {});
		if (!t.source) out.add(at('tickets.source', 'tickets'), 'price-without-source', {});
	}
	const h = facts.hours;
	if ((h.rules?.length || h.always) && (!h.checked || !h.source)) {
		out.add(at(h.checked ? 'hours.source' : 'hours.checked', 'hours'), 'hours-undated', {});
	}
}
