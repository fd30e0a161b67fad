/**
 * Plain-words messages for editors, in English and Vietnamese.
 * Schema issues from zod are turned into sentences that say what is wrong and what the field is for.
 */
import type { z } from 'zod';

export type Words = { en: string; vi: string };

/** What a field is for, added to "is missing" messages so the editor knows why it matters. */
const FIELD_HELP: Record<string, Words> = {
	summary: { en: 'it appears under the name on the place card', vi: 'dòng này hiện dưới tên trên thẻ địa điểm' },
	name: { en: 'the name shown everywhere in the guide', vi: 'tên hiện ở mọi nơi trong cẩm nang' },
	title: { en: 'the page title', vi: 'tiêu đề trang' },
	kind: { en: 'what sort of place it is', vi: 'loại địa điểm' },
	location: { en: 'where the place is; write confidence: none if unknown', vi: 'vị trí; ghi confidence: none nếu chưa rõ' },
	lat: { en: 'latitude in degrees, e.g. 22.85436', vi: 'vĩ độ, ví dụ 22.85436' },
	lon: { en: 'longitude in degrees, e.g. 106.72427', vi: 'kinh độ, ví dụ 106.72427' },
	uncertaintyM: { en: 'how far off the point may be, in metres', vi: 'sai số của điểm, tính bằng mét' },
	source: { en: 'where this comes from', vi: 'nguồn của thông tin này' },
	sources: { en: 'where the facts come from (url and checked date)', vi: 'nguồn thông tin (url và ngày kiểm tra)' },
	checked: { en: 'the date an editor last checked it, e.g. 2026-11-22', vi: 'ngày biên tập viên kiểm tra gần nhất, ví dụ 2026-11-22' },
	alt: { en: 'a description of the photo for people who cannot see it', vi: 'mô tả ảnh cho người không nhìn thấy' },
	stops: { en: 'the places of the route, in order', vi: 'các điểm dừng của tuyến, theo thứ tự' },
	color: { en: 'the line colour on the map, e.g. "#2f6f8f"', vi: 'màu đường trên bản đồ, ví dụ "#2f6f8f"' },
	url: { en: 'the address of the page, starting with https://', vi: 'địa chỉ trang, bắt đầu bằng https://' }
};

const TYPE_WORDS: Record<string, Words> = {
	string: { en: 'text', vi: 'chữ' },
	number: { en: 'a number', vi: 'một số' },
	boolean: { en: 'true or false', vi: 'true hoặc false' },
	array: { en: 'a list', vi: 'một danh sách' },
	object: { en: 'a group of fields', vi: 'một nhóm trường' },
	tuple: { en: 'a list of two numbers, e.g. [60, 120]', vi: 'hai số, ví dụ [60, 120]' }
};

const FORMAT_WORDS: Record<string, Words> = {
	date: { en: 'a date written as YYYY-MM-DD, e.g. 2026-11-22', vi: 'ngày viết dạng YYYY-MM-DD, ví dụ 2026-11-22' },
	monthOrDate: { en: 'a month or date, e.g. 2023-10 or 2023-10-05', vi: 'tháng hoặc ngày, ví dụ 2023-10 hoặc 2023-10-05' },
	time: { en: 'a time written as HH:MM, e.g. 07:30', vi: 'giờ viết dạng HH:MM, ví dụ 07:30' },
	id: { en: 'an id in lowercase letters, digits and dashes, e.g. ban-gioc-waterfall', vi: 'mã viết chữ thường không dấu, số và gạch ngang, ví dụ ban-gioc-waterfall' },
	url: { en: 'a web address starting with https://', vi: 'địa chỉ web bắt đầu bằng https://' },
	email: { en: 'an email address', vi: 'địa chỉ email' }
};

function lastKey(path: readonly PropertyKey[]): string {
	for (let i = path.length - 1; i >= 0; i--) {
		const key = path[i];
		if (typeof key === 'string') return key;
	}
	return '';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let cur: unknown = data;
	for (const key of path) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<PropertyKey, unknown>)[key];
	}
	return cur;
}

function withHelp(base: Words, key: string): Words {
	const help = FIELD_HELP[key];
	return help ? { en: `${base.en} (${help.en})`, vi: `${base.vi} (${help.vi})` } : base;
}

/** Turns one zod issue into plain words. `data` is the parsed file, to show what was written. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown): Words {
	const key = lastKey(issue.path);
	const value = valueAt(data, issue.path);
	switch (issue.code) {
		case 'invalid_type': {
			if (value === undefined || value === null) {
				return withHelp({ en: 'is missing', vi: 'đang thiếu' }, key);
			}
			const words = TYPE_WORDS[issue.expected] ?? { en: issue.expected, vi: issue.expected };
			return { en: `should be ${words.en}, not ${JSON.stringify(value)}`, vi: `phải là ${words.vi}, không phải ${JSON.stringify(value)}` };
		}
		case 'too_big': {
			if (issue.origin === 'string' && typeof value === 'string') {
				return {
					en: `is too long: ${value.length} characters, at most ${String(issue.maximum)}`,
					vi: `quá dài: ${value.length} ký tự, tối đa ${String(issue.maximum)}`
				};
			}
			return { en: `is more than ${String(issue.maximum)}`, vi: `lớn hơn ${String(issue.maximum)}` };
		}
		case 'too_small': {
			if (issue.origin === 'string') return withHelp({ en: 'is empty', vi: 'đang để trống' }, key);
			if (issue.origin === 'array') {
				return withHelp({ en: `needs at least ${String(issue.minimum)} item(s)`, vi: `cần ít nhất ${String(issue.minimum)} mục` }, key);
			}
			return { en: `is less than ${String(issue.minimum)}`, vi: `nhỏ hơn ${String(issue.minimum)}` };
		}
		case 'invalid_format': {
			const fmt = FORMAT_WORDS[issue.format === 'regex' ? issue.message : issue.format] ?? FORMAT_WORDS[issue.format];
			const shown = JSON.stringify(value);
			if (fmt) return { en: `${shown} should be ${fmt.en}`, vi: `${shown} phải là ${fmt.vi}` };
			return { en: `${shown} is not in the right form`, vi: `${shown} không đúng dạng` };
		}
		case 'invalid_value': {
			const options = issue.values.map((v) => String(v)).join(', ');
			return {
				en: `${JSON.stringify(value)} is not allowed here; use one of: ${options}`,
				vi: `không dùng được ${JSON.stringify(value)}; hãy chọn một trong: ${options}`
			};
		}
		case 'unrecognized_keys': {
			const keys = issue.keys.map((k) => `"${k}"`).join(', ');
			return {
				en: `has a field the guide does not know: ${keys} (check the spelling)`,
				vi: `có trường không hợp lệ: ${keys} (kiểm tra chính tả)`
			};
		}
		case 'invalid_union': {
			return {
				en: 'is not in a form the guide understands; see content/README.md for examples',
				vi: 'không đúng dạng; xem ví dụ trong content/README.md'
			};
		}
		default:
			return { en: issue.message, vi: issue.message };
	}
}

/** Shows a zod path the way an editor reads it: location.lat, images[0].alt */
export function fieldName(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}
