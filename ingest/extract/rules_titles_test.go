package extract

import "testing"

// TestTitlePredicates checks the predicates that give a title to their
// subject, and mark it held before when they say so.
func TestTitlePredicates(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "được giao trọng trách",
			text: "Tin\nÔng Hoàng Văn Khải được giao trọng trách Giám đốc Sở Công Thương tỉnh Yên Bái từ đầu năm 2023.",
			want: []string{"Hoàng Văn Khải -holds_position-> Giám đốc Sở Công Thương tỉnh Yên Bái"},
		},
		{
			name: "tái cử",
			text: "Tin\nBà Triệu Thị Lan tái cử Chủ tịch Hội Nông dân huyện Văn Yên khóa XI.",
			want: []string{"Triệu Thị Lan -holds_position-> Chủ tịch Hội Nông dân huyện Văn Yên"},
		},
		{
			name: "người giữ cương vị, after the name",
			text: "Tin\nCó mặt tại buổi lễ còn có ông Lục Văn Dũng, người giữ cương vị Giám đốc Sở Xây dựng tỉnh Cao Bằng suốt 8 năm.",
			want: []string{"Lục Văn Dũng -holds_position-> Giám đốc Sở Xây dựng tỉnh Cao Bằng"},
		},
		{
			name: "tiếp tục giữ cương vị",
			text: "Tin\nÔng Lục Văn Dũng tiếp tục giữ cương vị Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Cao Bằng.",
			want: []string{"Lục Văn Dũng -holds_position-> Trưởng Ban Văn hóa - Xã hội HĐND tỉnh Cao Bằng"},
		},
		{
			name: "bầu bổ sung X - T - vào vị trí T2",
			text: "Tin\nHội nghị bầu bổ sung ông Nông Đức Hậu - Giám đốc Sở Nội vụ - vào vị trí Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng.",
			want: []string{
				"Nông Đức Hậu -holds_position-> Giám đốc Sở Nội vụ tỉnh Cao Bằng",
				"Nông Đức Hậu -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Cao Bằng",
			},
		},
		{
			name: "bầu X - T - làm T2",
			text: "Tin\nHĐND tỉnh đã bầu ông Nông Đức Hậu – Giám đốc Sở Tư pháp – làm Phó Chủ tịch UBND tỉnh Cao Bằng.",
			want: []string{
				"Nông Đức Hậu -holds_position-> Giám đốc Sở Tư pháp tỉnh Cao Bằng",
				"Nông Đức Hậu -holds_position-> Phó Chủ tịch UBND tỉnh Cao Bằng",
			},
		},
		{
			name: "bổ nhiệm X làm T goes to X, not to the signer",
			text: "Tin\nChủ tịch UBND tỉnh Cao Bằng Hoàng Xuân Ánh ký quyết định bổ nhiệm bà Bế Thị Hồng làm Giám đốc Sở Y tế.",
			want: []string{
				"Bế Thị Hồng -holds_position-> Giám đốc Sở Y tế tỉnh Cao Bằng",
				"Hoàng Xuân Ánh -holds_position-> Chủ tịch UBND tỉnh Cao Bằng",
			},
			absent: []string{"Hoàng Xuân Ánh -holds_position-> Giám đốc Sở Y tế tỉnh Cao Bằng"},
		},
		{
			name: "do X làm Trưởng đoàn",
			text: "Tin\nĐoàn công tác do ông Hà Văn Thắng làm Trưởng đoàn đã làm việc với Sở Y tế tỉnh Cao Bằng.",
			want: []string{"Hà Văn Thắng -holds_position-> Trưởng đoàn"},
		},
		{
			name:   "khi ấy là: a title at that time, held before",
			text:   "Tin\nNăm 2012, ông Hà Văn Thắng, khi ấy là Chủ tịch UBND huyện Hòa An, đã dự lễ khởi công cầu Bản Giới.",
			want:   []string{"Hà Văn Thắng -holds_position-> Chủ tịch UBND huyện Hòa An (former)"},
			absent: []string{"Hà Văn Thắng -holds_position-> Chủ tịch UBND huyện Hòa An"},
		},
		{
			name: "lúc đó là",
			text: "Tin\nBà Bế Thị Hồng, lúc đó là Phó Giám đốc Sở Tài chính tỉnh Cao Bằng, trực tiếp chỉ đạo.",
			want: []string{"Bế Thị Hồng -holds_position-> Phó Giám đốc Sở Tài chính tỉnh Cao Bằng (former)"},
		},
		{
			name: "nguyên là",
			text: "Tin\nÔng Hà Văn Thắng, nguyên là Bí thư Huyện ủy Hà Quảng, dự lễ khánh thành cầu Bản Giới.",
			want: []string{"Hà Văn Thắng -holds_position-> Bí thư Huyện ủy Hà Quảng (former)"},
		},
		{
			name: "bare Ông từng làm T1, T2: every title of the list",
			text: "Tin\nÔng Lục Văn Dũng sinh năm 1972. Ông từng làm Bí thư Huyện ủy Bảo Lạc, Giám đốc Sở Nội vụ tỉnh Cao Bằng.",
			want: []string{
				"Lục Văn Dũng -holds_position-> Bí thư Huyện ủy Bảo Lạc (former)",
				"Lục Văn Dũng -holds_position-> Giám đốc Sở Nội vụ tỉnh Cao Bằng (former)",
			},
		},
		{
			name: "kinh qua nhiều vị trí: a list",
			text: "Tin\nBà Bế Thị Hồng kinh qua nhiều vị trí: Phó Chủ tịch UBND huyện Trùng Khánh, Bí thư Huyện ủy Trùng Khánh.",
			want: []string{
				"Bế Thị Hồng -holds_position-> Phó Chủ tịch UBND huyện Trùng Khánh (former)",
				"Bế Thị Hồng -holds_position-> Bí thư Huyện ủy Trùng Khánh (former)",
			},
		},
		{
			name: "từng giữ các chức vụ: a list",
			text: "Tin\nÔng Nông Đức Hậu từng giữ các chức vụ: Phó Giám đốc Sở Tài chính tỉnh Cao Bằng, Chủ tịch UBND huyện Nguyên Bình.",
			want: []string{
				"Nông Đức Hậu -holds_position-> Phó Giám đốc Sở Tài chính tỉnh Cao Bằng (former)",
				"Nông Đức Hậu -holds_position-> Chủ tịch UBND huyện Nguyên Bình (former)",
			},
		},
		{
			name: "là T, đồng thời là T2",
			text: "Tin\nÔng Hà Văn Thắng là Bí thư Huyện ủy, đồng thời là Chủ tịch HĐND huyện Thạch An.",
			want: []string{
				"Hà Văn Thắng -holds_position-> Bí thư Huyện ủy Thạch An",
				"Hà Văn Thắng -holds_position-> Chủ tịch HĐND huyện Thạch An",
			},
		},
		{
			name: "a short reference as the subject: Hiện bà X là ..., đồng thời là ...",
			text: "Tin\nBà Bế Thị Hồng, Giám đốc Sở Y tế tỉnh Cao Bằng, dự hội nghị. Hiện bà Hồng là Tỉnh ủy viên, đồng thời là Chủ tịch Hội Chữ thập đỏ tỉnh.",
			want: []string{
				"Bế Thị Hồng -holds_position-> Ủy viên Tỉnh ủy Cao Bằng",
				"Bế Thị Hồng -holds_position-> Chủ tịch Hội Chữ thập đỏ tỉnh Cao Bằng",
			},
			absent: []string{"person: Hồng"},
		},
		{
			name: "a short reference that fits two people gets nothing",
			text: "Tin\nDự có bà Bế Thị Hồng và bà Nông Thị Hồng. Hiện bà Hồng là Chủ tịch Hội Chữ thập đỏ tỉnh Cao Bằng.",
			absent: []string{
				"Bế Thị Hồng -holds_position-> Chủ tịch Hội Chữ thập đỏ tỉnh Cao Bằng",
				"Nông Thị Hồng -holds_position-> Chủ tịch Hội Chữ thập đỏ tỉnh Cao Bằng",
			},
		},
	})
}
