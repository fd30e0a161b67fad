/**
 * The vocabulary of the editors' messages (messages.ts), in English and Vietnamese: what each
 * field is for, the kinds and written forms of values, and the names of the languages.
 */
import type { Lang } from '../../src/lib/domain/content/types.ts';

export type Words = { en: string; vi: string };

/** What a field is for, added to "is missing" and "is empty" messages so the editor knows why it matters. */
export const FIELD_HELP: Record<string, Words> = {
	summary: { en: 'it appears under the name on the place card', vi: 'dòng này hiện dưới tên trên thẻ địa điểm' },
	name: { en: 'the name shown everywhere in the guide', vi: 'tên hiện ở mọi nơi trong cẩm nang' },
	title: { en: 'the page title', vi: 'tiêu đề trang' },
	kind: { en: 'what sort of place it is', vi: 'loại địa điểm' },
	code: { en: 'a stable number for links and QR signs, e.g. 17; never change or reuse it', vi: 'mã số cố định cho liên kết và biển QR, ví dụ 17; không bao giờ đổi hay dùng lại' },
	location: { en: 'where the place is; write confidence: none if unknown', vi: 'vị trí; ghi confidence: none nếu chưa rõ' },
	lat: { en: 'latitude in degrees, e.g. 22.85436', vi: 'vĩ độ, ví dụ 22.85436' },
	lon: { en: 'longitude in degrees, e.g. 106.72427', vi: 'kinh độ, ví dụ 106.72427' },
	uncertaintyM: { en: 'how far off the point may be, in metres', vi: 'sai số của điểm, tính bằng mét' },
	source: { en: 'where this comes from', vi: 'nguồn của thông tin này' },
	sources: { en: 'where the facts come from (url and checked date)', vi: 'nguồn thông tin (url và ngày kiểm tra)' },
	checked: { en: 'the date an editor last checked it, e.g. 2026-11-22', vi: 'ngày biên tập viên kiểm tra gần nhất, ví dụ 2026-11-22' },
	alt: { en: 'a description of the photo for people who cannot see it', vi: 'mô tả ảnh cho người không nhìn thấy' },
	licence: { en: 'the licence of the photo, e.g. CC BY 4.0; the guide publishes no photo without one', vi: 'giấy phép của ảnh, ví dụ CC BY 4.0; cẩm nang không đăng ảnh không có giấy phép' },
	credit: { en: 'who took the photo', vi: 'người chụp ảnh' },
	stops: { en: 'the places of the route, in order', vi: 'các điểm dừng của tuyến, theo thứ tự' },
	color: { en: 'the line colour on the map, e.g. "#2f6f8f"', vi: 'màu đường trên bản đồ, ví dụ "#2f6f8f"' },
	url: { en: 'the address of the page, starting with https://', vi: 'địa chỉ trang, bắt đầu bằng https://' }
};

/** The kinds of value a field can expect, in plain words. */
export const TYPE_WORDS: Record<string, Words> = {
	string: { en: 'text', vi: 'chữ' },
	number: { en: 'a number', vi: 'một số' },
	boolean: { en: 'true or false', vi: 'true hoặc false' },
	array: { en: 'a list', vi: 'một danh sách' },
	object: { en: 'a group of fields', vi: 'một nhóm trường' },
	tuple: { en: 'a list of two numbers, e.g. [60, 120]', vi: 'hai số, ví dụ [60, 120]' }
};

/** The written forms a field can expect, by zod format or regex name (see schema.ts). */
export const FORMAT_WORDS: Record<string, Words> = {
	date: { en: 'a date written as YYYY-MM-DD, e.g. 2026-11-22', vi: 'ngày viết dạng YYYY-MM-DD, ví dụ 2026-11-22' },
	monthOrDate: { en: 'a month or date, e.g. 2023-10 or 2023-10-05', vi: 'tháng hoặc ngày, ví dụ 2023-10 hoặc 2023-10-05' },
	time: { en: 'a time written as HH:MM, e.g. 07:30', vi: 'giờ viết dạng HH:MM, ví dụ 07:30' },
	id: { en: 'an id in lowercase letters, digits and dashes, e.g. ban-gioc-waterfall', vi: 'mã viết chữ thường không dấu, số và gạch ngang, ví dụ ban-gioc-waterfall' },
	url: { en: 'a web address starting with https://', vi: 'địa chỉ web bắt đầu bằng https://' },
	email: { en: 'an email address', vi: 'địa chỉ email' }
};

export const LANG_NAMES: Record<Lang, Words> = {
	vi: { en: 'Vietnamese', vi: 'tiếng Việt' },
	en: { en: 'English', vi: 'tiếng Anh' }
};
