/**
 * The content check's messages about suggested trips (content/itineraries/), kept beside the main catalogue
 * (messages.ts spreads them into MESSAGES, so content/README.md lists them too).
 */
import type { Message } from './messages.ts';

const message = <P>(m: Message<P>): Message<P> => m;

export const TRIP_MESSAGES = {
	'trip-unknown-stop': message<{ stop: string }>({
		severity: 'error',
		say: ({ stop }) => ({
			en: `there is no place or service "${stop}" (a folder name in content/places/ or content/services/, or its code)`,
			vi: `không có địa điểm hay dịch vụ "${stop}" (tên thư mục trong content/places/ hoặc content/services/, hoặc mã số của nó)`
		}),
		meaning: { en: 'a suggested trip names a stop the guide does not have', vi: 'lịch trình gợi ý có điểm dừng mà hướng dẫn không có' },
		fix: { en: 'fix the spelling, or add the place first', vi: 'sửa chính tả, hoặc thêm địa điểm trước' },
		example: { stop: 'gamma-lake' }
	}),
	'trip-day-titles': message<{ days: number; titles: number }>({
		severity: 'error',
		say: ({ days, titles }) => ({
			en: `lists ${titles} day titles, but itinerary.yaml has ${days} days; write one title per day, in order`,
			vi: `có ${titles} tên ngày, nhưng itinerary.yaml có ${days} ngày; viết mỗi ngày một tên, theo thứ tự`
		}),
		meaning: { en: 'the day titles and the days do not match', vi: 'tên các ngày và số ngày không khớp' },
		fix: { en: 'add or remove titles under `days:`', vi: 'thêm hoặc bớt tên dưới `days:`' },
		example: { days: 3, titles: 2 }
	}),
	'trip-stop-off-route': message<{ stop: string; route: string }>({
		severity: 'warning',
		say: ({ stop, route }) => ({
			en: `"${stop}" is not a stop of the route "${route}" this trip says it follows`,
			vi: `"${stop}" không phải điểm dừng của tuyến "${route}" mà lịch trình này nói là đi theo`
		}),
		meaning: { en: 'a trip and its route disagree', vi: 'lịch trình và tuyến không khớp nhau' },
		fix: { en: 'add the stop to the route, or remove `route:`', vi: 'thêm điểm vào tuyến, hoặc bỏ `route:`' },
		example: { stop: 'gamma-lake', route: 'east-loop' }
	})
};
