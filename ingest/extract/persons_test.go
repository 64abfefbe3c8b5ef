package extract

import (
	"slices"
	"testing"

	"kg/graph"
)

// TestPersonEvidence checks which names enter the graph when nothing else
// is said of them: a Vietnamese name, or a name after a form of address or
// a noun that says what the person is, is a person's; a capitalized run of
// foreign words with none of these is not (a brand, a product, a team).
func TestPersonEvidence(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a Vietnamese name with nothing said of it",
			text: "Tin\nBà Đặng Thị Huệ cho biết vụ lúa năm nay bội thu. Hồ Văn Lợi kể lại chuyện cũ.",
			want: []string{"person: Đặng Thị Huệ", "person: Hồ Văn Lợi"},
		},
		{
			name:   "a photo's credit in capitals glued to a caption's name is no part of it",
			text:   "Tin\nSáng 25/5/2025, TAND cấp cao tại Hà Nội tuyên án phúc thẩm.\nBị cáo Nguyễn Thị Hà Thành PHÚC BÌNH\nÔng Lê Văn AN dự.",
			want:   []string{"person: Nguyễn Thị Hà Thành", "person: Lê Văn AN"},
			absent: []string{"person: Nguyễn Thị Hà Thành PHÚC", "person: Nguyễn Thị Hà Thành PHÚC BÌNH"},
		},
		{
			name:   "the names of a list a plural and a form of address open, whatever their shape",
			text:   "Tin\nTối 3/3/2025, đội tuyển tập trung. Danh sách gồm các cầu thủ: Leo Artur, Trung Anh, Mạnh Trường và Minh Phúc. Các nghệ sĩ Mỹ Tâm, Nhã Phương, Trấn Thành góp mặt. Dự có các đồng chí: Nguyễn Văn An, Bí thư Tỉnh ủy; Sở Y tế và Hà Nội.",
			want:   []string{"person: Leo Artur", "person: Trung Anh", "person: Mạnh Trường", "person: Minh Phúc", "person: Nhã Phương", "person: Trấn Thành", "person: Nguyễn Văn An"},
			absent: []string{"person: Sở Y tế", "person: Hà Nội", "person: Bí thư Tỉnh ủy"},
		},
		{
			name:   "names an age follows, in a list, whatever word starts them; a code of law is no ministry",
			text:   "Tin\nNgày 3/3/2025, Công an huyện Krông Búk khởi tố 3 bị can theo Điều 173 Bộ Luật hình sự. Các đối tượng gồm: Y Sa (29 tuổi, trú xã Ea Tul), Y Blin (SN 1999) và Nguyễn Văn Tí (sinh năm 1994).",
			want:   []string{"person: Y Sa", "person: Y Blin", "person: Nguyễn Văn Tí"},
			absent: []string{"organization: Bộ Luật hình sự"},
		},
		{
			name: "a defendant and a victim in a police report",
			text: "Tin\nCông an huyện Bảo Thắng đã khởi tố bị can Giàng A Chư (SN 1991, trú tại xã Phong Niên) về tội cướp giật tài sản của chị Lý Thị Dua.",
			want: []string{"person: Giàng A Chư", "person: Lý Thị Dua"},
		},
		{
			name:   "status and occupation nouns before a name",
			text:   "Tin\nĐoàn đến thăm thương binh Y Blưm Niê và già làng Đinh Núp. Tiền đạo Lucas Moreira và ca sĩ Mỹ Linh cũng có mặt.",
			want:   []string{"person: Y Blưm Niê", "person: Đinh Núp", "person: Lucas Moreira", "person: Mỹ Linh"},
			absent: []string{"person: Tiền đạo Lucas Moreira", "person: Ca sĩ Mỹ Linh"},
		},
		{
			name: "stage names and given names after the noun of what the person is",
			text: "Tin\nTrung vệ Minh Trọng và thủ thành Văn Lâm được triệu tập. Rapper Bảo Khang và hoa hậu Ngọc Hân cũng tham gia.",
			want: []string{"person: Minh Trọng", "person: Văn Lâm", "person: Bảo Khang", "person: Ngọc Hân"},
		},
		{
			name: "a foreign name after a form of address",
			text: "Tin\nÔng Henrik Larsen nói rằng dự án sẽ hoàn thành vào năm sau.",
			want: []string{"person: Henrik Larsen"},
		},
		{
			name:   "foreign capitalized runs with no evidence are no persons",
			text:   "Tin\nNgười dùng vẫn chuộng dòng Galaxy Note. Toyota Motor cũng giảm giá xe.",
			absent: []string{"person: Galaxy Note", "person: Toyota Motor"},
		},
		{
			name:   "streets and schools named after people are no persons",
			text:   "Tin\nCửa hàng trên đường Lê Duẩn bị mất trộm. Em Lê Văn Tám là học sinh Trường THPT Nguyễn Trãi.",
			want:   []string{"person: Lê Văn Tám", "organization: Trường THPT Nguyễn Trãi"},
			absent: []string{"person: Lê Duẩn", "person: Nguyễn Trãi", "person: Trường THPT Nguyễn Trãi"},
		},
		{
			name: "a title and a form of address: the words of a ministry name are no form of address",
			text: "Tin\nBà Vũ Thị Mai, Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam, dự hội nghị.",
			want: []string{"Vũ Thị Mai -holds_position-> Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam"},
		},
	})
}

// TestCredits checks the bylines, photo credits and source lines written
// in the forms news pages use.
func TestCredits(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:   "two writers run together, the second with a family name",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nThực hiện: Thu Trang Lê Minh",
			want:   []string{"person: Thu Trang", "person: Lê Minh"},
			absent: []string{"person: Thu Trang Lê Minh"},
		},
		{
			name: "a byline in capitals above the share widgets",
			text: "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nHOÀNG HIỆP\nBình luận | Chia sẻ",
			want: []string{"person: Hoàng Hiệp"},
		},
		{
			name: "a writer signing with where they work, in parentheses",
			text: "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nMinh Nguyệt (Trung tâm Truyền thông và Văn hóa huyện Yên Thế)",
			want: []string{"person: Minh Nguyệt", "organization: Trung tâm Truyền thông và Văn hóa huyện Yên Thế"},
		},
		{
			name:   "two writers signing one line",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nThanh Tâm - Quốc Việt",
			want:   []string{"person: Thanh Tâm", "person: Quốc Việt"},
			absent: []string{"person: Thanh Tâm - Quốc Việt"},
		},
		{
			name:   "photographers glued by a hyphen",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nẢnh: Thanh Tâm-Quốc Việt",
			want:   []string{"person: Thanh Tâm", "person: Quốc Việt"},
			absent: []string{"person: Thanh Tâm-Quốc Việt"},
		},
		{
			name:   "a photographer signing with initials",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nÔng Hòa cắt băng khánh thành. Ảnh: T.HIỆP",
			want:   []string{"person: T.Hiệp"},
			absent: []string{"organization: T.HIỆP"},
		},
		{
			name:   "initials with a space after the stop; an editor's line",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nÔng Hòa cắt băng khánh thành. Ảnh: H. Thắm\nBt: Lan Anh",
			want:   []string{"person: H. Thắm", "person: Lan Anh"},
			absent: []string{"organization: H", "organization: Thắm", "organization: Bt"},
		},
		{
			name:   "a body's short name tagging the lead is no writer",
			text:   "Tin\nUBND - Sáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.",
			want:   []string{"Trần Văn Hòa -holds_position-> Chủ tịch UBND huyện Yên Thế"},
			absent: []string{"person: Ubnd", "person: Ủy ban nhân dân"},
		},
		{
			name:   "a source line names an outlet",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nTheo Người Đô Thị",
			want:   []string{"organization: Người Đô Thị"},
			absent: []string{"person: Người Đô Thị"},
		},
		{
			name: "a writer and an outlet in parentheses",
			text: "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nHà Phương (Báo Bắc Giang)",
			want: []string{"person: Hà Phương", "organization: Báo Bắc Giang"},
		},
		{
			name:   "a place on the last line signs nothing",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nBắc Giang",
			absent: []string{"person: Bắc Giang"},
		},
	})
}

// TestPersonShapes checks the shapes of names the recognizer reads:
// initials, prefixes and hyphens of foreign names, names of other
// countries, monks' names, and the capitalized words next to names that
// are no part of them.
func TestPersonShapes(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "family names of the northern peoples, and any name with Văn or Thị in the middle",
			text: "Tin\nDự kỳ họp có các đồng chí: Chẩu Văn Lâm, Bí thư Tỉnh ủy Tuyên Quang; Xìn Thị Pha, Phó Chủ tịch HĐND tỉnh Tuyên Quang; Vừ A Tủa, đại biểu HĐND tỉnh.",
			want: []string{
				"Chẩu Văn Lâm -holds_position-> Bí thư Tỉnh ủy Tuyên Quang",
				"Xìn Thị Pha -holds_position-> Phó Chủ tịch HĐND tỉnh Tuyên Quang",
				"person: Vừ A Tủa",
			},
		},
		{
			name:   "places a hyphen joins, and a street after its number, are no persons",
			text:   "Tin\nNgày 9/1/2025, Bộ trưởng Bộ Xây dựng Trần Hồng Minh kiểm tra dự án cao tốc đoạn Cần Thơ-Cà Mau. Lễ viếng diễn ra tại Nhà tang lễ số 5 Trần Thánh Tông.",
			want:   []string{"person: Trần Hồng Minh"},
			absent: []string{"person: Thơ-Cà Mau", "person: Trần Thánh Tông"},
		},
		{
			name:   "Văn in the middle of a house's name is no person's",
			text:   "Tin\nTối 2/9/2023, Nhà Văn hóa thôn Bản Chang tổ chức đêm giao lưu.",
			absent: []string{"person: Nhà Văn hóa"},
		},
		{
			name:   "foreign names with initials and Gaelic prefixes",
			text:   "Tin\nNgày 2/3/2022, ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, tiếp ngài Peter K. Olsen, Đại sứ Na Uy tại Việt Nam, và ông D. J. McAllister.",
			want:   []string{"person: Peter K. Olsen", "person: D. J. McAllister"},
			absent: []string{"person: Peter K", "person: McAllister"},
		},
		{
			name: "a Vietnamese name written with an initial",
			text: "Tin\nBị can Nguyễn V. Thành khai nhận toàn bộ hành vi.",
			want: []string{"person: Nguyễn V. Thành"},
		},
		{
			name:   "a city written with a stop after its abbreviation is no person",
			text:   "Tin\nNgày 2/3/2022, ông Lê Hữu Phước, Chủ tịch UBND tỉnh Cà Mau, tiếp ông Jan Novak, Tổng Lãnh sự Séc tại TP. Hồ Chí Minh.",
			want:   []string{"person: Jan Novak"},
			absent: []string{"person: Hồ Chí Minh"},
		},
		{
			name:   "a lead that opens with a name and its title between dashes is no byline",
			text:   "Tin\nÔng Lương Văn Cầu – Chủ tịch Hội Nông dân huyện Tam Đường – phát biểu tại buổi lễ.",
			want:   []string{"Lương Văn Cầu -holds_position-> Chủ tịch Hội Nông dân huyện Tam Đường"},
			absent: []string{"person: Ông Lương Văn Cầu"},
		},
		{
			name: "the shape of a foreign name: a known given or family name, a hyphenated given name",
			text: "Tin\nThủ tướng Na Uy Lars Solberg và Ngoại trưởng Kishida Haruto hội đàm. Park Min-jun và Khăm-phăn Vông-xa dự lễ.",
			want: []string{"person: Lars Solberg", "person: Kishida Haruto", "person: Park Min-jun", "person: Khăm-phăn Vông-xa"},
		},
		{
			name:   "a dash between two place names joins no given name",
			text:   "Tin\nDự án cao tốc Cam Lâm-Vĩnh Hảo đã thông xe.",
			absent: []string{"person: Cam Lâm-Vĩnh Hảo", "person: Lâm-Vĩnh Hảo"},
		},
		{
			name: "a monk's religious family name",
			text: "Tin\nChứng minh buổi lễ có Hòa thượng Thích Trí Hải và Thượng tọa Thích Nguyên Đạt. Thích Minh Chánh đọc diễn văn.",
			want: []string{"person: Thích Trí Hải", "person: Thích Nguyên Đạt", "person: Thích Minh Chánh"},
		},
		{
			name:   "five name words: the first ends the name before, the last four are the holder's",
			text:   "Tin\nLễ trao giải diễn ra tối 3/2.\nPhó Trưởng Ban Chỉ đạo Giải Sao Vàng Trần Thị Thu Hà phát biểu.",
			want:   []string{"person: Trần Thị Thu Hà", "Trần Thị Thu Hà -holds_position-> Phó Trưởng Ban Chỉ đạo Giải Sao Vàng"},
			absent: []string{"person: Vàng Trần Thị Thu Hà"},
		},
		{
			name:   "a pagoda named mid-sentence, a family name inside its name; an ethnic name with a landmark's word",
			text:   "Tin\nLễ Phật đản diễn ra sáng 12/5.\nĐoàn đến thăm Chùa Phước Huệ Đại Tòng Lâm ở xã Tân Lập. Ông A Lăng Mai, Trưởng Ban Dân tộc tỉnh, dự lễ.",
			want:   []string{"person: A Lăng Mai"},
			absent: []string{"person: Tòng Lâm"},
		},
		{
			name:   "a pagoda after a title is no person",
			text:   "Tin\nĐại lễ do Hòa thượng Thích Trí Hải, Viện chủ Chùa Quang Minh, chứng minh.",
			want:   []string{"person: Thích Trí Hải"},
			absent: []string{"person: Chùa Quang Minh"},
		},
	})
}

// TestCreditsAndAbbreviations checks outlets signing with their address
// and organizations written with an abbreviation that ends in a name.
func TestCreditsAndAbbreviations(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:   "a source line with the outlet's address",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nTheo Baoquangninh.vn",
			want:   []string{"organization: Baoquangninh.vn"},
			absent: []string{"organization: Baoquangninh"},
		},
		{
			name:   "the Youth Union written with its abbreviation is no person",
			text:   "Tin\nSáng 5/6/2023, Đoàn TNCS Hồ Chí Minh huyện Yên Thế tổ chức lễ tuyên dương. Anh Trần Văn Hòa nhận bằng khen.",
			absent: []string{"person: TNCS Hồ Chí Minh", "person: Hồ Chí Minh"},
		},
	})
}

// TestNamesInsideOrganizations checks that a company's proper name that
// starts like a family name stays the company's.
func TestNamesInsideOrganizations(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:   "a two-word proper name of a group inside a company's name",
			text:   "Tin\nÔng Trần Quốc Bảo, Chủ tịch HĐQT Công ty cổ phần Tập đoàn Hoàng Long, dự lễ.",
			want:   []string{"organization: Công ty cổ phần Tập đoàn Hoàng Long"},
			absent: []string{"person: Hoàng Long"},
		},
		{
			name:   "a fund named after a person",
			text:   "Tin\nQuỹ Lê Quý Đôn trao 50 suất học bổng cho học sinh nghèo.",
			want:   []string{"organization: Quỹ Lê Quý Đôn"},
			absent: []string{"person: Lê Quý Đôn"},
		},
		{
			name: "an official's name after a department still ends it",
			text: "Tin\nDự lễ có Giám đốc Sở Tài chính tỉnh Hà Nam Lê Văn Khang.",
			want: []string{"Lê Văn Khang -holds_position-> Giám đốc Sở Tài chính tỉnh Hà Nam"},
		},
	})
}

// TestNameAfterTitleWord checks that a person's full name right after a
// title word that is also an organization's head is the holder's, not
// the organization's name.
func TestNameAfterTitleWord(t *testing.T) {
	runRules(t, []ruleCase{{
		name:   "a standing deputy and the holder's name",
		text:   "Tin\nQuyết định do Phó Thủ tướng Thường trực Trương Hòa Bình ký.",
		want:   []string{"person: Trương Hòa Bình", "Trương Hòa Bình -holds_position-> Phó Thủ tướng Thường trực Chính phủ"},
		absent: []string{"organization: Thường trực Trương Hòa Bình ký"},
	}})
}

// TestInitialsAndBodyCredits checks persons the news names by initials
// and the credit of a photo at the end of a paragraph.
func TestInitialsAndBodyCredits(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "initials after a noun of what the person is",
			text: "Tin\nCông an huyện Mỹ Tú khởi tố đối tượng L.V.T, 34 tuổi, vì lấy trộm xe máy của chị H.T.M.",
			want: []string{"person: L.V.T", "person: H.T.M"},
		},
		{
			name:   "a photo credit at the end of a paragraph",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nCác đại biểu cắt băng khánh thành. Ảnh: QUỐC VIỆT",
			want:   []string{"person: Quốc Việt"},
			absent: []string{"Quốc Việt -attended-> Lễ khánh thành trường"},
		},
	})
}

// TestYouthUnion checks that the central body of the Youth Union, named
// after Hồ Chí Minh, is no person.
func TestYouthUnion(t *testing.T) {
	runRules(t, []ruleCase{{
		name:   "the Youth Union's central committee",
		text:   "Tin\nBí thư Tỉnh đoàn trao Huy hiệu của Trung ương Đoàn TNCS Hồ Chí Minh cho anh Lê Văn Tài.",
		want:   []string{"organization: Trung ương Đoàn TNCS Hồ Chí Minh"},
		absent: []string{"person: Hồ Chí Minh"},
	}})
}

// TestPlaceAfterLocative checks that a place after a locative and a level
// word is a place even when it starts like a person's name.
func TestPlaceAfterLocative(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:   "a town that starts like a family name",
			text:   "Tin\nVụ việc xảy ra tại thị trấn Phan Rí Cửa, huyện Tuy Phong.",
			absent: []string{"person: Phan Rí Cửa"},
		},
		{
			name:   "a letter ends a district's name, never a person's",
			text:   "Tin\nCông an huyện Châu Thành A khởi tố vụ án.",
			want:   []string{"organization: Công an huyện Châu Thành A"},
			absent: []string{"person: Châu Thành A"},
		},
		{
			name: "a holder's name after a title's bare level word is still the holder's",
			text: "Tin\nChủ tịch UBND xã Nguyễn Văn Tâm cho biết đã di dời các hộ dân.",
			want: []string{"person: Nguyễn Văn Tâm"},
		},
	})
}

// TestPlacesAndSignatures checks that a known place beats an
// organization's head that starts it, and that the organizers' signature
// names no outlet.
func TestPlacesAndSignatures(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:   "Taiwan is no broadcaster",
			text:   "Tin\nNhiều doanh nghiệp Đài Loan đầu tư vào khu công nghiệp Quế Võ.",
			absent: []string{"organization: Đài Loan đầu tư", "organization: Đài Loan"},
		},
		{
			name:   "photos from the organizers",
			text:   "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nCác đại biểu cắt băng. Ảnh: BTC",
			absent: []string{"organization: BTC"},
		},
	})
}

// TestForeignNamesBesideOthers checks foreign names written right after
// an organization, a country or a Vietnamese word that is no part of
// them.
func TestForeignNamesBesideOthers(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:   "a spokeswoman after her ministry",
			text:   "Tin\nNgười phát ngôn Bộ Ngoại giao Nga Natalia Volkova cho biết Moskva sẽ đáp trả.",
			want:   []string{"person: Natalia Volkova"},
			absent: []string{"organization: Bộ Ngoại giao Nga Natalia Volkova"},
		},
		{
			name:   "a leader after the end of a body's name",
			text:   "Tin\nChủ tịch Hội đồng châu Âu Charles Dubois đã gặp Thủ tướng Estonia Kaja Tamm.",
			want:   []string{"person: Charles Dubois", "person: Kaja Tamm"},
			absent: []string{"person: Âu Charles Dubois", "person: Estonia Kaja Tamm"},
		},
	})
}

// TestOutletCodeJoinedToLead checks an outlet's code joined to the lead's
// first word by a hyphen: no person, and the lead still read.
func TestOutletCodeJoinedToLead(t *testing.T) {
	tests := []ruleCase{
		{
			name:   "a code in capitals, a hyphen, the day",
			text:   "Tin\nBYT-Sáng nay (14/3), Bộ Y tế tổ chức hội nghị tổng kết. Dự có ông Trần Văn Thuấn, Thứ trưởng Bộ Y tế.",
			want:   []string{"Trần Văn Thuấn -attended-> Hội nghị tổng kết"},
			absent: []string{"person: BYT-Sáng"},
		},
	}
	runRules(t, tests)
}

// TestOtherNames checks that a name the article gives in parentheses as
// another of a person's ("pháp danh", "bí danh", "tức") is that person's
// alias, not a second person.
func TestOtherNames(t *testing.T) {
	ex := extractText(t, "Tin\nNgày 22/11/2025, TAND tỉnh An Giang xét xử phúc thẩm bị cáo Phạm Văn Cung (SN 1970, pháp danh Thích Phước Ngọc, từng là trụ trì chùa Phước Quang). Ông Trần Văn Tư (tức Trần Tư) cũng có mặt.")
	sum := summary(ex)
	for _, absent := range []string{"person: Thích Phước Ngọc", "person: Trần Tư"} {
		if slices.Contains(sum, absent) {
			t.Errorf("extracted %q: another name of a person named before it", absent)
		}
	}
	got := map[string][]string{}
	for _, e := range ex.Entities {
		if e.Kind == graph.Person {
			got[e.Name] = e.Aliases
		}
	}
	if a := got["Phạm Văn Cung"]; !slices.Equal(a, []string{"Thích Phước Ngọc"}) {
		t.Errorf("Phạm Văn Cung: aliases %q, want the dharma name", a)
	}
	if a := got["Trần Văn Tư"]; !slices.Equal(a, []string{"Trần Tư"}) {
		t.Errorf("Trần Văn Tư: aliases %q, want the alias", a)
	}
}
