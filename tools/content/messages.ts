/**
 * Every message the content check gives editors, in English and Vietnamese, keyed by problem
 * code. Each entry says what the check prints, what it means and how to fix it; the error table
 * in content/README.md is generated from this catalogue (`npx tsx tools/content/gen-readme.ts`).
 */
import type { Lang } from '../../src/lib/domain/content/types.ts';
import { FIELD_HELP, FORMAT_WORDS, LANG_NAMES, TYPE_WORDS, type Words } from './field-words.ts';
import { TRIP_MESSAGES } from './messages-trips.ts';

export type { Words };
export type Severity = 'error' | 'warning';

export type Message<P> = {
	severity: Severity;
	say: (params: P) => Words;
	meaning: Words;
	fix: Words;
	/** Parameters that make a typical message, shown in content/README.md. */
	example: P;
};

function message<P>(m: Message<P>): Message<P> {
	return m;
}

function withHelp(base: Words, key: string): Words {
	const help = FIELD_HELP[key];
	return help ? { en: `${base.en} (${help.en})`, vi: `${base.vi} (${help.vi})` } : base;
}

export const MESSAGES = {
	// Reading files
	'yaml-syntax': message<{ detail: string }>({
		severity: 'error',
		say: ({ detail }) => ({
			en: `the file cannot be read: YAML syntax error (${detail}); check indentation and quotes`,
			vi: 'không đọc được tệp: lỗi cú pháp YAML; kiểm tra thụt lề và dấu nháy'
		}),
		meaning: { en: 'indentation or quotes are wrong', vi: 'lỗi thụt lề hoặc dấu nháy' },
		fix: { en: 'quote text that contains `:`', vi: 'đặt chuỗi có dấu `:` trong ngoặc kép' },
		example: { detail: 'Missing closing "quote' }
	}),
	'file-too-large': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'the file cannot be read: it is over 1 MB, far larger than any entry; photos and recordings go in their own files',
			vi: 'không đọc được tệp: tệp lớn hơn 1 MB, lớn hơn nhiều so với mọi mục; ảnh và bản ghi âm phải để trong tệp riêng'
		}),
		meaning: { en: 'a text file is far too large', vi: 'một tệp văn bản quá lớn' },
		fix: { en: 'shorten the text, or move pasted pictures or data out of it', vi: 'rút gọn văn bản, hoặc chuyển ảnh hay dữ liệu đã dán ra tệp khác' },
		example: {}
	}),
	'not-utf8': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'the file cannot be read: it is not saved as UTF-8 (from this line on, letters would be garbled); save it again as UTF-8',
			vi: 'không đọc được tệp: tệp không được lưu dạng UTF-8 (từ dòng này chữ sẽ bị lỗi); hãy lưu lại dạng UTF-8'
		}),
		meaning: { en: 'the file was saved in another encoding (e.g. UTF-16, Windows-1258)', vi: 'tệp được lưu bằng bảng mã khác (ví dụ UTF-16, Windows-1258)' },
		fix: { en: 'in the editor, "Save with encoding" → UTF-8', vi: 'trong trình soạn thảo, chọn "Lưu với bảng mã" → UTF-8' },
		example: {}
	}),
	'yaml-aliases': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'the file cannot be read: it repeats blocks (YAML aliases, *name) so many times that it would grow without end',
			vi: 'không đọc được tệp: tệp lặp lại các khối (bí danh YAML, *tên) quá nhiều lần, sẽ phình ra vô hạn'
		}),
		meaning: { en: 'a file uses `&name` / `*name` aliases far too often', vi: 'một tệp dùng bí danh `&tên` / `*tên` quá nhiều' },
		fix: { en: 'write the values out instead of using `*` aliases', vi: 'viết thẳng các giá trị thay vì dùng bí danh `*`' },
		example: {}
	}),
	'too-deep': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'the file cannot be read: its lists or groups are nested thousands of levels deep',
			vi: 'không đọc được tệp: các danh sách hoặc nhóm lồng nhau hàng nghìn tầng'
		}),
		meaning: { en: 'brackets or indentation nest far too deep', vi: 'ngoặc hoặc thụt lề lồng nhau quá sâu' },
		fix: { en: 'check the brackets `[` `]` `{` `}` and the indentation', vi: 'kiểm tra các ngoặc `[` `]` `{` `}` và thụt lề' },
		example: {}
	}),
	'no-frontmatter': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'the file cannot be read: it must start with a --- block (name, summary …) closed by ---',
			vi: 'không đọc được tệp: tệp phải mở đầu bằng khối --- (name, summary …) và đóng bằng ---'
		}),
		meaning: { en: 'a text file has no --- block on top', vi: 'tệp văn bản thiếu khối --- ở đầu' },
		fix: { en: 'start the file with ---, the fields, and ---', vi: 'mở đầu tệp bằng ---, các trường, rồi ---' },
		example: {}
	}),
	'text-missing': message<{ lang: Lang }>({
		severity: 'error',
		say: ({ lang }) => ({
			en: `is missing: there is no ${LANG_NAMES[lang].en} text yet`,
			vi: `chưa có: thiếu bản ${LANG_NAMES[lang].vi}`
		}),
		meaning: { en: 'the entry has no text in the default language', vi: 'mục chưa có bản ngôn ngữ chính' },
		fix: { en: 'add `place.vi.md` (route.vi.md, service.vi.md, page.vi.md)', vi: 'thêm `place.vi.md` (route.vi.md, service.vi.md, page.vi.md)' },
		example: { lang: 'vi' }
	}),
	'translation-missing': message<{ lang: Lang }>({
		severity: 'warning',
		say: ({ lang }) => ({
			en: `is missing: there is no ${LANG_NAMES[lang].en} text yet, so the Vietnamese text is shown with a note`,
			vi: `chưa có: thiếu bản ${LANG_NAMES[lang].vi}, nên bản tiếng Việt sẽ được hiển thị kèm ghi chú`
		}),
		meaning: { en: 'not translated yet', vi: 'chưa dịch' },
		fix: { en: 'add `place.en.md` (or translate it in the web editor)', vi: 'thêm `place.en.md` (hoặc dịch trong trình biên tập web)' },
		example: { lang: 'en' }
	}),
	'empty-body': message<Record<never, never>>({
		severity: 'warning',
		say: () => ({ en: 'has no description below the --- block', vi: 'chưa có phần mô tả bên dưới khối ---' }),
		meaning: { en: 'the text has only its --- block', vi: 'văn bản chỉ có khối ---' },
		fix: { en: 'write the description below the block', vi: 'viết mô tả bên dưới khối' },
		example: {}
	}),
	'text-twice': message<{ file: string }>({
		severity: 'error',
		say: ({ file }) => ({
			en: `the same text is also in ${file}; keep one: run npx tsx tools/content/migrate-layout.ts, or merge them by hand`,
			vi: `văn bản này cũng có trong ${file}; chỉ giữ một: chạy npx tsx tools/content/migrate-layout.ts, hoặc gộp bằng tay`
		}),
		meaning: { en: 'a text is in both the old (vi.md) and the new (place.vi.md) name', vi: 'một văn bản có cả tên cũ (vi.md) và tên mới (place.vi.md)' },
		fix: { en: 'keep place.vi.md / place.en.md and delete vi.md / en.md', vi: 'giữ place.vi.md / place.en.md, xóa vi.md / en.md' },
		example: { file: 'place.vi.md' }
	}),
	'bad-folder-name': message<{ id: string }>({
		severity: 'error',
		say: ({ id }) => ({
			en: `the folder name "${id}" is not a valid id: use lowercase letters, digits and dashes, e.g. ban-gioc-waterfall`,
			vi: `tên thư mục "${id}" không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch ngang, ví dụ ban-gioc-waterfall`
		}),
		meaning: { en: 'the folder name cannot be used in links', vi: 'tên thư mục không dùng được trong đường dẫn' },
		fix: { en: 'rename the folder', vi: 'đổi tên thư mục' },
		example: { id: 'Thác Bản Giốc' }
	}),
	'facts-file-missing': message<{ file: string }>({
		severity: 'error',
		say: ({ file }) => ({ en: `is missing: every entry needs a ${file} with its facts`, vi: `chưa có: mỗi mục cần tệp ${file} chứa thông tin` }),
		meaning: { en: 'an entry folder has no facts file', vi: 'thư mục thiếu tệp thông tin' },
		fix: { en: 'add the file (copy one from another entry)', vi: 'thêm tệp (chép từ một mục khác)' },
		example: { file: 'place.yaml' }
	}),
	'site-missing': message<Record<never, never>>({
		severity: 'error',
		say: () => ({ en: 'is missing', vi: 'chưa có' }),
		meaning: { en: 'content/site.yaml is gone', vi: 'không thấy content/site.yaml' },
		fix: { en: 'restore it from git', vi: 'khôi phục tệp từ git' },
		example: {}
	}),
	'detail-map-missing': message<{ file: string }>({
		severity: 'error',
		say: ({ file }) => ({
			en: `the detail map "${file}" is not in content/basemap/`,
			vi: `không thấy bản đồ chi tiết "${file}" trong content/basemap/`
		}),
		meaning: { en: 'site.yaml names a map file that is not there', vi: 'site.yaml nêu một tệp bản đồ không có' },
		fix: { en: 'add the file or fix its name', vi: 'thêm tệp hoặc sửa tên' },
		example: { file: 'detail.pmtiles' }
	}),

	// Fields (schema.ts)
	'field-missing': message<{ key: string }>({
		severity: 'error',
		say: ({ key }) => withHelp({ en: 'is missing', vi: 'đang thiếu' }, key),
		meaning: { en: 'a required field is not there', vi: 'thiếu một trường bắt buộc' },
		fix: { en: 'add the field, e.g. `summary:` in place.vi.md / place.en.md', vi: 'thêm trường, ví dụ `summary:` vào place.vi.md / place.en.md' },
		example: { key: 'summary' }
	}),
	'wrong-type': message<{ expected: string; value: unknown }>({
		severity: 'error',
		say: ({ expected, value }) => {
			const words = TYPE_WORDS[expected] ?? { en: expected, vi: expected };
			return { en: `should be ${words.en}, not ${JSON.stringify(value)}`, vi: `phải là ${words.vi}, không phải ${JSON.stringify(value)}` };
		},
		meaning: { en: 'a value of the wrong kind', vi: 'giá trị sai loại' },
		fix: { en: 'write the kind of value asked for', vi: 'viết đúng loại giá trị' },
		example: { expected: 'number', value: 'twenty' }
	}),
	'too-long': message<{ length: number; max: string }>({
		severity: 'error',
		say: ({ length, max }) => ({ en: `is too long: ${length} characters, at most ${max}`, vi: `quá dài: ${length} ký tự, tối đa ${max}` }),
		meaning: { en: 'the text is longer than the card can show', vi: 'đoạn chữ dài hơn chỗ hiển thị' },
		fix: { en: 'shorten it', vi: 'rút gọn' },
		example: { length: 251, max: '200' }
	}),
	'too-big': message<{ max: string }>({
		severity: 'error',
		say: ({ max }) => ({ en: `is more than ${max}`, vi: `lớn hơn ${max}` }),
		meaning: { en: 'a number is too large', vi: 'số quá lớn' },
		fix: { en: 'check the number', vi: 'kiểm tra lại số' },
		example: { max: '90' }
	}),
	empty: message<{ key: string }>({
		severity: 'error',
		say: ({ key }) => withHelp({ en: 'is empty', vi: 'đang để trống' }, key),
		meaning: { en: 'a text field is empty', vi: 'trường chữ để trống' },
		fix: { en: 'write it or remove the field', vi: 'viết nội dung hoặc bỏ trường' },
		example: { key: 'name' }
	}),
	'too-few': message<{ key: string; min: string }>({
		severity: 'error',
		say: ({ key, min }) => withHelp({ en: `needs at least ${min} item(s)`, vi: `cần ít nhất ${min} mục` }, key),
		meaning: { en: 'a list is too short', vi: 'danh sách quá ngắn' },
		fix: { en: 'add items', vi: 'thêm mục' },
		example: { key: 'stops', min: '2' }
	}),
	'too-small': message<{ min: string }>({
		severity: 'error',
		say: ({ min }) => ({ en: `is less than ${min}`, vi: `nhỏ hơn ${min}` }),
		meaning: { en: 'a number is too small', vi: 'số quá nhỏ' },
		fix: { en: 'check the number', vi: 'kiểm tra lại số' },
		example: { min: '0' }
	}),
	'bad-format': message<{ format: string; value: unknown }>({
		severity: 'error',
		say: ({ format, value }) => {
			const fmt = FORMAT_WORDS[format];
			const shown = JSON.stringify(value);
			if (fmt) return { en: `${shown} should be ${fmt.en}`, vi: `${shown} phải là ${fmt.vi}` };
			return { en: `${shown} is not in the right form`, vi: `${shown} không đúng dạng` };
		},
		meaning: { en: 'a date, time, id or address is malformed', vi: 'ngày, giờ, mã hoặc địa chỉ sai dạng' },
		fix: { en: 'write it like the example, e.g. `2026-11-22`', vi: 'viết theo ví dụ, như `2026-11-22`' },
		example: { format: 'date', value: '2026-13-01' }
	}),
	'unsafe-link': message<{ value: unknown }>({
		severity: 'error',
		say: ({ value }) => ({
			en: `${JSON.stringify(value)} is not a link the guide can open: use https://, http://, tel:, mailto:, geo: or a link starting with /`,
			vi: `${JSON.stringify(value)} không phải liên kết hợp lệ: dùng https://, http://, tel:, mailto:, geo: hoặc liên kết bắt đầu bằng /`
		}),
		meaning: { en: 'a link of a kind that could run code (javascript:, data: …)', vi: 'liên kết loại có thể chạy mã (javascript:, data: …)' },
		fix: { en: 'use the page address, starting with https://', vi: 'dùng địa chỉ trang, bắt đầu bằng https://' },
		example: { value: 'javascript:alert(1)' }
	}),
	'not-allowed': message<{ value: unknown; options: string }>({
		severity: 'error',
		say: ({ value, options }) => ({
			en: `${JSON.stringify(value)} is not allowed here; use one of: ${options}`,
			vi: `không dùng được ${JSON.stringify(value)}; hãy chọn một trong: ${options}`
		}),
		meaning: { en: 'a value outside the list', vi: 'giá trị không có trong danh sách' },
		fix: { en: 'pick one of the values listed', vi: 'chọn một giá trị trong danh sách' },
		example: { value: 'waterfall', options: 'geosite, relic, culture, nature, service' }
	}),
	'unknown-field': message<{ keys: string }>({
		severity: 'error',
		say: ({ keys }) => ({ en: `has a field the guide does not know: ${keys} (check the spelling)`, vi: `có trường không hợp lệ: ${keys} (kiểm tra chính tả)` }),
		meaning: { en: 'a misspelt field', vi: 'tên trường sai chính tả' },
		fix: { en: 'fix the field name', vi: 'sửa tên trường' },
		example: { keys: '"comune"' }
	}),
	'unknown-form': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'is not in a form the guide understands; see content/README.md for examples',
			vi: 'không đúng dạng; xem ví dụ trong content/README.md'
		}),
		meaning: { en: 'a block matches none of its allowed forms', vi: 'một khối không khớp dạng nào' },
		fix: { en: 'copy the form from another entry', vi: 'chép dạng từ một mục khác' },
		example: {}
	}),
	'schema-other': message<{ detail: string }>({
		severity: 'error',
		say: ({ detail }) => ({ en: detail, vi: detail }),
		meaning: { en: 'any other schema rule', vi: 'quy tắc khác của lược đồ' },
		fix: { en: 'read the message; ask a developer if unclear', vi: 'đọc thông báo; hỏi lập trình viên nếu chưa rõ' },
		example: { detail: 'Invalid input' }
	}),

	// References between entries (check-references.ts)
	'duplicate-id': message<{ id: string }>({
		severity: 'error',
		say: ({ id }) => ({
			en: `duplicate id: "${id}" is already used by content/places/${id}; give the service its own folder name`,
			vi: `trùng mã: "${id}" đã được dùng cho content/places/${id}; hãy đặt tên thư mục khác cho dịch vụ`
		}),
		meaning: { en: 'two entries share an id', vi: 'hai mục trùng mã' },
		fix: { en: 'rename the new folder', vi: 'đổi tên thư mục mới' },
		example: { id: 'alpha-cave' }
	}),
	'duplicate-code': message<{ code: number; owner: string }>({
		severity: 'error',
		say: ({ code, owner }) => ({
			en: `code ${code} is already used by content/${owner}; every place and service needs its own code`,
			vi: `mã số ${code} đã được dùng cho content/${owner}; mỗi địa điểm và dịch vụ cần một mã số riêng`
		}),
		meaning: { en: 'two entries share a stable code', vi: 'hai mục trùng mã số' },
		fix: {
			en: 'give the new entry a number that no other entry and no line of content/retired-codes.yaml uses',
			vi: 'đặt cho mục mới một số chưa mục nào và chưa dòng nào trong content/retired-codes.yaml dùng'
		},
		example: { code: 17, owner: 'places/ban-gioc-waterfall' }
	}),
	'code-retired': message<{ code: number; was: string }>({
		severity: 'error',
		say: ({ code, was }) => ({
			en: `code ${code} belonged to ${was} and may not be used again (content/retired-codes.yaml): printed signs and shared links still carry it`,
			vi: `mã số ${code} từng thuộc về ${was} và không được dùng lại (content/retired-codes.yaml): biển QR đã in và liên kết đã chia sẻ vẫn mang mã này`
		}),
		meaning: { en: 'a deleted entry’s code was given to a new one', vi: 'mã của mục đã xóa bị dùng cho mục mới' },
		fix: { en: 'give the entry a new, unused number', vi: 'đặt cho mục một số mới chưa dùng' },
		example: { code: 17, was: 'places/old-viewpoint' }
	}),
	'outside-province': message<{ lat: number; lon: number }>({
		severity: 'error',
		say: ({ lat, lon }) => ({
			en: `the point ${lat}, ${lon} is outside Cao Bằng province; check that lat and lon are not swapped`,
			vi: `điểm ${lat}, ${lon} nằm ngoài tỉnh Cao Bằng; kiểm tra xem lat và lon có bị đảo không`
		}),
		meaning: { en: 'a coordinate outside the province', vi: 'tọa độ nằm ngoài tỉnh' },
		fix: { en: 'check lat/lon are not swapped', vi: 'kiểm tra lat/lon có bị đảo' },
		example: { lat: 21.0285, lon: 105.8542 }
	}),
	'unknown-route': message<{ id: string }>({
		severity: 'error',
		say: ({ id }) => ({ en: `there is no route "${id}" in content/routes/`, vi: `không có tuyến "${id}" trong content/routes/` }),
		meaning: { en: 'a place names a route that does not exist', vi: 'địa điểm nhắc tới tuyến không tồn tại' },
		fix: { en: "fix the id's spelling", vi: 'sửa chính tả mã' },
		example: { id: 'east-loop' }
	}),
	'route-skips-place': message<{ id: string }>({
		severity: 'warning',
		say: ({ id }) => ({
			en: `the route "${id}" does not list this place among its stops`,
			vi: `tuyến "${id}" không có địa điểm này trong danh sách điểm dừng`
		}),
		meaning: { en: 'a place and its route disagree', vi: 'địa điểm và tuyến không khớp nhau' },
		fix: { en: 'add the place to the route’s `stops`, or remove the route', vi: 'thêm địa điểm vào `stops` của tuyến, hoặc bỏ tuyến' },
		example: { id: 'east-loop' }
	}),
	'unknown-place': message<{ id: string }>({
		severity: 'error',
		say: ({ id }) => ({
			en: `there is no place "${id}" in content/places/ (check the spelling of the folder name)`,
			vi: `không có địa điểm "${id}" trong content/places/ (kiểm tra tên thư mục)`
		}),
		meaning: { en: 'a route or service names a place that does not exist', vi: 'tuyến/dịch vụ nhắc tới địa điểm không tồn tại' },
		fix: { en: "fix the id's spelling", vi: 'sửa chính tả mã' },
		example: { id: 'gamma-lake' }
	}),
	'duplicate-stop': message<{ id: string }>({
		severity: 'error',
		say: ({ id }) => ({
			en: `duplicate stop: "${id}" is already listed earlier in this route`,
			vi: `trùng điểm dừng: "${id}" đã có ở phía trên trong tuyến này`
		}),
		meaning: { en: 'a route passes a stop twice', vi: 'tuyến đi qua một điểm hai lần' },
		fix: { en: 'remove one of them', vi: 'bỏ một lần' },
		example: { id: 'alpha-cave' }
	}),
	'leg-not-consecutive': message<{ from: string; to: string }>({
		severity: 'error',
		say: ({ from, to }) => ({
			en: `"${from}" → "${to}" is not a pair of consecutive stops of this route`,
			vi: `"${from}" → "${to}" không phải hai điểm dừng liền nhau của tuyến`
		}),
		meaning: { en: 'a leg joins stops that are not next to each other', vi: 'chặng nối hai điểm không liền nhau' },
		fix: { en: 'match `from`/`to` to the order of `stops`', vi: 'sửa `from`/`to` theo thứ tự `stops`' },
		example: { from: 'alpha-cave', to: 'gamma-lake' }
	}),
	'gap-accepted-not-a-stop': message<{ id: string }>({
		severity: 'error',
		say: ({ id }) => ({
			en: `gaps are accepted for "${id}", which is not a stop of this route`,
			vi: `chấp nhận khoảng trống cho "${id}", nhưng đây không phải điểm dừng của tuyến`
		}),
		meaning: { en: 'an accepted gap names a place the route does not stop at', vi: 'khoảng trống được chấp nhận ghi một nơi tuyến không dừng' },
		fix: { en: 'use an id from the route’s `stops`, or remove the line', vi: 'dùng một mã trong `stops` của tuyến, hoặc bỏ dòng đó' },
		example: { id: 'gamma-lake' }
	}),
	'leg-without-source': message<Record<never, never>>({
		severity: 'error',
		say: () => ({ en: 'a distance or driving time needs a source', vi: 'quãng đường hoặc thời gian lái xe cần có nguồn' }),
		meaning: { en: 'a leg’s distance has no source', vi: 'quãng đường chưa có nguồn' },
		fix: { en: 'add `source:` to the leg', vi: 'thêm `source:` vào chặng' },
		example: {}
	}),
	'image-missing': message<{ file: string; folder: string }>({
		severity: 'error',
		say: ({ file, folder }) => ({ en: `the photo "${file}" is not in the folder ${folder}`, vi: `không thấy ảnh "${file}" trong thư mục ${folder}` }),
		meaning: { en: 'a photo named in place.yaml is not there', vi: 'ảnh nêu trong place.yaml không có' },
		fix: { en: 'add the photo or fix its name', vi: 'thêm ảnh hoặc sửa tên' },
		example: { file: 'cover.jpg', folder: 'content/places/alpha-cave' }
	}),
	'image-not-an-image': message<{ file: string; folder: string }>({
		severity: 'error',
		say: ({ file, folder }) => ({
			en: `"${file}" in ${folder} is not a photo the guide can read; save it as a JPEG or PNG`,
			vi: `"${file}" trong ${folder} không phải ảnh mà cẩm nang đọc được; hãy lưu ảnh dạng JPEG hoặc PNG`
		}),
		meaning: { en: 'the file named as a photo is not a JPEG or PNG image', vi: 'tệp được khai là ảnh không phải ảnh JPEG hay PNG' },
		fix: { en: 'export the photo as JPEG or PNG and list that file', vi: 'xuất ảnh dạng JPEG hoặc PNG rồi ghi tên tệp đó' },
		example: { file: 'cover.jpg', folder: 'content/places/alpha-cave' }
	}),
	'image-too-small': message<{ file: string; width: number }>({
		severity: 'error',
		say: ({ file, width }) => ({
			en: `the photo "${file}" is ${width} px wide; it must be at least 960 px wide to look sharp on a phone`,
			vi: `ảnh "${file}" chỉ rộng ${width} px; ảnh phải rộng ít nhất 960 px để xem rõ trên điện thoại`
		}),
		meaning: { en: 'the photo is too small', vi: 'ảnh quá nhỏ' },
		fix: { en: 'use the original photo, at least 960 px wide', vi: 'dùng ảnh gốc, rộng ít nhất 960 px' },
		example: { file: 'cover.jpg', width: 640 }
	}),
	'image-too-large': message<{ file: string; mb: string }>({
		severity: 'error',
		say: ({ file, mb }) => ({
			en: `the photo "${file}" is ${mb} MB; it must be at most 8 MB`,
			vi: `ảnh "${file}" nặng ${mb} MB; ảnh không được quá 8 MB`
		}),
		meaning: { en: 'the photo file is too heavy for the repository', vi: 'tệp ảnh quá nặng để lưu vào kho' },
		fix: { en: 'export it again as a JPEG of quality 85 or a smaller size', vi: 'xuất lại ảnh JPEG chất lượng 85 hoặc kích thước nhỏ hơn' },
		example: { file: 'cover.jpg', mb: '12.4' }
	}),
	'image-has-gps': message<{ file: string }>({
		severity: 'error',
		say: ({ file }) => ({
			en: `the photo "${file}" still carries GPS coordinates in its metadata; remove them, or write gpsIntended: true if the position may be public`,
			vi: `ảnh "${file}" vẫn chứa tọa độ GPS trong siêu dữ liệu; hãy xóa tọa độ, hoặc ghi gpsIntended: true nếu được phép công khai vị trí`
		}),
		meaning: {
			en: 'the original photo says where it was taken (the repository is public, even though the published copies are stripped)',
			vi: 'ảnh gốc cho biết nơi chụp (kho nội dung là công khai, dù bản xuất bản đã được xóa siêu dữ liệu)'
		},
		fix: { en: 'remove the location in the photo app or editor, or add `gpsIntended: true`', vi: 'xóa vị trí trong ứng dụng ảnh, hoặc thêm `gpsIntended: true`' },
		example: { file: 'cover.jpg' }
	}),
	'audio-missing': message<{ file: string }>({
		severity: 'error',
		say: ({ file }) => ({ en: `the audio file "${file}" is not in the folder`, vi: `không thấy tệp âm thanh "${file}" trong thư mục` }),
		meaning: { en: 'a recording named in place.yaml is not there', vi: 'bản ghi âm nêu trong place.yaml không có' },
		fix: { en: 'add the file or fix its name', vi: 'thêm tệp hoặc sửa tên' },
		example: { file: 'vi.mp3' }
	}),

	// content/CHANGELOG.md (changelog.ts)
	'changelog-bad-date': message<{ heading: string }>({
		severity: 'error',
		say: ({ heading }) => ({
			en: `"## ${heading}" must be a date written as YYYY-MM-DD, e.g. ## 2026-12-02`,
			vi: `"## ${heading}" phải là ngày viết dạng YYYY-MM-DD, ví dụ ## 2026-12-02`
		}),
		meaning: { en: 'a changelog heading is not a date', vi: 'tiêu đề trong nhật ký thay đổi không phải ngày' },
		fix: { en: 'write the date of the change after ##', vi: 'ghi ngày thay đổi sau ##' },
		example: { heading: 'December' }
	}),
	'changelog-order': message<{ date: string; previous: string }>({
		severity: 'error',
		say: ({ date, previous }) => ({
			en: `${date} comes after ${previous}; the newest changes go on top`,
			vi: `${date} đứng sau ${previous}; thay đổi mới nhất phải ở trên cùng`
		}),
		meaning: { en: 'the changelog is not newest first', vi: 'nhật ký thay đổi không xếp mới nhất lên đầu' },
		fix: { en: 'move the section to its place, newest first', vi: 'chuyển mục về đúng chỗ, mới nhất ở trên' },
		example: { date: '2026-11-23', previous: '2026-11-22' }
	}),
	'changelog-item': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'a change needs both languages: "- vi: …" and, on the next line, "  en: …"',
			vi: 'mỗi thay đổi cần cả hai thứ tiếng: "- vi: …" và ở dòng sau "  en: …"'
		}),
		meaning: { en: 'a change is written in one language only', vi: 'một thay đổi chỉ viết một thứ tiếng' },
		fix: { en: 'add the missing line', vi: 'thêm dòng còn thiếu' },
		example: {}
	}),

	// Dated facts (dated-facts.ts)
	'price-without-date': message<Record<never, never>>({
		severity: 'error',
		say: () => ({
			en: 'a price needs the date it was checked (checked: YYYY-MM-DD); visitors must know how old it is',
			vi: 'giá vé cần ngày kiểm tra (checked: YYYY-MM-DD) để du khách biết thông tin cũ hay mới'
		}),
		meaning: { en: 'price without checked date', vi: 'giá không có ngày kiểm tra' },
		fix: { en: 'add `checked:` under `tickets:`', vi: 'thêm `checked:` dưới `tickets:`' },
		example: {}
	}),
	'price-without-source': message<Record<never, never>>({
		severity: 'error',
		say: () => ({ en: 'a price needs a source (source: https://…)', vi: 'giá vé cần có nguồn (source: https://…)' }),
		meaning: { en: 'price without source', vi: 'giá không có nguồn' },
		fix: { en: 'add `source:` under `tickets:`', vi: 'thêm `source:` dưới `tickets:`' },
		example: {}
	}),
	'hours-undated': message<Record<never, never>>({
		severity: 'error',
		say: () => ({ en: 'opening hours need a source and the date they were checked', vi: 'giờ mở cửa cần có nguồn và ngày kiểm tra' }),
		meaning: { en: 'opening hours without source or date', vi: 'giờ mở cửa thiếu nguồn hoặc ngày' },
		fix: { en: 'add `source:` and `checked:` under `hours:`', vi: 'thêm `source:` và `checked:` dưới `hours:`' },
		example: {}
	}),

	// Suggested trips (check-trips.ts)
	...TRIP_MESSAGES
};

export type ProblemCode = keyof typeof MESSAGES;
export type ParamsOf<C extends ProblemCode> = Parameters<(typeof MESSAGES)[C]['say']>[0];

/** The words of one problem. */
export function say<C extends ProblemCode>(code: C, params: ParamsOf<C>): Words {
	return (MESSAGES[code].say as (p: ParamsOf<C>) => Words)(params);
}
