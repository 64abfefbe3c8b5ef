package extract

import "testing"

// TestCatholicTitles checks the posts of the Catholic Church and the
// names of its people: a bishop of a diocese, an apostolic administrator,
// a vicar general, a parish priest; the saint name before a Vietnamese
// name is how the person is addressed, not part of the name.
func TestCatholicTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Đức cha <saint> X, giám mục Giáo phận Y; the diocese in lower case",
			text: "Tin\nSáng 14/8/2022, tại nhà thờ chính tòa giáo phận Hưng Hóa, Đức cha Phêrô Trần Văn Bình, giám mục Giáo phận Hưng Hóa, gặp gỡ các bạn trẻ.",
			want: []string{
				"Trần Văn Bình -holds_position-> Giám mục Giáo phận Hưng Hóa",
				"organization: Giáo phận Hưng Hóa",
			},
			absent: []string{"person: Phêrô Trần Văn Bình", "person: Hưng Hóa"},
		},
		{
			name: "a list of bishops with their dioceses and posts, between dashes; Giáo Phận capitalized",
			text: "Tin\nHiện diện có:\nĐức Cha Giuse Lê Văn Khải – Giám mục Giáo phận Thái Bình\nĐức cha Thomas Đỗ Quang Huy – Giám Quản Tông Tòa Giáo Phận Kon Tum\nĐức Cha Vinh Sơn Phạm Minh Tuấn – Giám mục phụ tá Tổng Giáo phận Huế",
			want: []string{
				"Lê Văn Khải -holds_position-> Giám mục Giáo phận Thái Bình",
				"Đỗ Quang Huy -holds_position-> Giám quản Tông tòa Giáo Phận Kon Tum",
				"Phạm Minh Tuấn -holds_position-> Giám mục phụ tá Tổng Giáo phận Huế",
			},
			absent: []string{
				"person: Thomas Đỗ Quang Huy", "person: Vinh Sơn Phạm Minh Tuấn",
				"person: Kon Tum", "person: Giáo Phận", "person: Thái Bình",
			},
		},
		{
			name: "cha tổng đại diện <saint> X; linh mục <saint> X, chánh xứ Giáo xứ Y",
			text: "Tin\nCha tổng đại diện Antôn Vũ Đức Thịnh đọc quyết định. Linh mục Micae Ngô Văn Hải, chánh xứ Giáo xứ Phú Nhai, cảm ơn cộng đoàn.",
			want: []string{
				"Vũ Đức Thịnh -holds_position-> Tổng Đại diện",
				"Ngô Văn Hải -holds_position-> Chánh xứ Giáo xứ Phú Nhai",
			},
			absent: []string{"person: Antôn Vũ Đức Thịnh", "person: Micae Ngô Văn Hải"},
		},
		{
			name:   "a saint's name before no family name is no form of address; a bishop's rank alone is no post",
			text:   "Tin\nHậu vệ Thomas Müller ghi bàn. Giám mục Nguyễn Văn Khoa đến thăm trường.",
			want:   []string{"person: Thomas Müller", "person: Nguyễn Văn Khoa"},
			absent: []string{"person: Müller", "Nguyễn Văn Khoa -holds_position-> Giám mục"},
		},
		{
			name:   "a golden jubilee and a thanksgiving start like names and are none",
			text:   "Tin\nCộng đoàn hiệp lời Tạ Ơn mừng Kim Khánh Linh mục của Đức ông Vinh Sơn Lê Quang Vinh.",
			want:   []string{"person: Lê Quang Vinh"},
			absent: []string{"person: Tạ Ơn", "person: Kim Khánh Linh mục"},
		},
	})
}

// TestReligiousEvents checks the feasts and rites of religious news and
// what their celebrants did at them.
func TestReligiousEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a Mass presided (chủ sự) and concelebrated (cùng đồng tế có A, B)",
			text: "Tin\nSáng 2/10/2022, Đức cha Phêrô Trần Văn Bình, Giám mục Giáo phận Hưng Hóa, chủ sự Thánh lễ tạ ơn tại nhà thờ Sơn Lộc. Cùng đồng tế có cha Giuse Lê Văn Toàn và cha Phaolô Đinh Quang Huy.",
			want: []string{
				"event: Thánh lễ tạ ơn [2022-10-02]",
				"Trần Văn Bình -presided-> Thánh lễ tạ ơn",
				"Lê Văn Toàn -attended-> Thánh lễ tạ ơn",
				"Đinh Quang Huy -attended-> Thánh lễ tạ ơn",
			},
		},
		{
			name: "a Mass do X chủ tế",
			text: "Tin\nNgày 9/7/2023, Thánh lễ truyền chức linh mục diễn ra tại nhà thờ Chính tòa Hưng Hóa, do Đức cha Phêrô Trần Văn Bình chủ tế.",
			want: []string{"Trần Văn Bình -presided-> Thánh lễ truyền chức linh mục"},
		},
		{
			name: "Đại lễ Phật đản organized by a Ban Trị sự; a senior monk chứng minh it (presides)",
			text: "Tin\nSáng 15/5/2022, tại chùa Linh Quang, Ban Trị sự GHPGVN tỉnh Thái Bình tổ chức khai mạc Đại lễ Phật đản năm 2022. Chứng minh, tham dự buổi lễ có Hòa thượng Thích Thanh Hải. Ông Phạm Văn Lâm, Phó Chủ tịch UBND tỉnh Thái Bình, dự lễ.",
			want: []string{
				"event: Đại lễ Phật đản năm 2022 [2022-05-15]",
				"Ban Trị sự GHPGVN tỉnh Thái Bình -organized-> Đại lễ Phật đản năm 2022",
				"Thích Thanh Hải -presided-> Đại lễ Phật đản năm 2022",
				"Phạm Văn Lâm -attended-> Đại lễ Phật đản năm 2022",
			},
		},
		{
			name: "lễ Phật đản and lễ Vu lan in lower case",
			text: "Tin\nTối 8/5/2022, Ban Trị sự GHPGVN huyện Kiến Xương cử hành lễ Phật đản tại chùa Keo, với sự tham dự của Thượng tọa Thích Minh Đức.",
			want: []string{"Thích Minh Đức -attended-> Lễ Phật đản"},
		},
		{
			name:   "chứng minh in its other senses presides over nothing",
			text:   "Tin\nSáng 3/4/2023, Sở Nông nghiệp tỉnh Nam Định tổ chức Hội nghị tổng kết năm 2022. Tại hội nghị, ông Nguyễn Văn An, Giám đốc Sở, chứng minh được hiệu quả của mô hình.",
			absent: []string{"Nguyễn Văn An -presided-> Hội nghị tổng kết năm 2022"},
		},
	})
}
