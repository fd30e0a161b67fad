/**
 * What the web editor (/admin) calls each field of the content schema, in Vietnamese and
 * English, with a short hint where the name alone does not say enough. The CMS configuration is
 * generated from schema.ts with these words (cms-config.ts); a test fails when a schema field has
 * no label here. Hints for fields the check's messages explain come from FIELD_HELP.
 */
import { FIELD_HELP, type Words } from '../content/field-words.ts';

export type FieldWords = { label: Words; hint?: Words };

/** [Vietnamese label, English label, Vietnamese hint, English hint] */
type Row = [string, string, string?, string?];

const ROWS: Record<string, Row> = {
	code: ['Mã số', 'Code'],
	kind: ['Loại', 'Kind'],
	order: ['Thứ tự', 'Order', 'vị trí trong danh sách, số nhỏ đứng trước, ví dụ 10', 'position in lists, smaller first, e.g. 10'],
	location: ['Vị trí', 'Location'],
	confidence: [
		'Độ tin cậy',
		'Confidence',
		'strong: ≥2 nguồn khớp; single-source: một điểm chính xác; derived: tính ra; commune-area: chỉ biết xã; none: chưa biết',
		'strong: ≥2 sources agree; single-source: one precise pin; derived: computed; commune-area: only the commune; none: unknown'
	],
	lat: ['Vĩ độ', 'Latitude'],
	lon: ['Kinh độ', 'Longitude'],
	uncertaintyM: ['Sai số (m)', 'Uncertainty (m)'],
	source: ['Nguồn', 'Source'],
	note: ['Ghi chú', 'Note'],
	commune: ['Xã/phường (từ 1/7/2025)', 'Commune or ward (since 1 July 2025)', 'ví dụ Đàm Thủy', 'e.g. Đàm Thủy'],
	communeOld: ['Xã cũ (trước 2025)', 'Commune before 2025', 'ví dụ Chí Viễn', 'e.g. Chí Viễn'],
	district: ['Huyện cũ (trước 2025)', 'District before 2025', 'ví dụ Trùng Khánh', 'e.g. Trùng Khánh'],
	routes: ['Tuyến', 'Routes', 'mã các tuyến đi qua, ví dụ east', 'ids of the geopark routes it is on, e.g. east'],
	hours: [
		'Giờ mở cửa',
		'Opening hours',
		'để trống quy tắc khi chưa biết: cẩm nang ghi “Chưa rõ”',
		'leave the rules out when unknown: the guide says “Unknown”'
	],
	always: [
		'Luôn mở',
		'Always open',
		'bật cho nơi mở cửa mọi lúc, như điểm ngắm cảnh ven đường',
		'on for places open at all times, such as a roadside viewpoint'
	],
	rules: ['Quy tắc giờ mở cửa', 'Opening rules'],
	days: ['Ngày trong tuần', 'Days of the week'],
	open: ['Giờ mở', 'Opens', 'dạng HH:MM, ví dụ 07:00', 'HH:MM, e.g. 07:00'],
	close: [
		'Giờ đóng',
		'Closes',
		'dạng HH:MM; sớm hơn giờ mở nghĩa là đóng sau nửa đêm',
		'HH:MM; earlier than the opening time means it closes after midnight'
	],
	months: ['Chỉ trong các tháng', 'Only in months', 'ví dụ 6, 7, 8', 'e.g. 6, 7, 8'],
	checked: ['Ngày kiểm tra', 'Checked on'],
	tickets: [
		'Vé',
		'Tickets',
		'để trống giá khi chưa biết: cẩm nang ghi “Chưa rõ”',
		'leave the prices out when unknown: the guide says “Unknown”'
	],
	free: ['Miễn phí', 'Free entry'],
	prices: ['Giá', 'Prices'],
	label: ['Dành cho', 'For whom or what', 'ví dụ Người lớn / Adult', 'e.g. Người lớn / Adult'],
	vi: ['Tiếng Việt', 'Vietnamese'],
	en: ['Tiếng Anh', 'English'],
	vnd: ['Giá (đồng)', 'Price (đồng)', '0 là miễn phí', '0 means free'],
	asOf: ['Áp dụng từ', 'As of', 'tháng hoặc ngày nguồn đưa ra giá, ví dụ 2023-10', 'month or day the source gave, e.g. 2023-10'],
	bestMonths: ['Tháng đẹp nhất', 'Best months', 'ví dụ 9, 10', 'e.g. 9, 10'],
	timeNeededMin: [
		'Thời gian cần (phút)',
		'Time needed (minutes)',
		'ít nhất và nhiều nhất, ví dụ 120 và 180',
		'least and most, e.g. 120 and 180'
	],
	borderArea: [
		'Khu vực biên giới',
		'Border area',
		'bật khi nằm trong khu vực biên giới đất liền (cần giấy tờ)',
		'on when it lies in a land-border area (papers needed)'
	],
	accessibility: ['Tiếp cận cho người khuyết tật', 'Accessibility'],
	images: ['Ảnh', 'Photos'],
	file: ['Tệp', 'File'],
	alt: ['Mô tả ảnh', 'Alt text'],
	credit: ['Tác giả', 'Credit', 'ví dụ Ban quản lý CVĐC Non nước Cao Bằng', 'e.g. Ban quản lý CVĐC Non nước Cao Bằng'],
	licence: ['Giấy phép', 'Licence', 'ví dụ CC BY 4.0', 'e.g. CC BY 4.0'],
	audio: ['Bản ghi âm', 'Audio guide'],
	sources: ['Nguồn', 'Sources'],
	url: ['Địa chỉ', 'Address'],
	name: ['Tên', 'Name'],
	localName: ['Tên tiếng dân tộc', 'Name in an ethnic language', 'ví dụ Phja Piót (Tày)', 'e.g. Phja Piót (Tày)'],
	summary: [
		'Tóm tắt',
		'Summary',
		'một hai câu hiện dưới tên, tối đa 200 ký tự',
		'one or two sentences under the name, at most 200 characters'
	],
	aliases: ['Tên khác', 'Other names', 'tên khác người ta hay tìm, ví dụ Ban Gioc', 'other names people search for, e.g. Ban Gioc'],
	hoursNote: ['Giờ mở cửa (bằng lời)', 'Opening hours in words'],
	ticketsNote: ['Giá vé (bằng lời)', 'Prices in words'],
	season: ['Mùa đẹp', 'Best time to come'],
	timeNeeded: ['Thời gian cần (bằng lời)', 'Time needed in words'],
	access: ['Đường đi', 'Getting there'],
	border: ['Lưu ý biên giới', 'Border notice', 'giấy tờ cần mang, nơi đăng ký', 'papers to carry, where to register'],
	body: ['Bài viết', 'Text', 'mô tả, lịch sử, thông tin thực tế (Markdown)', 'description, history, practical notes (Markdown)'],
	number: ['Số', 'Number'],
	color: ['Màu', 'Colour'],
	stops: ['Điểm dừng', 'Stops'],
	legs: [
		'Chặng',
		'Legs',
		'quãng đường giữa hai điểm dừng liền nhau, khi có nguồn',
		'distances between consecutive stops, where a source gives them'
	],
	from: ['Từ', 'From'],
	to: ['Đến', 'To'],
	km: ['Quãng đường (km)', 'Distance (km)'],
	driveMin: ['Thời gian lái xe (phút)', 'Driving time (minutes)'],
	road: ['Ghi chú đường', 'Road note'],
	duration: ['Thời gian', 'Duration', 'ví dụ 1–2 ngày', 'e.g. 1–2 days'],
	places: ['Địa điểm', 'Places', 'mã các địa điểm phục vụ hoặc ở gần', 'ids of the places it serves or lies near'],
	contact: ['Liên hệ', 'Contact', 'bỏ trống điều chưa biết', 'leave out what is not known'],
	phone: ['Điện thoại', 'Phone', 'ví dụ +84 206 3852 000', 'e.g. +84 206 3852 000'],
	website: ['Trang web', 'Website'],
	email: ['Email', 'Email'],
	priceRange: ['Khoảng giá', 'Price range'],
	minVnd: ['Thấp nhất (đồng)', 'Lowest (đồng)'],
	maxVnd: ['Cao nhất (đồng)', 'Highest (đồng)'],
	unit: ['Đơn vị', 'Per', 'ví dụ mỗi đêm / per night', 'e.g. mỗi đêm / per night'],
	languages: ['Ngôn ngữ', 'Languages', 'ví dụ vi, en; để trống nếu chưa biết', 'e.g. vi, en; empty means unknown'],
	marketDays: ['Ngày họp chợ', 'Market days'],
	lunar: ['Ngày âm lịch', 'Lunar days', 'ví dụ 5, 10, 15, 20, 25, 30', 'e.g. 5, 10, 15, 20, 25, 30'],
	title: ['Tiêu đề', 'Title'],
	description: ['Mô tả', 'Description'],
	siteUrl: ['Địa chỉ trang', 'Site address', 'ví dụ https://caobang.example.vn', 'e.g. https://caobang.example.vn'],
	defaultLanguage: ['Ngôn ngữ chính', 'Default language'],
	emergency: ['Số khẩn cấp', 'Emergency numbers'],
	basemap: ['Bản đồ nền', 'Basemap'],
	detail: ['Bản đồ chi tiết', 'Detail map'],
	attribution: ['Ghi công', 'Attribution'],
	retired: ['Mã đã xóa', 'Retired codes'],
	was: ['Từng thuộc về', 'Belonged to', 'ví dụ places/old-viewpoint', 'e.g. places/old-viewpoint'],
	partOf: [
		'Thuộc khu di tích',
		'Part of the relic site',
		'mã địa điểm của khu di tích, ví dụ pac-bo',
		'the place id of its relic site, e.g. pac-bo'
	],
	gpsIntended: [
		'Giữ toạ độ GPS trong ảnh',
		'Keep GPS in the photo',
		'chỉ bật khi cố ý công bố vị trí chụp',
		'only when the place the photo was taken is meant to be public'
	],
	gapAccepted: [
		'Khoảng trống chấp nhận',
		'Accepted gaps',
		'điểm dừng thiếu dịch vụ mà Sở chấp nhận tạm thời',
		'stops whose missing services the office accepts for now'
	],
	stop: ['Điểm dừng', 'Stop', 'mã địa điểm của tuyến này', 'a place id of this route'],
	until: ['Đến ngày', 'Until', 'ngày xem lại, ví dụ 2027-06-30', 'when to look again, e.g. 2027-06-30'],
	zalo: ['Zalo', 'Zalo', 'số điện thoại Zalo, chỉ chữ số', 'the Zalo phone number, digits only'],
	generic: [
		'Mục chung',
		'Group entry',
		'bật cho một nhóm (ví dụ homestay ở Khuổi Ky), không phải một cơ sở',
		'on for a group (e.g. homestays in Khuổi Ky), not one named business'
	],
	reason: ['Lý do', 'Reason']
};

/** The words for a field key, or undefined when the schema has a field this table does not know. */
export function fieldWords(key: string): FieldWords | undefined {
	const row = ROWS[key];
	if (!row) return undefined;
	const [vi, en, hintVi, hintEn] = row;
	const help = FIELD_HELP[key];
	const hint = hintVi && hintEn ? { vi: hintVi, en: hintEn } : help;
	return { label: { vi, en }, ...(hint ? { hint } : {}) };
}

export const KNOWN_FIELDS: readonly string[] = Object.keys(ROWS);
