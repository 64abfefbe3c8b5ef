package extract

import (
	"testing"

	"kg/graph"
)

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
			name: "được tín nhiệm bầu làm T là bà A, ..., và ông B",
			text: "Tin\nHai đồng chí được tín nhiệm bầu làm Phó Bí thư Huyện ủy khóa mới là bà Triệu Thị Lan, Chủ tịch HĐND huyện Văn Yên, và ông Hoàng Văn Khải, Phó Chủ tịch UBND huyện Văn Yên.",
			want: []string{
				"Triệu Thị Lan -holds_position-> Phó Bí thư Huyện ủy Văn Yên",
				"Hoàng Văn Khải -holds_position-> Phó Bí thư Huyện ủy Văn Yên",
			},
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
			name: "a decision names each post, then the one it is for after đối với",
			text: "Tin\nỦy ban Thường vụ Quốc hội vừa phê chuẩn kết quả bầu các chức danh.\nThay mặt Ủy ban Thường vụ Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã ký Nghị quyết phê chuẩn kết quả bầu: Chủ tịch Hội đồng nhân dân (HĐND) tỉnh Cao Bằng khóa XVII đối với ông Nông Đức Hậu kể từ ngày 2/7/2025; Phó Chủ tịch HĐND tỉnh Lạng Sơn khóa XVII đối với bà Hoàng Thị Lan kể từ ngày 3/7/2025.",
			want: []string{
				"Nông Đức Hậu -holds_position-> Chủ tịch Hội đồng nhân dân tỉnh Cao Bằng",
				"Hoàng Thị Lan -holds_position-> Phó Chủ tịch HĐND tỉnh Lạng Sơn",
				"Trần Thanh Mẫn -holds_position-> Chủ tịch Quốc hội",
			},
			absent: []string{
				"Trần Thanh Mẫn -holds_position-> Chủ tịch HĐND tỉnh Cao Bằng",
				"Trần Thanh Mẫn -holds_position-> Chủ tịch Hội đồng nhân dân",
			},
		},
		{
			name: "thay mặt a titled person named: the title is that person's",
			text: "Tin\nLễ khai giảng diễn ra sáng 5/9.\nThay mặt Chủ tịch UBND tỉnh Lai Châu Lò Văn Mừng, ông Hà Văn Tú, Phó Chủ tịch UBND tỉnh trao bằng khen cho nhà trường.",
			want: []string{
				"Lò Văn Mừng -holds_position-> Chủ tịch UBND tỉnh Lai Châu",
				"Hà Văn Tú -holds_position-> Phó Chủ tịch UBND tỉnh Lai Châu",
			},
			absent: []string{"Hà Văn Tú -holds_position-> Chủ tịch UBND tỉnh Lai Châu"},
		},
		{
			name: "titles after a named guest's comma are his; only the last, before the next name, is the next one's",
			text: "Tin\nHội nghị diễn ra sáng 3/3.\nDự có ông Lò Văn Mừng, Bí thư Tỉnh ủy Lai Châu, Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà. Chủ trì có Phó Bí thư Thường trực Tỉnh ủy Hà Văn Tú, Phó Chủ tịch UBND tỉnh - Trưởng đoàn ĐBQH tỉnh Lai Châu Lò Thị Hoa.",
			want: []string{
				"Lò Văn Mừng -holds_position-> Bí thư Tỉnh ủy Lai Châu",
				"Phạm Thị Thanh Trà -holds_position-> Bộ trưởng Bộ Nội vụ",
				"Lò Thị Hoa -holds_position-> Phó Chủ tịch UBND tỉnh Lai Châu",
			},
			absent: []string{
				"Phạm Thị Thanh Trà -holds_position-> Bí thư Tỉnh ủy Lai Châu",
				"Hà Văn Tú -holds_position-> Phó Chủ tịch UBND tỉnh Lai Châu",
			},
		},
		{
			name: "a title of Nhà trường is the school's the article is about",
			text: "Tin\nSáng 5/8, Trường Sĩ quan Chính trị tổ chức lễ tốt nghiệp cho học viên.\nDự có Thiếu tướng Lê Văn Hùng, Hiệu trưởng Nhà trường; Đại tá Trần Văn Nam, Chính ủy Nhà trường.",
			want: []string{
				"Lê Văn Hùng -holds_position-> Hiệu trưởng Trường Sĩ quan Chính trị",
				"Trần Văn Nam -holds_position-> Chính ủy Trường Sĩ quan Chính trị",
			},
		},
		{
			name: "UVTW, and phụ trách between a title and its body",
			text: "Tin\nHội nghị diễn ra sáng 3/3.\nDự có ông Lò Văn Pó, UVTW Đảng, Bí thư Tỉnh ủy Lai Châu; ông Hà Văn Tú, Phó Giám đốc phụ trách Sở TT&TT tỉnh Lai Châu; bà Lò Thị Hoa, Phó Trưởng đoàn chuyên trách phụ trách Đoàn ĐBQH tỉnh Lai Châu.",
			want: []string{
				"Lò Văn Pó -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Lò Văn Pó -holds_position-> Bí thư Tỉnh ủy Lai Châu",
				"Hà Văn Tú -holds_position-> Phó Giám đốc Sở TT&TT tỉnh Lai Châu",
				"Lò Thị Hoa -holds_position-> Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Lai Châu",
			},
			absent: []string{"person: UVTW Đảng"},
		},
		{
			name: "several subjects, each with its titles, elected to one post",
			text: "Tin\nKỳ họp thứ nhất HĐND xã Tân Lập diễn ra sáng 1/7.\nÔng Lò Văn Minh - Chỉ huy trưởng Ban Chỉ huy Quân sự xã và ông Hà Văn Tú - Trưởng Công an xã được bầu làm Ủy viên UBND xã Tân Lập. Bà Lò Thị Hoa, Phó Chủ tịch HĐND xã; ông Lường Văn Sơn, Chủ tịch Hội Nông dân xã; ông Cầm Văn Tâm, Bí thư Đoàn xã, làm Ủy viên Ban Chỉ đạo.",
			want: []string{
				"Lò Văn Minh -holds_position-> Ủy viên UBND xã Tân Lập",
				"Hà Văn Tú -holds_position-> Ủy viên UBND xã Tân Lập",
				"Lò Văn Minh -holds_position-> Chỉ huy trưởng Ban Chỉ huy Quân sự xã Tân Lập",
				"Lò Thị Hoa -holds_position-> Ủy viên Ban Chỉ đạo",
				"Lường Văn Sơn -holds_position-> Ủy viên Ban Chỉ đạo",
				"Cầm Văn Tâm -holds_position-> Ủy viên Ban Chỉ đạo",
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
			name: "khi đó đang giữ chức",
			text: "Tin\nNăm 2016, ông Hà Văn Thắng, khi đó đang giữ chức Phó Giám đốc Sở Y tế tỉnh Cao Bằng, đã ký hợp đồng.",
			want: []string{"Hà Văn Thắng -holds_position-> Phó Giám đốc Sở Y tế tỉnh Cao Bằng (former)"},
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
			name: "Bà từng đảm nhiệm các chức vụ: T1; T2 (a woman with no Thị, named with Bà)",
			text: "Tin\nBà Trần Thu Hằng được điều động giữ chức Bí thư Tỉnh ủy Bắc Kạn. Bà từng đảm nhiệm các chức vụ: Phó Giám đốc Sở Ngoại vụ tỉnh Bắc Kạn; Phó Chủ tịch UBND huyện Ba Bể.",
			want: []string{
				"Trần Thu Hằng -holds_position-> Phó Giám đốc Sở Ngoại vụ tỉnh Bắc Kạn (former)",
				"Trần Thu Hằng -holds_position-> Phó Chủ tịch UBND huyện Ba Bể (former)",
			},
		},
		{
			name:   "a bare Ông is no woman named with Bà",
			text:   "Tin\nBà Trần Thu Hằng dự lễ. Ông từng làm Giám đốc Sở Y tế tỉnh Bắc Kạn.",
			absent: []string{"Trần Thu Hằng -holds_position-> Giám đốc Sở Y tế tỉnh Bắc Kạn (former)"},
		},
		{
			name: "trải qua nhiều vị trí như T1; T2",
			text: "Tin\nÔng Hoàng Văn Bắc từng trải qua nhiều vị trí như Chánh Văn phòng Sở Nội vụ tỉnh Bắc Kạn; Phó Chủ tịch UBND huyện Chợ Đồn.",
			want: []string{
				"Hoàng Văn Bắc -holds_position-> Chánh Văn phòng Sở Nội vụ tỉnh Bắc Kạn (former)",
				"Hoàng Văn Bắc -holds_position-> Phó Chủ tịch UBND huyện Chợ Đồn (former)",
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

// TestProfessionTitles checks professions, honorary titles and local
// offices stated with a name: positions the person holds, stripped from
// the name.
func TestProfessionTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Thẩm phán X làm chủ tọa; luật sư X (Đoàn Luật sư)",
			text: "Tin\nPhiên tòa do Thẩm phán Trịnh Văn Lợi làm chủ tọa. Bảo vệ quyền lợi cho bị hại có luật sư Phùng Thị Yến (Đoàn Luật sư tỉnh Phú Thọ).",
			want: []string{
				"Trịnh Văn Lợi -holds_position-> Thẩm phán",
				"Phùng Thị Yến -holds_position-> Luật sư Đoàn Luật sư tỉnh Phú Thọ",
			},
			absent: []string{"person: Thẩm phán Trịnh Văn Lợi", "person: Phùng Thị Yến (Đoàn Luật sư tỉnh Phú Thọ)"},
		},
		{
			name: "các thẩm phán A và B",
			text: "Tin\nHội đồng xét xử gồm các thẩm phán Trịnh Văn Lợi và Phùng Thị Yến.",
			want: []string{
				"Trịnh Văn Lợi -holds_position-> Thẩm phán",
				"Phùng Thị Yến -holds_position-> Thẩm phán",
			},
		},
		{
			name: "phóng viên X (Báo Y) and phóng viên Báo Y X",
			text: "Tin\nPhóng viên Đỗ Minh Tâm (Báo Phú Thọ) hỏi về tiến độ dự án. Phóng viên Báo Tuyên Quang Hà Thị Thu cũng đặt câu hỏi.",
			want: []string{
				"Đỗ Minh Tâm -holds_position-> Phóng viên Báo Phú Thọ",
				"Hà Thị Thu -holds_position-> Phóng viên Báo Tuyên Quang",
			},
		},
		{
			name: "các luật sư A và B thuộc Đoàn Luật sư Z; kiểm sát viên X, Viện Y",
			text: "Tin\nBào chữa cho bị cáo có các luật sư Trần Quốc Huy và Lê Thị Mai thuộc Đoàn Luật sư tỉnh Phú Thọ. Hội thẩm nhân dân Quách Văn Lợi, Hội Cựu chiến binh tỉnh Phú Thọ cũng tham gia xét xử.",
			want: []string{
				"Trần Quốc Huy -holds_position-> Luật sư Đoàn Luật sư tỉnh Phú Thọ",
				"Lê Thị Mai -holds_position-> Luật sư Đoàn Luật sư tỉnh Phú Thọ",
				"Quách Văn Lợi -holds_position-> Hội thẩm nhân dân Hội Cựu chiến binh tỉnh Phú Thọ",
			},
		},
		{
			name:   "an organization in a list of organizations is no one's",
			text:   "Tin\nTham dự có bác sĩ Quách Văn Lợi, Sở Y tế, Sở Tài chính tỉnh Phú Thọ.",
			absent: []string{"Quách Văn Lợi -holds_position-> Bác sĩ Sở Y tế tỉnh Phú Thọ"},
		},
		{
			name:   "a name in parentheses names no organization of a form of address",
			text:   "Tin\nÔng Đỗ Minh Tâm (Sở Y tế tỉnh Phú Thọ) phát biểu tại hội nghị.",
			absent: []string{"Đỗ Minh Tâm -holds_position-> Sở Y tế tỉnh Phú Thọ"},
		},
		{
			name: "người phát ngôn của UBND tỉnh",
			text: "Tin\nÔng Đỗ Minh Tâm, Chánh Văn phòng UBND tỉnh Phú Thọ, người phát ngôn của UBND tỉnh, trả lời báo chí.",
			want: []string{
				"Đỗ Minh Tâm -holds_position-> Chánh Văn phòng UBND tỉnh Phú Thọ",
				"Đỗ Minh Tâm -holds_position-> Người phát ngôn của UBND tỉnh Phú Thọ",
			},
		},
		{
			name: "Trưởng Công an huyện; trưởng thôn X",
			text: "Tin\nÔng Trịnh Văn Lợi, Trưởng Công an huyện Thanh Sơn, cho biết vụ việc đang được điều tra. Ông Hà Văn Tư, trưởng thôn Xuân Đài, cũng có mặt.",
			want: []string{
				"Trịnh Văn Lợi -holds_position-> Trưởng Công an huyện Thanh Sơn",
				"Hà Văn Tư -holds_position-> Trưởng thôn Xuân Đài",
			},
		},
		{
			name: "a predicate word inside an event's name does not end it",
			text: "Tin\nSáng 5/6/2023, UBND huyện Thanh Sơn tổ chức Lễ ra quân làm đường giao thông nông thôn. Ông Trịnh Văn Lợi, Chủ tịch UBND huyện Thanh Sơn, dự lễ.",
			want: []string{"event: Lễ ra quân làm đường giao thông nông thôn [2023-06-05]"},
		},
		{
			name:   "tăng trưởng is no title",
			text:   "Tin\nTốc độ tăng trưởng Công ty Điện lực Phú Thọ đạt 7%, ông Hà Văn Tư cho biết.",
			absent: []string{"Hà Văn Tư -holds_position-> Trưởng Công ty Điện lực Phú Thọ"},
		},
		{
			name: "Chi cục trưởng, Phó Chi cục trưởng",
			text: "Tin\nÔng Trịnh Văn Lợi, Chi cục trưởng Chi cục Thú y tỉnh Phú Thọ, và bà Phùng Thị Yến, Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh Phú Thọ, dự hội nghị.",
			want: []string{
				"Trịnh Văn Lợi -holds_position-> Chi cục trưởng Chi cục Thú y tỉnh Phú Thọ",
				"Phùng Thị Yến -holds_position-> Phó Chi cục trưởng Chi cục Kiểm lâm tỉnh Phú Thọ",
			},
		},
		{
			name: "honorary titles are positions, not part of the name",
			text: "Tin\nAnh hùng LLVTND Hà Văn Tư, Nghệ sĩ Nhân dân Phùng Thị Yến và NSƯT Đỗ Minh Tâm dự lễ khánh thành Nhà văn hóa xã.",
			want: []string{
				"Hà Văn Tư -holds_position-> Anh hùng Lực lượng vũ trang nhân dân",
				"Phùng Thị Yến -holds_position-> Nghệ sĩ Nhân dân",
				"Đỗ Minh Tâm -holds_position-> Nghệ sĩ Ưu tú",
				"person: Hà Văn Tư",
			},
			absent: []string{"person: LLVTND Hà Văn Tư", "person: Nhân dân Phùng Thị Yến"},
		},
		{
			name: "an honorary title beside an office: both",
			text: "Tin\nDự lễ có Bà mẹ Việt Nam Anh hùng Phùng Thị Yến và Anh hùng Lao động, Giám đốc Công ty Chè Phú Đa Hà Văn Tư.",
			want: []string{
				"Phùng Thị Yến -holds_position-> Bà mẹ Việt Nam Anh hùng",
				"Hà Văn Tư -holds_position-> Anh hùng Lao động",
				"Hà Văn Tư -holds_position-> Giám đốc Công ty Chè Phú Đa",
			},
		},
		{
			name:   "a profession alone is no title",
			text:   "Tin\nCác luật sư và phóng viên có mặt từ sớm tại tòa.",
			absent: []string{"organization: Luật sư"},
		},
	})
}

// TestReligiousTitles checks Buddhist forms of address and the offices of
// a pagoda.
func TestReligiousTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "trụ trì chùa X; Phó trụ trì chùa (the one named before)",
			text: "Tin\nNgày 12/5/2022, ông Lê Văn Sỹ, Phó Chủ tịch UBND tỉnh Bắc Ninh, thăm Thượng tọa Thích Thanh Phong, trụ trì chùa Dâu. Đại đức Thích Minh Tuệ, Phó trụ trì chùa, cùng đón đoàn.",
			want: []string{
				"Thích Thanh Phong -holds_position-> Trụ trì chùa Dâu",
				"Thích Minh Tuệ -holds_position-> Phó trụ trì chùa Dâu",
			},
			absent: []string{"person: Thượng tọa Thích Thanh Phong", "person: Đại đức Thích Minh Tuệ"},
		},
		{
			name:   "Ni trưởng, Viện chủ chùa X",
			text:   "Tin\nNi trưởng Thích Nữ Như Hảo, Viện chủ chùa Bút Tháp, phát biểu tại lễ khai mạc.",
			want:   []string{"Thích Nữ Như Hảo -holds_position-> Viện chủ chùa Bút Tháp"},
			absent: []string{"person: Ni trưởng Thích Nữ Như Hảo"},
		},
		{
			name: "offices of the Sangha's bodies",
			text: "Tin\nHòa thượng Thích Thanh Phong, Phó Chủ tịch Hội đồng Trị sự GHPGVN, Trưởng Ban Trị sự GHPGVN tỉnh Bắc Ninh, phát biểu tại lễ khai mạc.",
			want: []string{
				"Thích Thanh Phong -holds_position-> Phó Chủ tịch Hội đồng Trị sự GHPGVN",
				"Thích Thanh Phong -holds_position-> Trưởng Ban Trị sự GHPGVN tỉnh Bắc Ninh",
			},
		},
		{
			name: "trụ trì Thiền viện X; the Ban Trị sự of the article's province",
			text: "Tin\nDự lễ có Thượng tọa Thích Thanh Quang, Trưởng ban Trị sự GHPGVN tỉnh Nam Định. Đại đức Thích Minh Trí về làm phó trụ trì Thiền viện Trúc Lâm Yên Tử.",
			want: []string{
				"Thích Thanh Quang -holds_position-> Trưởng Ban Trị sự GHPGVN tỉnh Nam Định",
				"Thích Minh Trí -holds_position-> Phó trụ trì Thiền viện Trúc Lâm Yên Tử",
			},
		},
		{
			name: "the Sangha's abbreviations: HT., UV HĐTS, Trưởng ban BTS GHPGVN tỉnh X",
			text: "Tin\nSáng 8/5/2022, Ban Trị sự GHPGVN huyện Mộ Đức tổ chức lễ Phật đản. Tham dự có: HT.Thích Minh Thiện – UV HĐTS, Trưởng ban BTS GHPGVN tỉnh Quảng Ngãi; ĐĐ. Thích Quảng Tín – UV BTS GHPGVN tỉnh kiêm trưởng BTS GHPGVN huyện Mộ Đức.",
			want: []string{
				"Thích Minh Thiện -holds_position-> Ủy viên Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
				"Thích Minh Thiện -holds_position-> Trưởng ban BTS GHPGVN tỉnh Quảng Ngãi",
				"Thích Minh Thiện -attended-> Lễ Phật đản",
				"Thích Quảng Tín -holds_position-> Ủy viên BTS GHPGVN tỉnh Quảng Ngãi",
				"Thích Quảng Tín -holds_position-> Trưởng Ban Trị sự GHPGVN huyện Mộ Đức",
			},
			absent: []string{"person: BTS GHPGVN", "person: UV HĐTS", "person: UV BTS GHPGVN"},
		},
		{
			name: "the Protestant and Cao Đài churches, their heads, an acting dignitary",
			text: "Tin\nChiều 24/12, ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Tây Ninh đến thăm, chúc mừng Hội thánh Cao Đài Tòa Thánh Tây Ninh. Tiếp đoàn có Phối sư Thái Bính Thanh, Quyền Chánh Phối sư Hội thánh Cao Đài Tòa Thánh Tây Ninh. Mục sư Trần Văn Minh, Hội trưởng Hội thánh Tin Lành Việt Nam cũng tiếp đoàn. Đoàn thăm các gia đình người theo đạo Cao Đài.",
			want: []string{
				"Thái Bính Thanh -holds_position-> Quyền Chánh Phối sư Hội thánh Cao Đài Tòa Thánh Tây Ninh",
				"Trần Văn Minh -holds_position-> Hội trưởng Hội thánh Tin Lành Việt Nam",
			},
			absent: []string{"person: Lành Việt Nam", "person: Cao Đài"},
		},
		{
			name: "a monk's rank written short before Thích is no township",
			text: "Tin\nChiều 3/12, Ban Tôn giáo tỉnh gặp mặt chư tăng.\nTham dự có TT.Thích Quảng Hiền – Trưởng ban Ban Trị sự GHPGVN tỉnh Bình Phước và TT. Thích Minh Đạo, Phó ban Trị sự GHPGVN tỉnh.",
			want: []string{
				"person: Thích Quảng Hiền",
				"person: Thích Minh Đạo",
				"Thích Quảng Hiền -holds_position-> Trưởng Ban Trị sự GHPGVN tỉnh Bình Phước",
			},
		},
		{
			name: "the Ban Trị sự of the Sangha spelled out keeps its province; a central commission in lower case",
			text: "Tin\nBan Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nghệ An khai mạc tuần văn hóa. Hòa thượng Thích Minh Quang, Phó Chủ tịch Hội đồng Trị sự, Trưởng Ban hoằng pháp Trung ương Giáo hội Phật giáo Việt Nam, Trưởng Ban Trị sự Phật giáo tỉnh Nghệ An, phát biểu.",
			want: []string{
				"organization: Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Nghệ An",
				"Thích Minh Quang -holds_position-> Phó Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt Nam",
				"Thích Minh Quang -holds_position-> Trưởng Ban hoằng pháp Trung ương Giáo hội Phật giáo Việt Nam",
				"Thích Minh Quang -holds_position-> Trưởng Ban Trị sự Phật giáo tỉnh Nghệ An",
			},
			absent: []string{"organization: Ban Trị sự Giáo hội Phật giáo Việt Nam"},
		},
		{
			name:   "Tăng Ni are the monks and nuns, no one's name",
			text:   "Tin\nHòa thượng Thích Minh Quang gửi lời chúc tới chư Tôn đức Tăng Ni và Phật tử.",
			absent: []string{"person: Tăng Ni"},
		},
		{
			name:   "a bare chùa with none named before gives nothing",
			text:   "Tin\nĐại đức Thích Minh Tuệ, Phó trụ trì chùa, đón đoàn.",
			absent: []string{"Thích Minh Tuệ -holds_position-> Phó trụ trì chùa"},
		},
	})
}

// TestPluralTitles checks plural titles over a list of names.
func TestPluralTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "các ông A và B, T: a title after a plural list is each one's",
			text: "Tin\nDự kỳ họp có các ông Vương Văn Lộc và Nguyễn Đức Thái, Phó Chủ tịch HĐND tỉnh Hà Giang.",
			want: []string{
				"Vương Văn Lộc -holds_position-> Phó Chủ tịch HĐND tỉnh Hà Giang",
				"Nguyễn Đức Thái -holds_position-> Phó Chủ tịch HĐND tỉnh Hà Giang",
			},
		},
		{
			name: "các đồng chí A, B, C, T",
			text: "Tin\nDự hội nghị có các đồng chí Vương Văn Lộc, Nguyễn Đức Thái, Lò Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang.",
			want: []string{
				"Vương Văn Lộc -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang",
				"Nguyễn Đức Thái -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang",
				"Lò Thị Dung -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Hà Giang",
			},
		},
		{
			name:   "a post one person holds stays the last name's",
			text:   "Tin\nDự hội nghị có các ông Vương Văn Lộc và Nguyễn Đức Thái, Chủ tịch UBND tỉnh Hà Giang.",
			want:   []string{"Nguyễn Đức Thái -holds_position-> Chủ tịch UBND tỉnh Hà Giang"},
			absent: []string{"Vương Văn Lộc -holds_position-> Chủ tịch UBND tỉnh Hà Giang"},
		},
		{
			name:   "no plural, no list: ông A và ông B, T",
			text:   "Tin\nDự hội nghị có ông Vương Văn Lộc và ông Nguyễn Đức Thái, Phó Chủ tịch UBND tỉnh Hà Giang.",
			want:   []string{"Nguyễn Đức Thái -holds_position-> Phó Chủ tịch UBND tỉnh Hà Giang"},
			absent: []string{"Vương Văn Lộc -holds_position-> Phó Chủ tịch UBND tỉnh Hà Giang"},
		},
		{
			name: "each name with its own title after the colon",
			text: "Tin\nDự hội nghị có các đồng chí: Vương Văn Lộc, Phó Bí thư Tỉnh ủy; Nguyễn Đức Thái, Phó Chủ tịch UBND tỉnh Hà Giang.",
			want: []string{
				"Nguyễn Đức Thái -holds_position-> Phó Chủ tịch UBND tỉnh Hà Giang",
			},
			absent: []string{"Vương Văn Lộc -holds_position-> Phó Chủ tịch UBND tỉnh Hà Giang"},
		},
		{
			name: "a number in words, capitalized: Hai T là các ông A và B",
			text: "Tin\nHai Phó Giám đốc Sở Nội vụ tỉnh Hà Giang là các ông Vương Văn Lộc và Nguyễn Đức Thái vừa nghỉ hưu.",
			want: []string{
				"Vương Văn Lộc -holds_position-> Phó Giám đốc Sở Nội vụ tỉnh Hà Giang",
				"Nguyễn Đức Thái -holds_position-> Phó Giám đốc Sở Nội vụ tỉnh Hà Giang",
			},
		},
		{
			name: "a number in digits: N T gồm ông A, bà B",
			text: "Tin\nSở Y tế tỉnh Hà Giang có 3 Phó Giám đốc gồm ông Vương Văn Lộc, ông Nguyễn Đức Thái và bà Lò Thị Dung.",
			want: []string{
				"Vương Văn Lộc -holds_position-> Phó Giám đốc Sở Y tế tỉnh Hà Giang",
				"Lò Thị Dung -holds_position-> Phó Giám đốc Sở Y tế tỉnh Hà Giang",
			},
		},
		{
			name: "words between the title and gồm",
			text: "Tin\nCác Phó Chủ tịch UBND huyện Vị Xuyên hiện gồm các ông Vương Văn Lộc và Nguyễn Đức Thái.",
			want: []string{
				"Vương Văn Lộc -holds_position-> Phó Chủ tịch UBND huyện Vị Xuyên",
				"Nguyễn Đức Thái -holds_position-> Phó Chủ tịch UBND huyện Vị Xuyên",
			},
		},
		{
			name: "the organization of an earlier clause: Ban Giám đốc Sở X ...; các Phó Giám đốc gồm",
			text: "Tin\nBan Giám đốc Sở Tài chính tỉnh Hà Giang đã được kiện toàn; các Phó Giám đốc gồm ông Vương Văn Lộc và bà Lò Thị Dung.",
			want: []string{
				"Vương Văn Lộc -holds_position-> Phó Giám đốc Sở Tài chính tỉnh Hà Giang",
				"Lò Thị Dung -holds_position-> Phó Giám đốc Sở Tài chính tỉnh Hà Giang",
			},
			absent: []string{"Vương Văn Lộc -holds_position-> Phó Giám đốc"},
		},
		{
			name: "the earlier organization itself when it is no board of the title",
			text: "Tin\nBan Thường vụ Huyện ủy Vị Xuyên được kiện toàn, các Ủy viên gồm ông Vương Văn Lộc và bà Lò Thị Dung.",
			want: []string{"Lò Thị Dung -holds_position-> Ủy viên Ban Thường vụ Huyện ủy Vị Xuyên"},
		},
		{
			name: "Năm before a year is no plural",
			text: "Tin\nNăm 2019, Phó Chủ tịch UBND huyện Vị Xuyên Vương Văn Lộc dự lễ khánh thành cầu Minh Tân.",
			want: []string{"Vương Văn Lộc -holds_position-> Phó Chủ tịch UBND huyện Vị Xuyên"},
		},
		{
			name:   "ĐBQH of a fixed organization is named once",
			text:   "Tin\nCùng dự có các ĐBQH của tỉnh: Vương Văn Lộc, Nguyễn Đức Thái.",
			want:   []string{"Vương Văn Lộc -holds_position-> Đại biểu Quốc hội"},
			absent: []string{"Vương Văn Lộc -holds_position-> Đại biểu Quốc hội Quốc hội"},
		},
		{
			name:   "trưởng thôn with a number, of the commune named after it",
			text:   "Tin\nÔng Nguyễn Đức Thái, Trưởng thôn 3, xã Minh Tân, phát biểu ý kiến. Ông Lê Văn Cư, Phó Trưởng thôn Đông Hà xã Minh Tân, cũng dự.",
			want:   []string{"Nguyễn Đức Thái -holds_position-> Trưởng thôn 3, xã Minh Tân", "Lê Văn Cư -holds_position-> Phó Trưởng thôn Đông Hà xã Minh Tân"},
			absent: []string{"Nguyễn Đức Thái -holds_position-> Trưởng thôn 3"},
		},
	})
}

// TestForeignAndJoinedTitles checks offices of other countries and
// titles joined by "kiêm" or a dash.
func TestForeignAndJoinedTitles(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Bí thư kiêm Chủ tịch tỉnh X: both posts of the place",
			text: "Tin\nBà Lò Thị Dung tiếp ông Xay-sổm-phon Phôm-vi-hản, Bí thư kiêm Chủ tịch tỉnh Xay-nha-bu-ly.",
			want: []string{
				"Xay-sổm-phon Phôm-vi-hản -holds_position-> Bí thư tỉnh Xay-nha-bu-ly",
				"Xay-sổm-phon Phôm-vi-hản -holds_position-> Chủ tịch tỉnh Xay-nha-bu-ly",
			},
		},
		{
			name: "a foreign party's central committee, then the province's posts",
			text: "Tin\nVề phía đoàn Lào có đồng chí Bun-thoong Xay-nha-vông, Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư, Tỉnh trưởng tỉnh Hủa Phăn.",
			want: []string{
				"Bun-thoong Xay-nha-vông -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
				"Bun-thoong Xay-nha-vông -holds_position-> Tỉnh trưởng tỉnh Hủa Phăn",
			},
			absent: []string{"Bun-thoong Xay-nha-vông -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng"},
		},
		{
			name: "Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty Y: kiêm ends the board's name",
			text: "Tin\nBà Lò Thị Dung, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Chè Hà Giang, phát biểu.",
			want: []string{
				"Lò Thị Dung -holds_position-> Chủ tịch Hội đồng quản trị Công ty CP Chè Hà Giang",
				"Lò Thị Dung -holds_position-> Tổng Giám đốc Công ty CP Chè Hà Giang",
			},
			absent: []string{"organization: HĐQT kiêm"},
		},
		{
			name: "Chủ tịch HĐQT – Tổng Giám đốc Công ty Y: both of the company",
			text: "Tin\nÔng Vũ Đức Toàn, Chủ tịch HĐQT – Tổng Giám đốc Công ty CP Cơ khí Hà Giang, dự lễ khởi công.",
			want: []string{
				"Vũ Đức Toàn -holds_position-> Chủ tịch Hội đồng quản trị Công ty CP Cơ khí Hà Giang",
				"Vũ Đức Toàn -holds_position-> Tổng Giám đốc Công ty CP Cơ khí Hà Giang",
			},
		},
		{
			name: "Chủ tịch HĐQT, Tổng Giám đốc Công ty Y: a company's title shares over a comma",
			text: "Tin\nÔng Vũ Đức Toàn, Chủ tịch HĐQT, Tổng Giám đốc Công ty CP Chè Hà Giang, dự lễ khởi công.",
			want: []string{"Vũ Đức Toàn -holds_position-> Chủ tịch Hội đồng quản trị Công ty CP Chè Hà Giang"},
		},
		{
			name:   "a title after X's dash is X's, not the next name's",
			text:   "Tin\nĐại diện nhà đầu tư có ông Vũ Đức Toàn - Chủ tịch HĐQT, ông Lê Văn Sỹ - Tổng Giám đốc Công ty CP Chè Hà Giang.",
			want:   []string{"Lê Văn Sỹ -holds_position-> Tổng Giám đốc Công ty CP Chè Hà Giang"},
			absent: []string{"Lê Văn Sỹ -holds_position-> Chủ tịch Hội đồng quản trị"},
		},
		{
			name:   "a Bí thư is of no UBND",
			text:   "Tin\nBà Lò Thị Dung, Bí thư kiêm Chủ tịch UBND xã Thanh Thủy, phát biểu.",
			want:   []string{"Lò Thị Dung -holds_position-> Chủ tịch UBND xã Thanh Thủy"},
			absent: []string{"Lò Thị Dung -holds_position-> Bí thư UBND xã Thanh Thủy"},
		},
		{
			name: "a chain of titles joined by a dash before a name",
			text: "Tin\nDự lễ có Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh Hà Giang Vũ Đức Toàn.",
			want: []string{
				"Vũ Đức Toàn -holds_position-> Phó Bí thư Tỉnh ủy Hà Giang",
				"Vũ Đức Toàn -holds_position-> Chủ tịch UBND tỉnh Hà Giang",
			},
		},
		{
			name: "Phó Tỉnh trưởng tỉnh X, a province the lexicon does not know",
			text: "Tin\nÔng Khăm-pheng Xay-nhạ-vông, Phó Tỉnh trưởng tỉnh Luông Nậm Thà, dự hội nghị.",
			want: []string{"Khăm-pheng Xay-nhạ-vông -holds_position-> Phó Tỉnh trưởng tỉnh Luông Nậm Thà"},
		},
		{
			name: "Trưởng ban X Tỉnh ủy; Y - T: the parent is read once, and the next name is whole",
			text: "Tin\nCác đồng chí Lò Văn Nam - Trưởng ban Dân vận Tỉnh ủy; Phạm Văn Hùng - Giám đốc Sở Công Thương tỉnh Điện Biên được trao tặng Huân chương Lao động hạng Ba.",
			want: []string{
				"Lò Văn Nam -holds_position-> Trưởng Ban Dân vận Tỉnh ủy Điện Biên",
				"Phạm Văn Hùng -holds_position-> Giám đốc Sở Công Thương tỉnh Điện Biên",
			},
			absent: []string{"person: Văn Hùng"},
		},
		{
			name: "the diplomats of an embassy: Bí thư thứ ba, Tham tán Công sứ, Tùy viên Quốc phòng",
			text: "Tin\nDự lễ có bà Oyun Erdene, Bí thư thứ ba Đại sứ quán Mông Cổ; ông Lê Văn Hòa, Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản; ông Trần Văn Sơn, Tùy viên Quốc phòng Đại sứ quán Việt Nam tại Lào.",
			want: []string{
				"Oyun Erdene -holds_position-> Bí thư thứ ba Đại sứ quán Mông Cổ",
				"Lê Văn Hòa -holds_position-> Tham tán Công sứ Đại sứ quán Việt Nam tại Nhật Bản",
				"Trần Văn Sơn -holds_position-> Tùy viên Quốc phòng Đại sứ quán Việt Nam tại Lào",
			},
		},
		{
			name: "Phó Ban X, Phó ban X, Phó Phòng X: the deputy head, written short",
			text: "Tin\nDự hội nghị có bà Lò Thị Dung, Phó Ban Tổ chức Tỉnh ủy Điện Biên; ông Quàng Văn Đôi, Phó ban Dân tộc HĐND tỉnh Điện Biên; ông Cà Văn Pấng, Phó Phòng Nội vụ huyện Tuần Giáo.",
			want: []string{
				"Lò Thị Dung -holds_position-> Phó Ban Tổ chức Tỉnh ủy Điện Biên",
				"Quàng Văn Đôi -holds_position-> Phó Ban Dân tộc HĐND tỉnh Điện Biên",
				"Cà Văn Pấng -holds_position-> Phó Phòng Nội vụ huyện Tuần Giáo",
			},
		},
		{
			name:   "Phó as a family name is no title",
			text:   "Tin\nNhạc sĩ Phó Đức Phương dự buổi giao lưu.",
			want:   []string{"person: Phó Đức Phương"},
			absent: []string{"person: Đức Phương"},
		},
		{
			name: "X - Thường vụ Tỉnh ủy - T: the short form of a Standing Committee member, in a chain",
			text: "Tin\nÔng Giàng A Tông - Thường vụ Tỉnh ủy - Phó Chủ tịch thường trực UBND tỉnh Điện Biên phát biểu.",
			want: []string{
				"Giàng A Tông -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên",
				"Giàng A Tông -holds_position-> Phó Chủ tịch Thường trực UBND tỉnh Điện Biên",
			},
		},
		{
			name: "T ORG A và Phó T B: the deputy of the body just named",
			text: "Tin\nChủ tịch UBND tỉnh Điện Biên Lê Thành Đô và Phó Chủ tịch Lò Văn Tiến tiếp đoàn công tác.",
			want: []string{
				"Lê Thành Đô -holds_position-> Chủ tịch UBND tỉnh Điện Biên",
				"Lò Văn Tiến -holds_position-> Phó Chủ tịch UBND tỉnh Điện Biên",
			},
		},
		{
			name: "Phó T alone in the next sentence",
			text: "Tin\nBà Giàng Thị Hoa, Giám đốc Sở Y tế tỉnh Điện Biên, chủ trì hội nghị. Phó Giám đốc Vừ A Bằng trình bày báo cáo.",
			want: []string{"Vừ A Bằng -holds_position-> Phó Giám đốc Sở Y tế tỉnh Điện Biên"},
		},
		{
			name:   "another deputy's body in the sentence before is not the bare deputy's",
			text:   "Tin\nPhó Chủ tịch HĐND tỉnh Điện Biên Lò Văn Tiến trao Huân chương. Ông Vừ A Bằng, Phó Chủ tịch thường trực, cũng thay mặt UBND tỉnh tặng Bằng khen.",
			absent: []string{"Vừ A Bằng -holds_position-> Phó Chủ tịch Thường trực HĐND tỉnh Điện Biên"},
		},
		{
			name:   "a post one person holds, named again, is another body's",
			text:   "Tin\nChủ tịch UBND tỉnh Điện Biên Lê Thành Đô tiếp ông Lò Văn Tiến, Chủ tịch, và đoàn doanh nghiệp.",
			absent: []string{"Lò Văn Tiến -holds_position-> Chủ tịch UBND tỉnh Điện Biên"},
		},
		{
			name: "Bí thư Đảng ủy, Chủ tịch UBND xã X: the commune's committee",
			text: "Tin\nBà Lù Thị Sáu, Phó Bí thư Đảng ủy, Chủ tịch UBND xã Nậm Xe, báo cáo kết quả.",
			want: []string{
				"Lù Thị Sáu -holds_position-> Phó Bí thư Đảng ủy xã Nậm Xe",
				"Lù Thị Sáu -holds_position-> Chủ tịch UBND xã Nậm Xe",
			},
		},
		{
			name: "hiện là Bí thư Đảng ủy, đồng thời là Chủ tịch HĐND xã: the commune the article names",
			text: "Tin\nTại xã Nậm Xe, ông Sùng A Páo hiện là Bí thư Đảng ủy, đồng thời là Chủ tịch HĐND xã.",
			want: []string{
				"Sùng A Páo -holds_position-> Bí thư Đảng ủy xã Nậm Xe",
				"Sùng A Páo -holds_position-> Chủ tịch HĐND xã Nậm Xe",
			},
		},
		{
			name: "Bí thư Đảng ủy, Giám đốc Công an tỉnh X: the committee of that body",
			text: "Tin\nĐại tá Lò Văn Hợp, Bí thư Đảng ủy, Giám đốc Công an tỉnh Lai Châu, phát biểu.",
			want: []string{
				"Lò Văn Hợp -holds_position-> Bí thư Đảng ủy Công an tỉnh Lai Châu",
				"Lò Văn Hợp -holds_position-> Giám đốc Công an tỉnh Lai Châu",
			},
		},
		{
			name: "T ORG (SHORT) X: the short name in parentheses between the title and its holder",
			text: "Tin\nPhát biểu tại hội nghị, Bộ trưởng Bộ Tài nguyên và Môi trường (TN&MT) Đặng Quốc Khánh nêu rõ yêu cầu. Tổng Giám đốc Tập đoàn Điện lực Việt Nam (EVN) Đặng Hoàng An cũng phát biểu.",
			want: []string{
				"Đặng Quốc Khánh -holds_position-> Bộ trưởng Bộ Tài nguyên và Môi trường",
				"Đặng Hoàng An -holds_position-> Tổng Giám đốc Tập đoàn Điện lực Việt Nam",
			},
		},
		{
			name: "do X, T1, Đô trưởng Y dẫn đầu: the title of a chain after the name is still in apposition",
			text: "Tin\nChiều 12/6/2023, Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Tiến tiếp đoàn đại biểu tỉnh Luông Pha Băng (Lào) do ông Khăm Phăn, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Phó Tỉnh trưởng Luông Pha Băng dẫn đầu.",
			want: []string{
				"Khăm Phăn -holds_position-> Phó Tỉnh trưởng Luông Pha Băng",
				"Lò Văn Tiến -holds_position-> Phó Chủ tịch UBND tỉnh Điện Biên",
			},
			absent: []string{"person: Luông Pha Băng"},
		},
		{
			name:   "a city of another country, named with it, is not the article's",
			text:   "Tin\nSáng 12/6/2023, Thành ủy Hà Nội tiếp đoàn đại biểu thành phố Viêng Chăn (Lào). Dự buổi tiếp có ông Hà Minh Hải, Phó Chủ tịch UBND thành phố.",
			want:   []string{"Hà Minh Hải -holds_position-> Phó Chủ tịch UBND thành phố Hà Nội"},
			absent: []string{"Hà Minh Hải -holds_position-> Phó Chủ tịch UBND thành phố Viêng Chăn"},
		},
		{
			name: "X, Thị trưởng Y: a city the lexicon does not know ends the appositive",
			text: "Tin\nSáng 14/3/2024, bà Hà Thị Nga, Phó Chủ tịch UBND tỉnh Lào Cai, tiếp ông Lý Minh Vĩ, Phó Thị trưởng Côn Minh.",
			want: []string{
				"Lý Minh Vĩ -holds_position-> Phó Thị trưởng Côn Minh",
				"Hà Thị Nga -holds_position-> Phó Chủ tịch UBND tỉnh Lào Cai",
			},
			absent: []string{"person: Côn Minh"},
		},
		{
			name: "X, Đô trưởng Y và Z: the list goes on after the city",
			text: "Tin\nDự buổi làm việc có ông Som Sa-ly, Đô trưởng Viêng Chăn và ông Bun Thoong, Phó Đô trưởng Viêng Chăn.",
			want: []string{
				"Som Sa-ly -holds_position-> Đô trưởng Viêng Chăn",
				"Bun Thoong -holds_position-> Phó Đô trưởng Viêng Chăn",
			},
			absent: []string{"person: Viêng Chăn"},
		},
		{
			name: "Thị trưởng Y before a name that goes on: the name is the holder's",
			text: "Tin\nChiều 2/5/2024, Phó Thị trưởng Mi-sen Đu-bông phát biểu tại lễ ký kết.",
			want: []string{"person: Mi-sen Đu-bông"},
		},
		{
			name: "Đại sứ Đặc mệnh toàn quyền nước Cộng hòa X tại Y, not cut",
			text: "Tin\nÔng Vũ Đức Toàn tiếp ông Arif Rahman, Đại sứ Đặc mệnh toàn quyền nước Cộng hòa Indonesia tại Việt Nam.",
			want: []string{"Arif Rahman -holds_position-> Đại sứ đặc mệnh toàn quyền nước Cộng hòa Indonesia tại Việt Nam"},
		},
		{
			name: "Chủ tịch tỉnh X",
			text: "Tin\nÔng Vũ Đức Toàn, Chủ tịch tỉnh Hà Giang, phát biểu chỉ đạo.",
			want: []string{"Vũ Đức Toàn -holds_position-> Chủ tịch tỉnh Hà Giang"},
		},
		{
			name: "N Phó Chủ tịch huyện A và B: the district the article names",
			text: "Tin\nÔng Ngô Quang Vinh, Chủ tịch UBND huyện Tri Tôn, họp với 2 Phó Chủ tịch huyện Lâm Văn Phúc và Đặng Thị Hoa.",
			want: []string{
				"Lâm Văn Phúc -holds_position-> Phó Chủ tịch huyện Tri Tôn",
				"Đặng Thị Hoa -holds_position-> Phó Chủ tịch huyện Tri Tôn",
			},
		},
		{
			name:   "a title before a known city named after a person is no title of the city",
			text:   "Tin\nHội thảo về Chủ tịch Hồ Chí Minh diễn ra tại Hà Giang.",
			absent: []string{"Hồ Chí Minh -holds_position-> Chủ tịch thành phố Hồ Chí Minh"},
		},
	})
}

// TestReplacedPerson checks "thay (cho) ông X": X held the post the
// clause gives, and was not at the event.
func TestReplacedPerson(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "được bầu giữ chức T, thay ông X",
			text: "Tin\nNgày 9/3/2023, HĐND huyện Đồng Hỷ tổ chức kỳ họp thứ 12. Ông Ma Văn Tuấn được bầu giữ chức Chủ tịch UBND huyện Đồng Hỷ, thay ông Dương Văn Khánh nghỉ hưu.",
			want: []string{
				"Ma Văn Tuấn -holds_position-> Chủ tịch UBND huyện Đồng Hỷ",
				"Dương Văn Khánh -holds_position-> Chủ tịch UBND huyện Đồng Hỷ (former)",
			},
			absent: []string{"Dương Văn Khánh -holds_position-> Chủ tịch UBND huyện Đồng Hỷ"},
		},
		{
			name: "bầu X vào vị trí T, thay cho ông Y: Y is no attendee",
			text: "Tin\nKỳ họp thứ 8 HĐND huyện Đồng Hỷ khóa XX bầu bà Hoàng Thị Nhàn vào vị trí Trưởng Ban Pháp chế HĐND huyện Đồng Hỷ, thay cho ông Dương Văn Khánh.",
			want: []string{
				"Hoàng Thị Nhàn -holds_position-> Trưởng Ban Pháp chế HĐND huyện Đồng Hỷ",
				"Dương Văn Khánh -holds_position-> Trưởng Ban Pháp chế HĐND huyện Đồng Hỷ (former)",
			},
			absent: []string{"Dương Văn Khánh -attended-> Kỳ họp thứ 8 HĐND huyện Đồng Hỷ khóa XX"},
		},
		{
			name: "a fronted Thay ông X, ... giữ chức T",
			text: "Tin\nÔng Dương Văn Khánh được điều động nhận công tác khác. Thay ông Khánh, UBND tỉnh Thái Nguyên bổ nhiệm ông Ma Văn Tuấn, Phó Giám đốc Sở Nội vụ, giữ chức Giám đốc Sở Y tế tỉnh Thái Nguyên.",
			want: []string{
				"Ma Văn Tuấn -holds_position-> Giám đốc Sở Y tế tỉnh Thái Nguyên",
				"Dương Văn Khánh -holds_position-> Giám đốc Sở Y tế tỉnh Thái Nguyên (former)",
			},
			absent: []string{"Dương Văn Khánh -holds_position-> Phó Giám đốc Sở Nội vụ tỉnh Thái Nguyên (former)"},
		},
		{
			name: "the title of who announces is no title of the replaced",
			text: "Tin\nPhó Trưởng Ban Tổ chức Trung ương Lương Văn Cừ công bố quyết định điều động ông Ma Văn Tuấn, khi ấy là Bí thư Huyện ủy Võ Nhai, về thay ông Dương Văn Khánh.",
			absent: []string{
				"Dương Văn Khánh -holds_position-> Phó Trưởng Ban Tổ chức Trung ương (former)",
				"Dương Văn Khánh -holds_position-> Bí thư Huyện ủy Võ Nhai (former)",
			},
		},
		{
			name:   "thay mặt and thay đổi are no replacement",
			text:   "Tin\nThay mặt lãnh đạo tỉnh, ông Ma Văn Tuấn, Chủ tịch UBND tỉnh Thái Nguyên, phát biểu. Bà Hoàng Thị Nhàn đề nghị thay đổi quy trình.",
			absent: []string{"Hoàng Thị Nhàn -holds_position-> Chủ tịch UBND tỉnh Thái Nguyên (former)"},
		},
	})
}

// TestElidedMinistries checks a plural title whose ministries are named
// by their names alone before each person.
func TestElidedMinistries(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "các Bộ trưởng: Tài chính A, Y tế B",
			text: "Tin\nCùng đi với Phó Thủ tướng có các Bộ trưởng: Công Thương Đỗ Minh Khôi, Nội vụ Trần Thị Hạnh, Giáo dục và Đào tạo Lê Quang Vinh.",
			want: []string{
				"Đỗ Minh Khôi -holds_position-> Bộ trưởng Bộ Công Thương",
				"Trần Thị Hạnh -holds_position-> Bộ trưởng Bộ Nội vụ",
				"Lê Quang Vinh -holds_position-> Bộ trưởng Bộ Giáo dục và Đào tạo",
				"organization: Bộ Nội vụ",
			},
		},
		{
			name:   "forms of address are no ministry",
			text:   "Tin\nCùng đi có các Thứ trưởng: ông Đỗ Minh Khôi, bà Trần Thị Hạnh.",
			want:   []string{"Trần Thị Hạnh -holds_position-> Thứ trưởng"},
			absent: []string{"organization: Bộ ông"},
		},
	})
}

// TestTitleAttachment checks titles that must not go to the name next to
// them.
func TestTitleAttachment(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "trao quyết định bổ nhiệm T cho X: T is X's",
			text: "Tin\nGiám đốc Sở Nội vụ tỉnh Sơn La Lò Văn Mừng trao quyết định bổ nhiệm Phó Giám đốc Sở Tư pháp cho bà Cầm Thị Phương.",
			want: []string{
				"Cầm Thị Phương -holds_position-> Phó Giám đốc Sở Tư pháp tỉnh Sơn La",
				"Lò Văn Mừng -holds_position-> Giám đốc Sở Nội vụ tỉnh Sơn La",
			},
			absent: []string{"Lò Văn Mừng -holds_position-> Phó Giám đốc Sở Tư pháp tỉnh Sơn La"},
		},
		{
			name:   "a fronted Tiếp ông X, then the host's title as subject",
			text:   "Tin\nNgày 4/7/2021, ông Lò Văn Mừng, Chủ tịch UBND tỉnh Sơn La, tiếp ông Marc Lefèvre, Lãnh sự danh dự Bỉ. Tiếp ông Marc Lefèvre, Chủ tịch UBND tỉnh đề nghị Bỉ hỗ trợ nông nghiệp.",
			want:   []string{"Marc Lefèvre -holds_position-> Lãnh sự danh dự Bỉ"},
			absent: []string{"Marc Lefèvre -holds_position-> Chủ tịch UBND tỉnh Sơn La"},
		},
		{
			name: "a title after a name and a comma, followed by a cue, stays",
			text: "Tin\nPhát biểu tại hội nghị, ông Lò Văn Mừng, Chủ tịch UBND tỉnh Sơn La nhấn mạnh yêu cầu phòng chống thiên tai.",
			want: []string{"Lò Văn Mừng -holds_position-> Chủ tịch UBND tỉnh Sơn La"},
		},
	})
}

// TestDivisionHeads checks "Trưởng phòng X": the head of a Phòng named
// after the title, with its parent or place.
func TestDivisionHeads(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Trưởng phòng X Sở Y tỉnh Z: the Phòng of the Sở",
			text: "Tin\nBà Quàng Thị Hiền từng làm Trưởng phòng Kế hoạch Sở Y tế tỉnh Điện Biên.",
			want: []string{
				"Quàng Thị Hiền -holds_position-> Trưởng Phòng Kế hoạch Sở Y tế tỉnh Điện Biên (former)",
				"organization: Sở Y tế tỉnh Điện Biên",
			},
		},
		{
			name: "Phó Trưởng phòng X huyện Y",
			text: "Tin\nÔng Lò Văn Quân, Phó Trưởng phòng Nông nghiệp huyện Tuần Giáo, báo cáo tại hội nghị.",
			want: []string{"Lò Văn Quân -holds_position-> Phó Trưởng Phòng Nông nghiệp huyện Tuần Giáo"},
		},
		{
			name: "a minister of another country keeps the country",
			text: "Tin\nBộ trưởng Ngoại giao Hàn Quốc Park Jin-woo hội kiến Chủ tịch UBND tỉnh Điện Biên.",
			want: []string{"Park Jin-woo -holds_position-> Bộ trưởng Bộ Ngoại giao Hàn Quốc"},
		},
	})
}

// TestRelievedAndJoined checks posts left ("miễn nhiệm … đối với", "thôi
// giữ chức", "trước đó là"), a lower-case title after a predicate, and a
// bare title joined by "kiêm" to a unit's head.
func TestRelievedAndJoined(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "miễn nhiệm chức danh T đối với (2) ông X (và Y)",
			text: "Tin\nHĐND tỉnh Bến Tre miễn nhiệm chức danh Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021 đối với 2 ông Trần Ngọc Tam và Lê Văn Hiền. Kỳ họp cũng miễn nhiệm chức vụ Chánh Văn phòng HĐND tỉnh đối với bà Đoàn Thị Hạnh.",
			want: []string{
				"Trần Ngọc Tam -holds_position-> Phó Chủ tịch UBND tỉnh Bến Tre (former)",
				"Lê Văn Hiền -holds_position-> Phó Chủ tịch UBND tỉnh Bến Tre (former)",
				"Đoàn Thị Hạnh -holds_position-> Chánh Văn phòng HĐND tỉnh Bến Tre (former)",
			},
		},
		{
			name: "bị đình chỉ chức vụ, bị cách chức: held until then",
			text: "Tin\nÔng Lường Văn Piến bị đình chỉ chức vụ Giám đốc Sở Xây dựng tỉnh Sơn La. Bà Cầm Thị Yến bị cách chức Phó Chủ tịch UBND huyện Thuận Châu.",
			want: []string{
				"Lường Văn Piến -holds_position-> Giám đốc Sở Xây dựng tỉnh Sơn La (former)",
				"Cầm Thị Yến -holds_position-> Phó Chủ tịch UBND huyện Thuận Châu (former)",
			},
		},
		{
			name: "thôi giữ chức",
			text: "Tin\nÔng Trần Ngọc Tam thôi giữ chức Giám đốc Sở Tài chính tỉnh Bến Tre.",
			want: []string{"Trần Ngọc Tam -holds_position-> Giám đốc Sở Tài chính tỉnh Bến Tre (former)"},
		},
		{
			name: "trước đó là <rank>, T: held before, past the rank",
			text: "Tin\nÔng Lê Văn Hiền, Phó Bí thư Tỉnh ủy Bến Tre, trước đó là Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bến Tre, được bầu làm Chủ tịch UBND tỉnh.",
			want: []string{
				"Lê Văn Hiền -holds_position-> Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Bến Tre (former)",
				"Lê Văn Hiền -holds_position-> Chủ tịch UBND tỉnh Bến Tre",
			},
		},
		{
			name: "làm trưởng đoàn: a lower-case title after a predicate",
			text: "Tin\nPhó Chủ tịch UBND tỉnh Bến Tre Trần Ngọc Tam làm trưởng đoàn công tác của tỉnh thăm các gia đình chính sách.",
			want: []string{
				"Trần Ngọc Tam -holds_position-> Phó Chủ tịch UBND tỉnh Bến Tre",
				"Trần Ngọc Tam -holds_position-> Trưởng đoàn",
			},
		},
		{
			name:   "làm việc is no title",
			text:   "Tin\nÔng Trần Ngọc Tam làm việc với lãnh đạo huyện Ba Tri.",
			absent: []string{"Trần Ngọc Tam -holds_position-> Trưởng đoàn"},
		},
		{
			name: "Phó Chủ tịch kiêm Trưởng ban X HĐND tỉnh: both of the HĐND",
			text: "Tin\nBà Đoàn Thị Hạnh, Phó Chủ tịch kiêm Trưởng ban Pháp chế HĐND tỉnh Bến Tre, phát biểu.",
			want: []string{
				"Đoàn Thị Hạnh -holds_position-> Phó Chủ tịch HĐND tỉnh Bến Tre",
				"Đoàn Thị Hạnh -holds_position-> Trưởng Ban Pháp chế HĐND tỉnh Bến Tre",
			},
		},
		{
			name: "đại biểu HĐND tỉnh: the council of the place that follows",
			text: "Tin\nBà Đoàn Thị Hạnh, Giám đốc Sở Y tế tỉnh Bến Tre, dự hội nghị. Hiện bà Hạnh là đại biểu HĐND tỉnh khóa X, đồng thời là Chủ tịch Hội Chữ thập đỏ tỉnh.",
			want: []string{
				"Đoàn Thị Hạnh -holds_position-> Đại biểu HĐND tỉnh Bến Tre",
				"Đoàn Thị Hạnh -holds_position-> Chủ tịch Hội Chữ thập đỏ tỉnh Bến Tre",
			},
		},
		{
			name: "già làng",
			text: "Tin\nĐoàn đến thăm già làng Nguyễn Văn Đực ở xã An Thủy.",
			want: []string{"Nguyễn Văn Đực -holds_position-> Già làng"},
		},
	})
}

// TestUnitTitle checks that a title of a unit it does not write ("Ủy
// viên Thường vụ Tỉnh ủy X") names the same position as the title with
// the unit written ("Ủy viên Ban Thường vụ Tỉnh ủy X").
func TestUnitTitle(t *testing.T) {
	ex := extractText(t, "Tin\nÔng Giàng A Tông, Ủy viên Thường vụ Tỉnh ủy Điện Biên, và bà Lò Thị Dung, Ủy viên Ban Thường vụ Tỉnh ủy Điện Biên, dự hội nghị. Ông Lò Văn Mừng - Thường vụ Tỉnh ủy - phát biểu.")
	held := map[string]string{} // person ID → position ID
	for _, f := range ex.Facts {
		if f.Relation == graph.HoldsPosition {
			held[f.Subject] = f.Object
		}
	}
	if len(held) != 3 {
		t.Fatalf("%d holders, want 3: %v", len(held), held)
	}
	var pos string
	for who, p := range held {
		if pos != "" && p != pos {
			t.Errorf("%s holds %s, another %s", who, p, pos)
		}
		pos = p
	}
}

// TestTitlesOfRealReports checks titles as real reports write them: a
// standing committee bare before a comma, or implied by the title, is of
// the body the next title names; a committee or a body in lower case; and
// one elected to head a body no longer holds its deputy's post.
func TestTitlesOfRealReports(t *testing.T) {
	tests := []ruleCase{
		{
			name:   "a body a headline names by its bare abbreviation takes the body's writing",
			text:   "Khai mạc Kỳ họp thứ 12 HĐND khóa X\nSáng 3/3/2025, HĐND tỉnh khóa X khai mạc Kỳ họp thứ 12. Ông Lê Văn An, Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
			want:   []string{"Lê Văn An -holds_position-> Chủ tịch HĐND tỉnh"},
			absent: []string{"Lê Văn An -holds_position-> Chủ tịch HĐND"},
		},
		{
			name: "one removed from a post holds it no more; one who may take a post holds it not yet",
			text: "Tin\nNgày 4/10/2025, bà Sanae Takaichi có thể trở thành nữ Thủ tướng Nhật Bản đầu tiên. Ông Trần Văn Ba, Chủ tịch UBND huyện Phú Lương, bị cách chức. Thủ tướng Paetongtarn Shinawatra bị tòa án phế truất.",
			want: []string{
				"Trần Văn Ba -holds_position-> Chủ tịch UBND huyện Phú Lương (former)",
				"Paetongtarn Shinawatra -holds_position-> Thủ tướng (former)",
			},
			absent: []string{
				"Sanae Takaichi -holds_position-> Thủ tướng Nhật Bản",
				"Trần Văn Ba -holds_position-> Chủ tịch UBND huyện Phú Lương",
			},
		},
		{
			name: "a title a count of the names after 'là' holds",
			text: "Tin\nSáng 3/3/2025, Đảng bộ Khối các cơ quan thành phố tổ chức Đại hội. Phó Bí thư Đảng ủy Khối các cơ quan thành phố Đà Nẵng là hai đồng chí Thái Duy Phương và Nguyễn Văn Nghĩa.",
			want: []string{
				"Thái Duy Phương -holds_position-> Phó Bí thư Đảng ủy Khối các cơ quan thành phố Đà Nẵng",
				"Nguyễn Văn Nghĩa -holds_position-> Phó Bí thư Đảng ủy Khối các cơ quan thành phố Đà Nẵng",
			},
		},
		{
			name: "a company's board and chief executive abbreviated, joined by kiêm, before a name or after it",
			text: "Tin\nSáng 3/3/2025, Tập đoàn T&T Group tổ chức lễ khởi công. Dự có Chủ tịch HĐQT kiêm TGĐ Tập đoàn T&T Group Đỗ Quang Hiển và ông Nguyễn Hữu Thịnh – Thành viên HĐQT kiêm Tổng giám đốc Tổng công ty Phát điện 2.",
			want: []string{
				"Đỗ Quang Hiển -holds_position-> Chủ tịch Hội đồng quản trị Tập đoàn T&T Group",
				"Đỗ Quang Hiển -holds_position-> Tổng Giám đốc Tập đoàn T&T Group",
				"Nguyễn Hữu Thịnh -holds_position-> Thành viên Hội đồng quản trị Tổng công ty Phát điện 2",
				"Nguyễn Hữu Thịnh -holds_position-> Tổng Giám đốc Tổng công ty Phát điện 2",
			},
			absent: []string{"person: TGĐ Tập", "organization: HĐQT"},
		},
		{
			name: "a minister's deputy of a body named bare is of the ministry; the Border Guard named bare is the national force",
			text: "Tin\nSáng 3/3/2025, UBND tỉnh Lâm Đồng tổ chức hội nghị. Dự có Thượng tướng Lê Văn Tuyến, Thứ trưởng Công an; Thiếu tướng Hồ Văn Hải, Phó Chủ nhiệm Chính trị Bộ đội Biên phòng; Đại tá Trần Văn Nam, Chỉ huy trưởng Bộ đội Biên phòng tỉnh.",
			want: []string{
				"Lê Văn Tuyến -holds_position-> Thứ trưởng Bộ Công an",
				"Hồ Văn Hải -holds_position-> Phó Chủ nhiệm Chính trị Bộ đội Biên phòng",
				"Trần Văn Nam -holds_position-> Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lâm Đồng",
			},
			absent: []string{"Lê Văn Tuyến -holds_position-> Thứ trưởng Công an tỉnh Lâm Đồng", "Hồ Văn Hải -holds_position-> Phó Chủ nhiệm Chính trị Bộ đội Biên phòng tỉnh Lâm Đồng"},
		},
		{
			name: "an aide of a title's holder holds no post of the holder's",
			text: "Tin\nSáng 3/9/2025, ông Lý Minh, Trợ lý Bộ trưởng Ngoại giao Trung Quốc, và bà Lê Thị Thu, Trợ lý Thủ tướng, dự hội nghị. Ông Đỗ Văn Hải, Thư ký Tổng Bí thư, cũng dự.",
			want: []string{
				"Lê Thị Thu -holds_position-> Trợ lý Thủ tướng Chính phủ",
				"Đỗ Văn Hải -holds_position-> Thư ký Tổng Bí thư Ban Chấp hành Trung ương Đảng",
			},
			absent: []string{"Lê Thị Thu -holds_position-> Thủ tướng Chính phủ", "Đỗ Văn Hải -holds_position-> Tổng Bí thư Ban Chấp hành Trung ương Đảng"},
		},
		{
			name: "X kế nhiệm (thay) Y làm T: T is X's, Y held it before",
			text: "Tin\nNgày 4/10/2025, bà Lê Thị Hoa kế nhiệm ông Trần Văn Ba làm Chủ tịch UBND tỉnh Nghệ An. Ông Hồ Văn Tư được bầu làm Chủ tịch HĐND tỉnh, kế nhiệm ông Lê Văn Năm.",
			want: []string{
				"Lê Thị Hoa -holds_position-> Chủ tịch UBND tỉnh Nghệ An",
				"Trần Văn Ba -holds_position-> Chủ tịch UBND tỉnh Nghệ An (former)",
				"Hồ Văn Tư -holds_position-> Chủ tịch HĐND tỉnh Nghệ An",
				"Lê Văn Năm -holds_position-> Chủ tịch HĐND tỉnh Nghệ An (former)",
			},
			absent: []string{"Trần Văn Ba -holds_position-> Chủ tịch UBND tỉnh Nghệ An"},
		},
		{
			name:   "a count of those a decision appoints is no post of the one who hands it over",
			text:   "Tin\nSáng 25/10/2025, tại trụ sở Chính phủ, Thủ tướng Lê Văn Minh trao các quyết định bổ nhiệm 2 Phó Thủ tướng và 3 Bộ trưởng.",
			want:   []string{"Lê Văn Minh -holds_position-> Thủ tướng Chính phủ"},
			absent: []string{"Lê Văn Minh -holds_position-> Phó Thủ tướng Chính phủ", "Lê Văn Minh -holds_position-> Bộ trưởng"},
		},
		{
			name: "a title after a semicolon that names no one is the one's before it",
			text: "Tin\nSáng 3/3/2025, HĐND tỉnh Phú Thọ tổ chức kỳ họp. Dự có các đồng chí: Trần Thị Hằng, Ủy viên Ban Thường vụ Tỉnh ủy; Phó Chủ tịch Thường trực HĐND tỉnh; Trần Thị Vân, Phó Chủ tịch UBND tỉnh; Phó Chủ tịch HĐND tỉnh Lê Văn Ba.",
			want: []string{
				"Trần Thị Hằng -holds_position-> Phó Chủ tịch Thường trực HĐND tỉnh Phú Thọ",
				"Trần Thị Vân -holds_position-> Phó Chủ tịch UBND tỉnh Phú Thọ",
				"Lê Văn Ba -holds_position-> Phó Chủ tịch HĐND tỉnh Phú Thọ",
			},
			absent: []string{"Trần Thị Vân -holds_position-> Phó Chủ tịch HĐND tỉnh Phú Thọ"},
		},
		{
			name: "a chain of titles over a plural's list after a colon; each name's body in parentheses",
			text: "Tin\nSáng 3/3/2025, Ủy ban Thường vụ Quốc hội họp phiên thứ 40. Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng, Phó Chủ tịch Quốc hội: Nguyễn Khắc Định, Vũ Hồng Thanh đồng chủ trì phiên họp. Dự có ba Bộ trưởng Lê Văn Tùng (Bộ Ngoại giao), Đỗ Thanh Bình (Bộ Nội vụ) và Trần Đức Thắng (Bộ Tài chính).",
			want: []string{
				"Nguyễn Khắc Định -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Nguyễn Khắc Định -holds_position-> Phó Chủ tịch Quốc hội",
				"Vũ Hồng Thanh -holds_position-> Phó Chủ tịch Quốc hội",
				"Lê Văn Tùng -holds_position-> Bộ trưởng Bộ Ngoại giao",
				"Đỗ Thanh Bình -holds_position-> Bộ trưởng Bộ Nội vụ",
				"Trần Đức Thắng -holds_position-> Bộ trưởng Bộ Tài chính",
			},
			absent: []string{"Lê Văn Tùng -holds_position-> Bộ trưởng Bộ Tài chính"},
		},
		{
			name: "levels written short with a stop before a place's name, glued or not",
			text: "Tin\nSáng 3/3/2025, ông Nguyễn Thế Anh, Chủ tịch UBND P.Vũng Áng, và ông Lê Văn Hải, Chủ tịch UBND X. Hoằng Tiến, dự lễ ra quân của Công an TX.Kỳ Anh. Ông X. nói thêm.",
			want: []string{
				"Nguyễn Thế Anh -holds_position-> Chủ tịch UBND P.Vũng Áng",
				"Lê Văn Hải -holds_position-> Chủ tịch UBND X. Hoằng Tiến",
				"organization: Công an TX.Kỳ Anh",
			},
			absent: []string{"person: P.Vũng Áng", "person: X. Hoằng Tiến", "person: Kỳ Anh"},
		},
		{
			name: "a holder's name of two words after the body of state a title names; a company's, and a body's after its holder, stay names",
			text: "Tin\nSáng 3/3/2025, dự hội nghị có Thứ trưởng Bộ Y tế Lò Mến, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Hoàng Trung và ông Lê Văn Hải, Chủ tịch Tập đoàn Đèo Cả. Ông Lê Văn Tám, Chi cục trưởng Chi cục Thuế Hoàng Mai, phát biểu.",
			want: []string{
				"Lò Mến -holds_position-> Thứ trưởng Bộ Y tế",
				"Hoàng Trung -holds_position-> Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn",
				"Lê Văn Hải -holds_position-> Chủ tịch Tập đoàn Đèo Cả",
				"Lê Văn Tám -holds_position-> Chi cục trưởng Chi cục Thuế Hoàng Mai",
			},
			absent: []string{"person: Hoàng Mai", "person: Đèo Cả"},
		},
		{
			name: "a plural's list ends at the first entry whose own titles give its role in another body",
			text: "Tin\nTối 14/11/2024, UBND tỉnh Trà Vinh tổ chức lễ khai mạc. Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Nguyễn Văn Triết, Trưởng Ban Nội chính Tỉnh ủy; Kim Rương, Trưởng Ban Dân vận Tỉnh ủy; Nguyễn Quỳnh Thiện, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh; Hòa thượng Thạch Oai, Phó Chủ tịch Hội Đoàn kết sư sãi yêu nước tỉnh.",
			want: []string{
				"Nguyễn Văn Triết -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh",
				"Kim Rương -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh",
				"Nguyễn Quỳnh Thiện -holds_position-> Ủy viên Tỉnh ủy Trà Vinh",
			},
			absent: []string{
				"Nguyễn Quỳnh Thiện -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh",
				"Thạch Oai -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Trà Vinh",
			},
		},
		{
			name: "a counted plural title, a comma and 'gồm:' before its list; the count and title name the hearing",
			text: "Tin\nChiều 14/8/2025, TAND TP Hà Nội tuyên án sơ thẩm 2 cựu Phó Chủ tịch UBND xã Minh Trí, gồm: Nguyễn Văn An (sinh năm 1962) 4 năm tù và Dương Đức Vượng (sinh năm 1970) 3 năm tù.",
			want: []string{
				"event: Tuyên án sơ thẩm 2 cựu Phó Chủ tịch UBND xã Minh Trí [2025-08-14]",
				"Nguyễn Văn An -holds_position-> Phó Chủ tịch UBND xã Minh Trí (former)",
				"Dương Đức Vượng -holds_position-> Phó Chủ tịch UBND xã Minh Trí (former)",
			},
		},
		{
			name: "the standing deputy abbreviated TT; a company's chief executive; a committee of the Assembly written with a dash",
			text: "Tin\nSáng 3/3, Đoàn ĐBQH tỉnh Quảng Nam tiếp xúc cử tri. Dự có bà Lê Thị Nga, Chủ nhiệm Ủy ban Tài chính - ngân sách Quốc hội; ông Phan Việt Cường, Phó Bí thư TT Tỉnh uỷ, Chủ tịch HĐND tỉnh, và ông Trần Minh Quân, Giám đốc điều hành Tập đoàn OpenAsia.",
			want: []string{
				"Lê Thị Nga -holds_position-> Chủ nhiệm Ủy ban Tài chính, Ngân sách",
				"Phan Việt Cường -holds_position-> Phó Bí thư Thường trực Tỉnh ủy Quảng Nam",
				"Phan Việt Cường -holds_position-> Chủ tịch HĐND tỉnh Quảng Nam",
				"Trần Minh Quân -holds_position-> Giám đốc điều hành Tập đoàn OpenAsia",
			},
		},
		{
			name: "a bare province in a chain is the one a later title of the chain names, not the article's",
			text: "Tin\nTối 3/3, UBND tỉnh Nghệ An tổ chức lễ khai mạc lễ hội. Dự có đồng chí Lê Ngọc Châu - Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh Hà Tĩnh.",
			want: []string{
				"Lê Ngọc Châu -holds_position-> Ủy viên Tỉnh ủy Hà Tĩnh",
				"Lê Ngọc Châu -holds_position-> Phó Chủ tịch UBND tỉnh Hà Tĩnh",
			},
			absent: []string{"Lê Ngọc Châu -holds_position-> Ủy viên Tỉnh ủy Nghệ An"},
		},
		{
			name: "staff of a body: cán bộ, giáo viên, nhân viên, kế toán; a commune's officer by his field",
			text: "Tin\nBằng khen được trao cho Trung tá Nguyễn Văn Cường, cán bộ Phòng An ninh kinh tế Công an tỉnh Long An; cô Lê Thị Hoa, giáo viên Trường THCS Tân An, và chị Đỗ Thị Mai, nhân viên Công ty Điện lực Long An. Bị can Trần Văn Bảy (SN 1980, nguyên công chức địa chính xã Mỹ Hạnh) và Lê Văn Tư (SN 1975, kế toán UBND xã Mỹ Hạnh) bị khởi tố. Ông Phạm Văn Sáu cùng cán bộ Phòng Nội vụ huyện kiểm tra.",
			want: []string{
				"Nguyễn Văn Cường -holds_position-> Cán bộ Phòng An ninh kinh tế Công an tỉnh Long An",
				"Lê Thị Hoa -holds_position-> Giáo viên Trường THCS Tân An",
				"Đỗ Thị Mai -holds_position-> Nhân viên Công ty Điện lực Long An",
				"Trần Văn Bảy -holds_position-> Công chức địa chính xã Mỹ Hạnh (former)",
				"Lê Văn Tư -holds_position-> Kế toán UBND xã Mỹ Hạnh",
			},
			absent: []string{"Phạm Văn Sáu -holds_position-> Cán bộ Phòng Nội vụ huyện"},
		},
		{
			name: "the body a division belongs to, after a comma; not the next of a list of bodies",
			text: "Tin\nDự có Thượng tá Lê Văn An, Trưởng phòng Cảnh sát cơ động, Công an tỉnh Quảng Trị; Đại tá Hồ Minh Tú, Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an. Đại diện Phòng Tham mưu, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh Quảng Trị cùng dự.",
			want: []string{
				"Lê Văn An -holds_position-> Trưởng Phòng Cảnh sát cơ động, Công an tỉnh Quảng Trị",
				"Hồ Minh Tú -holds_position-> Phó Cục trưởng Cục Cảnh sát giao thông, Bộ Công an",
				"organization: Phòng Tham mưu",
			},
		},
		{
			name: "a bare deputy's title before the head of a police unit is of the police",
			text: "Tin\nDự có Đại tá Trần Văn Lâm, Phó Giám đốc, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Bình Phước.",
			want: []string{
				"Trần Văn Lâm -holds_position-> Phó Giám đốc Công an tỉnh Bình Phước",
				"Trần Văn Lâm -holds_position-> Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Bình Phước",
			},
		},
		{
			name: "a post held full time, and the Party committee of a province's agencies",
			text: "Tin\nSáng 3/5, Tỉnh ủy Phú Thọ tổ chức hội nghị. Dự có đồng chí Hà Thị Minh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực chuyên trách Đảng ủy các cơ quan Đảng tỉnh.",
			want: []string{
				"Hà Thị Minh -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Phú Thọ",
				"Hà Thị Minh -holds_position-> Phó Bí thư Thường trực chuyên trách Đảng ủy các cơ quan Đảng tỉnh Phú Thọ",
			},
		},
		{
			name:   "a specialist's degree before a doctor's name, and the head of an investigating agency",
			text:   "Tin\nDự có bác sĩ CKII Lê Văn Hòa - Giám đốc Bệnh viện Đa khoa tỉnh Quảng Ngãi, và Thượng tá Phạm Văn Tín, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Ngãi.",
			want:   []string{"person: Lê Văn Hòa", "Phạm Văn Tín -holds_position-> Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh Quảng Ngãi"},
			absent: []string{"person: CKII Lê Văn Hòa"},
		},
		{
			name:   "a list of places after a plural level word and a colon",
			text:   "Tin\nSáng 3/10/2025, ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh Hưng Yên, kiểm tra công tác phòng chống lũ tại địa bàn các huyện: Kim Động, Khoái Châu và Văn Giang; các xã: Hồ Tùng Mậu, Lê Lợi.",
			want:   []string{"person: Trần Văn Bình"},
			absent: []string{"person: Kim Động", "person: Hồ Tùng Mậu", "person: Lê Lợi"},
		},
		{
			name:   "the names of a list of communes or villages that a plural opens are places",
			text:   "Tin\nSáng 3/5, xã Hạ Hòa mới được lập trên cơ sở sáp nhập các xã Bảo Yên, Vũ Ẻn và Đỗ Lâm. Tại các thôn Lê Xá, Vũ Hạ, ông Hà Văn Tuấn thăm hỏi người dân.",
			want:   []string{"person: Hà Văn Tuấn"},
			absent: []string{"person: Vũ Ẻn", "person: Đỗ Lâm", "person: Vũ Hạ"},
		},
		{
			name:   "awards and scholarships named after historical figures",
			text:   "Tin\nSáng 3/5, ông Hà Văn Tuấn dự lễ trao giải thưởng Trương Vĩnh Ký và học bổng Lê Quý Đôn.",
			want:   []string{"person: Hà Văn Tuấn"},
			absent: []string{"person: Trương Vĩnh Ký", "person: Lê Quý Đôn"},
		},
		{
			name:   "orders and medals named after a person (awards.txt); a congress's numeral starts no name",
			text:   "Tin\nSáng 3/5, Hội Nông dân tỉnh tổ chức hội nghị. Đồng chí Lê Văn Dũng, Bí thư Tỉnh ủy, được tặng Huân chương Hồ Chí Minh và phát biểu. Đề nghị Hội tiếp tục xây dựng Đảng theo tinh thần Nghị quyết Đại hội XVI Đảng bộ tỉnh.",
			want:   []string{"person: Lê Văn Dũng"},
			absent: []string{"person: Hồ Chí Minh", "person: XVI Đảng", "Hồ Chí Minh -spoke_at-> Hội nghị"},
		},
		{
			name: "a short name in parentheses between two titles of a chain",
			text: "Tin\nSáng 10/5, Bộ trưởng Đỗ Đức Duy – Phó Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai (PCTT), Ủy viên Ủy ban quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn (TKCN) – phát biểu.",
			want: []string{
				"Đỗ Đức Duy -holds_position-> Phó Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
				"Đỗ Đức Duy -holds_position-> Ủy viên Ủy ban quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn",
			},
		},
		{
			name: "the first woman to hold a post",
			text: "Tin\nSáng 3/7, HĐND tỉnh Bạc Liêu bầu Phó Chủ tịch UBND tỉnh. Bà Lâm Thị Sang là nữ Phó Chủ tịch UBND tỉnh Bạc Liêu đầu tiên.",
			want: []string{"Lâm Thị Sang -holds_position-> Phó Chủ tịch UBND tỉnh Bạc Liêu"},
		},
		{
			name: "the head and the deputy of a team",
			text: "Tin\nĐoàn công tác do Thiếu tướng Hồ Văn Tư, Tổ trưởng Tổ công tác liên ngành tỉnh Kiên Giang, dẫn đầu. Cùng đi có ông Lâm Văn Bé, Tổ phó Tổ công tác liên ngành tỉnh Kiên Giang.",
			want: []string{
				"Hồ Văn Tư -holds_position-> Tổ trưởng Tổ công tác liên ngành tỉnh Kiên Giang",
				"Lâm Văn Bé -holds_position-> Tổ phó Tổ công tác liên ngành tỉnh Kiên Giang",
			},
		},
		{
			name:   "an election in procedure, or until which one stands in, elects no one",
			text:   "Tin\nTheo Bí thư Tỉnh ủy, Ngô Chí Cường, trong thời gian thực hiện quy trình bầu bổ sung chức danh Chủ tịch UBND tỉnh, Ban Thường vụ Tỉnh ủy Trà Vinh phân công đồng chí Lê Văn Hẳn, Phó Chủ tịch UBND tỉnh phụ trách UBND tỉnh đến khi bầu bổ sung chức danh Chủ tịch UBND tỉnh Trà Vinh.",
			want:   []string{"Lê Văn Hẳn -holds_position-> Phó Chủ tịch UBND tỉnh Trà Vinh"},
			absent: []string{"Ngô Chí Cường -holds_position-> Chủ tịch UBND tỉnh Trà Vinh", "Lê Văn Hẳn -holds_position-> Chủ tịch UBND tỉnh Trà Vinh", "Lê Văn Hẳn -holds_position-> Phó Chủ tịch UBND tỉnh Trà Vinh (former)"},
		},
		{
			name:   "a post still to be filled by election is no one's",
			text:   "Tin\nNgày 3/4, Ban Thường vụ Tỉnh ủy Ninh Bình tổ chức lễ công bố quyết định về công tác cán bộ. Trong thời gian chờ bầu bổ sung chức danh Chủ tịch UBND tỉnh, đồng chí Tống Quang Thìn, Phó Chủ tịch UBND tỉnh Ninh Bình được giao phụ trách UBND tỉnh.",
			want:   []string{"Tống Quang Thìn -holds_position-> Phó Chủ tịch UBND tỉnh Ninh Bình"},
			absent: []string{"Tống Quang Thìn -holds_position-> Chủ tịch UBND tỉnh Ninh Bình"},
		},
		{
			name: "a plural title over a list after 'các đồng chí là' and 'các vị nguyên'",
			text: "Tin\nSáng 3/5, Tỉnh ủy Thái Nguyên tổ chức hội nghị. Cùng dự có các đồng chí là Ủy viên Ban Thường vụ Tỉnh ủy: Hà Văn Lợi, Trưởng Ban Tuyên giáo Tỉnh ủy; Ma Thị Lan, Trưởng Ban Dân vận Tỉnh ủy. Dự có các vị nguyên Ủy viên Bộ Chính trị: Đỗ Văn Hào, Lê Thị Khuyên.",
			want: []string{
				"Hà Văn Lợi -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Thái Nguyên",
				"Ma Thị Lan -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Thái Nguyên",
				"Lê Thị Khuyên -holds_position-> Ủy viên Bộ Chính trị (former)",
			},
		},
		{
			name: "one transferred to another post, or retired, leaves the post the apposition gives",
			text: "Tin\nNgày 4/5, Ban Thường vụ Tỉnh ủy Hà Giang điều động đồng chí Ma Văn Đức, Giám đốc Sở Xây dựng giữ chức Bí thư Huyện ủy Bắc Mê. Ông Vàng Seo Cón, Phó Chủ tịch UBND tỉnh Hà Giang, nghỉ hưu theo chế độ.",
			want: []string{
				"Ma Văn Đức -holds_position-> Giám đốc Sở Xây dựng tỉnh Hà Giang (former)",
				"Ma Văn Đức -holds_position-> Bí thư Huyện ủy Bắc Mê",
				"Vàng Seo Cón -holds_position-> Phó Chủ tịch UBND tỉnh Hà Giang (former)",
			},
		},
		{
			name: "the Party committees of the army and the police, and the mausoleum's command",
			text: "Tin\nDự có Thượng tướng Lê Huy Vịnh, Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng; Thiếu tướng Đỗ Văn Khang, Ủy viên Thường vụ Đảng ủy Công an Trung ương, Thứ trưởng Bộ Công an. Thiếu tướng Hà Văn Nam, Tư lệnh Bộ Tư lệnh Lăng Chủ tịch Hồ Chí Minh phát biểu.",
			want: []string{
				"Lê Huy Vịnh -holds_position-> Ủy viên Ban Thường vụ Quân ủy Trung ương",
				"Lê Huy Vịnh -holds_position-> Thứ trưởng Bộ Quốc phòng",
				"Đỗ Văn Khang -holds_position-> Thứ trưởng Bộ Công an",
				"Hà Văn Nam -holds_position-> Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh",
			},
			absent: []string{"person: Hồ Chí Minh"},
		},
		{
			name: "the head of a foreign city's district",
			text: "Tin\nDự có Quận trưởng Park Min-jun và Phó Quận trưởng Lee Seo-yeon.",
			want: []string{"Park Min-jun -holds_position-> Quận trưởng", "Lee Seo-yeon -holds_position-> Phó Quận trưởng"},
		},
		{
			name:   "a name glued to its title by a hyphen",
			text:   "Tin\nDự có Đại tá Nguyễn Văn Thiện-Phó Giám đốc Công an tỉnh Gia Lai và ông Rơ Châm Hiếu-Chủ tịch UBND huyện Ia Pa.",
			want:   []string{"Nguyễn Văn Thiện -holds_position-> Phó Giám đốc Công an tỉnh Gia Lai", "Rơ Châm Hiếu -holds_position-> Chủ tịch UBND huyện Ia Pa"},
			absent: []string{"person: Nguyễn Văn Thiện-Phó"},
		},
		{
			name: "the heads of detention centres",
			text: "Tin\nDự có Thượng tá Lò Văn Bình, Giám thị Trại tạm giam Công an tỉnh Điện Biên, và ông Cà Văn Tâm, Phó Giám thị Trại giam Nà Tấu.",
			want: []string{
				"Lò Văn Bình -holds_position-> Giám thị Trại tạm giam Công an tỉnh Điện Biên",
				"Cà Văn Tâm -holds_position-> Phó Giám thị Trại giam Nà Tấu",
			},
		},
		{
			name:   "a standing member or deputy is a role, not a body named 'Thường trực'",
			text:   "Tin\nDự có ông Đỗ Văn Lâm, Ủy viên Thường trực Ủy ban Pháp luật của Quốc hội, và bà Vi Thị Hồng, Phó Trưởng ban chuyên trách Ban Dân tộc HĐND tỉnh Lào Cai.",
			want:   []string{"organization: Ủy ban Pháp luật của Quốc hội", "Vi Thị Hồng -holds_position-> Phó Trưởng ban chuyên trách Ban Dân tộc HĐND tỉnh Lào Cai"},
			absent: []string{"organization: Thường trực Ủy ban Pháp luật của Quốc hội"},
		},
		{
			name:   "one elected after 'đối với', not the one who proposed it",
			text:   "Tin\nSáng 9/5, theo đề nghị của Chủ tịch UBND tỉnh Nguyễn Văn Út, HĐND tỉnh Vĩnh Phúc đã bầu bổ sung Ủy viên UBND tỉnh đối với ông Lê Minh Đạo - Giám đốc Sở Tư pháp.",
			want:   []string{"Lê Minh Đạo -holds_position-> Ủy viên UBND tỉnh Vĩnh Phúc"},
			absent: []string{"Nguyễn Văn Út -holds_position-> Ủy viên UBND tỉnh Vĩnh Phúc"},
		},
		{
			name:   "two dismissals in one sentence, each of its own person",
			text:   "Tin\nNgày 3/6, HĐND tỉnh Vĩnh Phúc đã miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với ông Hoàng Đức Tâm, nguyên Giám đốc Sở Tài chính và miễn nhiệm chức vụ đại biểu HĐND tỉnh đối với ông Vương Văn Kiên.",
			want:   []string{"Hoàng Đức Tâm -holds_position-> Ủy viên UBND tỉnh Vĩnh Phúc (former)", "Vương Văn Kiên -holds_position-> Đại biểu HĐND tỉnh Vĩnh Phúc (former)"},
			absent: []string{"Hoàng Đức Tâm -holds_position-> Đại biểu HĐND tỉnh Vĩnh Phúc", "Hoàng Đức Tâm -holds_position-> Đại biểu HĐND tỉnh Vĩnh Phúc (former)"},
		},
		{
			name: "the year of birth first in parentheses, and a title each of a list holds",
			text: "Tin\nCông an tỉnh Nghệ An đã khởi tố bị can Hồ Văn Lộc (SN 1962, cựu Chủ tịch UBND huyện Yên Thành) và bị can Lê Thị Mai (sinh năm 1975, Kế toán trưởng Ban Quản lý dự án huyện Yên Thành). Cùng bị khởi tố có ông Trần Văn Đức và ông Phan Văn Hợi, đều là Phó Chủ tịch UBND huyện Yên Thành.",
			want: []string{
				"Hồ Văn Lộc -holds_position-> Chủ tịch UBND huyện Yên Thành (former)",
				"Trần Văn Đức -holds_position-> Phó Chủ tịch UBND huyện Yên Thành",
				"Phan Văn Hợi -holds_position-> Phó Chủ tịch UBND huyện Yên Thành",
			},
		},
		{
			name:   "wards named after historical figures, where no holder's name can stand",
			text:   "Tin\nPhường Bến Thành mới được lập trên cơ sở sáp nhập phường Phạm Ngũ Lão và phường Nguyễn Thái Bình. Dự có ông Lê Văn Thọ, Chủ tịch UBND phường Cô Giang, và bà Đỗ Thị Hạnh, Chủ tịch UBND phường Nguyễn Cư Trinh.",
			want:   []string{"Đỗ Thị Hạnh -holds_position-> Chủ tịch UBND phường Nguyễn Cư Trinh"},
			absent: []string{"person: Phạm Ngũ Lão", "person: Nguyễn Thái Bình", "person: Nguyễn Cư Trinh"},
		},
		{
			name: "the chair named after the ward's level word alone",
			text: "Tin\nChủ tịch UBND phường Nguyễn Văn Bình phát biểu.",
			want: []string{"person: Nguyễn Văn Bình"},
		},
		{
			name:   "a body '(cũ)', since merged, in parentheses",
			text:   "Tin\nSáng 3/3/2025, Đảng bộ phường Chợ Lớn tổ chức Đại hội. Dự có ông Lê Văn Tám, Bí thư Quận ủy quận 5 (cũ), và ông Hồ Văn Bảy, Chủ tịch UBND phường 5.",
			want:   []string{"Lê Văn Tám -holds_position-> Bí thư Quận ủy quận 5 (former)", "Hồ Văn Bảy -holds_position-> Chủ tịch UBND phường 5"},
			absent: []string{"Lê Văn Tám -holds_position-> Bí thư Quận ủy quận 5"},
		},
		{
			name: "districts and wards named by a number, and one since merged",
			text: "Tin\nSáng 1/7, Đảng bộ phường Sài Gòn tổ chức hội nghị. Dự có ông Võ Minh Tâm, nguyên Bí thư Quận ủy quận 1, bà Lâm Thị Ngọc, Chủ tịch UBND quận 3 cũ, và ông Đặng Văn Tư, Chủ tịch UBND phường 5.",
			want: []string{
				"Võ Minh Tâm -holds_position-> Bí thư Quận ủy quận 1 (former)",
				"Lâm Thị Ngọc -holds_position-> Chủ tịch UBND quận 3 (former)",
				"Đặng Văn Tư -holds_position-> Chủ tịch UBND phường 5",
			},
		},
		{
			name:   "one who congratulates the elected does not take their posts",
			text:   "Tin\nSáng 9/7, HĐND tỉnh Thái Bình họp kỳ họp bất thường. Bí thư Tỉnh ủy Ngô Đông Hải chúc mừng các đồng chí được bầu giữ chức Phó Chủ tịch UBND tỉnh.",
			want:   []string{"Ngô Đông Hải -holds_position-> Bí thư Tỉnh ủy Thái Bình"},
			absent: []string{"Ngô Đông Hải -holds_position-> Phó Chủ tịch UBND tỉnh Thái Bình"},
		},
		{
			name: "a mass organization's standing committee, from the board after the comma",
			text: "Tin\nDự hội nghị có ông Phan Quốc Hưng, Ủy viên Ban Thường vụ, Trưởng Ban Kinh tế Trung ương Hội Nông dân Việt Nam.",
			want: []string{
				"Phan Quốc Hưng -holds_position-> Trưởng Ban Kinh tế Trung ương Hội Nông dân Việt Nam",
				"Phan Quốc Hưng -holds_position-> Ủy viên Ban Thường vụ Trung ương Hội Nông dân Việt Nam",
			},
		},
		{
			name: "a title that implies the standing committee keeps the next title",
			text: "Tin\nDự hội nghị có bà Đỗ Thị Hạnh, Ủy viên Thường vụ, Trưởng Ban Dân vận Tỉnh ủy Thái Bình.",
			want: []string{
				"Đỗ Thị Hạnh -holds_position-> Trưởng Ban Dân vận Tỉnh ủy Thái Bình",
				"Đỗ Thị Hạnh -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Thái Bình",
			},
		},
		{
			name: "before a post of the state, the standing committee of the place's party committee",
			text: "Tin\nDự hội nghị có ông Ngô Đức Thịnh, Ủy viên Thường vụ, Phó Chủ tịch UBND tỉnh Thái Bình.",
			want: []string{
				"Ngô Đức Thịnh -holds_position-> Phó Chủ tịch UBND tỉnh Thái Bình",
				"Ngô Đức Thịnh -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Thái Bình",
			},
		},
		{
			name: "the committee of the district the next title names",
			text: "Tin\nSáng 3/5, huyện Quế Sơn tổ chức hội nghị. Dự có ông Lương Văn Tín – Phó Bí thư huyện uỷ, Chủ tịch UBND huyện Quế Sơn.",
			want: []string{
				"Lương Văn Tín -holds_position-> Phó Bí thư Huyện ủy Quế Sơn",
				"Lương Văn Tín -holds_position-> Chủ tịch UBND huyện Quế Sơn",
			},
		},
		{
			name: "the district's police and Front after titles",
			text: "Tin\nSáng 3/5, huyện Quế Sơn tổ chức hội nghị. Dự có ông Hà Văn Lực, Phó Trưởng phòng công an huyện, và ông Trà Văn Sơn – Phó Chủ tịch UBMTTQVN huyện.",
			want: []string{
				"Hà Văn Lực -holds_position-> Phó Trưởng phòng Công an huyện Quế Sơn",
				"Trà Văn Sơn -holds_position-> Phó Chủ tịch UBMTTQVN huyện Quế Sơn",
			},
		},
		{
			name: "the deputy elected head",
			text: "Tin\nSáng 8/7, Hội Nông dân tỉnh Yên Bái tổ chức hội nghị. Ông Triệu Văn Kiên - Phó Chủ tịch Thường trực Hội Nông dân tỉnh Yên Bái - được bầu giữ chức Chủ tịch Hội Nông dân tỉnh Yên Bái.",
			want: []string{
				"Triệu Văn Kiên -holds_position-> Chủ tịch Hội Nông dân tỉnh Yên Bái",
				"Triệu Văn Kiên -holds_position-> Phó Chủ tịch Thường trực Hội Nông dân tỉnh Yên Bái (former)",
			},
		},
		{
			name:   "a member of the standing committee elected deputy secretary stays a member",
			text:   "Tin\nSáng 8/7, Tỉnh ủy Yên Bái tổ chức hội nghị. Ông Triệu Văn Kiên, Ủy viên Ban Thường vụ Tỉnh ủy được bầu giữ chức Phó Bí thư Tỉnh ủy Yên Bái.",
			want:   []string{"Triệu Văn Kiên -holds_position-> Phó Bí thư Tỉnh ủy Yên Bái", "Triệu Văn Kiên -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái"},
			absent: []string{"Triệu Văn Kiên -holds_position-> Ủy viên Ban Thường vụ Tỉnh ủy Yên Bái (former)"},
		},
	}
	runRules(t, tests)
}
