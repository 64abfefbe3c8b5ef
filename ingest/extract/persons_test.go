package extract

import "testing"

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
			name: "a byline in capitals above the share widgets",
			text: "Tin\nSáng 5/6/2023, ông Trần Văn Hòa, Chủ tịch UBND huyện Yên Thế, dự lễ khánh thành trường.\nHOÀNG HIỆP\nBình luận | Chia sẻ",
			want: []string{"person: Hoàng Hiệp"},
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
