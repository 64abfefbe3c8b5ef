package extract

import "testing"

// TestOrgRules checks the organization grammar: acronyms, the high
// courts, military units and their posts, name boundaries.
func TestOrgRules(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a title nobody holds does not bring the organization it implies",
			text: "Tin\nNgày 2/6/2023, Thủ tướng thị sát cảng Cái Mép. Tháp tùng có ông Đỗ Văn Nam, Bộ trưởng Bộ Xây dựng.",
			want: []string{
				"organization: Bộ Xây dựng",
				"Đỗ Văn Nam -holds_position-> Bộ trưởng Bộ Xây dựng",
			},
			absent: []string{"organization: Chính phủ"},
		},
		{
			name: "the organization a held title implies is the article's",
			text: "Tin\nNgày 2/6/2023, Thủ tướng Trần Quốc Hưng thị sát cảng Cái Mép. Tháp tùng Thủ tướng có ông Đỗ Văn Nam.",
			want: []string{
				"organization: Chính phủ",
				"Trần Quốc Hưng -holds_position-> Thủ tướng Chính phủ",
			},
		},
		{
			name: "Trạm trưởng Trạm X, Đội phó Đội X: the heads of stations and their deputies",
			text: "Tin\nThượng tá Lò Văn Cảng, Trạm trưởng Trạm CSGT số 2, và Trung tá Cầm Thị Tú, Đội phó Đội Cảnh sát cơ động số 1, kiểm tra xe.",
			want: []string{
				"Lò Văn Cảng -holds_position-> Trạm trưởng Trạm CSGT số 2",
				"Cầm Thị Tú -holds_position-> Đội phó Đội Cảnh sát cơ động số 1",
			},
		},
		{
			name: "Đội trưởng Đội X: a team of the police, of market inspectors",
			text: "Tin\nThiếu tá Lục Văn Chung, Đội trưởng Đội Cảnh sát hình sự Công an huyện Bảo Lâm, và ông Nông Văn Dư, Phó Đội trưởng Đội Quản lý thị trường số 3, cùng kiểm tra.",
			want: []string{
				"organization: Đội Cảnh sát hình sự Công an huyện Bảo Lâm",
				"Lục Văn Chung -holds_position-> Đội trưởng Đội Cảnh sát hình sự Công an huyện Bảo Lâm",
				"Nông Văn Dư -holds_position-> Phó Đội trưởng Đội Quản lý thị trường số 3",
			},
		},
		{
			name: "a ministry's name with a comma and '&' is the one with 'và'",
			text: "Tin\nDự lễ có Bộ trưởng Bộ Văn hóa, Thể thao & Du lịch Nguyễn Văn Hùng. Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Trịnh Thị Thủy phát biểu.",
			want: []string{
				"Nguyễn Văn Hùng -holds_position-> Bộ trưởng Bộ Văn hóa, Thể thao & Du lịch",
				"organization: Bộ Văn hóa, Thể thao & Du lịch",
			},
			absent: []string{"organization: Bộ Văn hóa", "organization: Bộ Văn hóa, Thể thao và Du lịch"},
		},
		{
			name: "a police department named by the crimes it handles, with its parent",
			text: "Tin\nTheo Thượng tá Hà Văn Tuấn, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu, vụ việc đang được điều tra.",
			want: []string{
				"organization: Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu",
				"Hà Văn Tuấn -holds_position-> Trưởng Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Lai Châu",
			},
		},
		{
			name:   "an embassy 'tại Việt Nam' is the embassy named without it",
			text:   "Tin\nĐại sứ quán Mông Cổ tổ chức lễ kỷ niệm Quốc khánh. Ông Nguyễn Văn An cảm ơn Đại sứ quán Mông Cổ tại Việt Nam.",
			want:   []string{"organization: Đại sứ quán Mông Cổ"},
			absent: []string{"organization: Đại sứ quán Mông Cổ tại Việt Nam"},
		},
		{
			name: "a committee written in lower case before its place's name",
			text: "Tin\nÔng Vương Quang Minh, Bí thư huyện uỷ Quỳ Châu, dự lễ. Các huyện ủy, thành ủy đã tổng kết công tác.",
			want: []string{
				"organization: Huyện ủy Quỳ Châu",
				"Vương Quang Minh -holds_position-> Bí thư Huyện ủy Quỳ Châu",
			},
		},
		{
			name:   "a headline in capitals does not name the organization and the event for the body",
			text:   "KHAI MẠC ĐẠI HỘI ĐẢNG BỘ TỈNH ĐIỆN BIÊN LẦN THỨ XIV\nNgày 13/10/2020, Đảng bộ tỉnh Điện Biên khai mạc Đại hội đại biểu lần thứ XIV, nhiệm kỳ 2020-2025.",
			want:   []string{"organization: Đảng bộ tỉnh Điện Biên"},
			absent: []string{"organization: ĐẢNG BỘ TỈNH ĐIỆN BIÊN", "event: ĐẠI HỘI ĐẢNG BỘ TỈNH ĐIỆN BIÊN LẦN THỨ XIV [2020-10-13]"},
		},
		{
			name: "a kind before a name the gazetteer has is that organization",
			text: "Tin\nTập đoàn Vingroup công bố kết quả kinh doanh. Bà Lê Thị Thu Thủy, Phó Chủ tịch Vingroup, cho biết doanh thu tăng.",
			want: []string{
				"organization: Vingroup",
				"Lê Thị Thu Thủy -holds_position-> Phó Chủ tịch Vingroup",
			},
			absent: []string{"organization: Tập đoàn Vingroup"},
		},
		{
			name:   "a handover verb ends the name of the organization that does it",
			text:   "Tin\nNgày 3/2/2024, Ngân hàng Agribank trao 100 suất quà cho hộ nghèo huyện Mèo Vạc.",
			want:   []string{"Agribank -organized-> Trao 100 suất quà cho hộ nghèo huyện Mèo Vạc"},
			absent: []string{"organization: Ngân hàng Agribank trao"},
		},
		{
			name:   "Đội ngũ is no team",
			text:   "Tin\nĐội ngũ cán bộ của huyện Bảo Lâm đã được kiện toàn.",
			absent: []string{"organization: Đội ngũ"},
		},
		{
			name: "a state farm named after a person is no person",
			text: "Tin\nÔng Hà Văn Thuận, nguyên Giám đốc Nông trường chè Nguyễn Thái Học, dự lễ kỷ niệm.",
			want: []string{
				"organization: Nông trường chè Nguyễn Thái Học",
				"Hà Văn Thuận -holds_position-> Giám đốc Nông trường chè Nguyễn Thái Học (former)",
				"Hà Văn Thuận -attended-> Lễ kỷ niệm",
			},
			absent: []string{"person: Nguyễn Thái Học"},
		},
		{
			name: "factories and enterprises, their names maybe in lower case",
			text: "Tin\nÔng Cầm Văn Ơn, Giám đốc Nhà máy đường Sơn Dương, và ông Đèo Văn Thắm, Giám đốc Xí nghiệp 7, báo cáo tiến độ.",
			want: []string{
				"Cầm Văn Ơn -holds_position-> Giám đốc Nhà máy đường Sơn Dương",
				"Đèo Văn Thắm -holds_position-> Giám đốc Xí nghiệp 7",
			},
		},
		{
			name: "a name numbered with số N, and what follows it in apposition",
			text: "Tin\nBà Lò Thị Dung, Hiệu trưởng Trường Tiểu học số 1 Phong Thổ, và ông Đèo Văn Thắm, Giám đốc Công ty Xây dựng số 4, dự lễ khai giảng.",
			want: []string{
				"Lò Thị Dung -holds_position-> Hiệu trưởng Trường Tiểu học số 1 Phong Thổ",
				"Đèo Văn Thắm -holds_position-> Giám đốc Công ty Xây dựng số 4",
			},
			absent: []string{"person: Phong Thổ"},
		},
		{
			name: "Liên đoàn X: a federation named by what it gathers",
			text: "Tin\nÔng Trịnh Văn Tâm, Phó Chủ tịch Liên đoàn Luật sư Việt Nam, và bà Lò Thị Mến, Chủ tịch Liên đoàn Lao động tỉnh Lạng Sơn, dự hội nghị.",
			want: []string{
				"organization: Liên đoàn Luật sư Việt Nam",
				"Trịnh Văn Tâm -holds_position-> Phó Chủ tịch Liên đoàn Luật sư Việt Nam",
				"Lò Thị Mến -holds_position-> Chủ tịch Liên đoàn Lao động tỉnh Lạng Sơn",
			},
		},
		{
			name: "court and procuracy acronyms with their places",
			text: "Tin\nNgày 12/5/2022, TAND tỉnh Bắc Giang xét xử vụ án. VKSND huyện Yên Dũng đã truy tố bị can. Viện KSND thành phố Hải Phòng kháng nghị.",
			want: []string{
				"organization: TAND tỉnh Bắc Giang",
				"organization: VKSND huyện Yên Dũng",
				"organization: Viện KSND thành phố Hải Phòng",
			},
		},
		{
			name: "a high court is named by its seat, which is no place of it",
			text: "Tin\nNgày 8/3/2023, TAND cấp cao tại Đà Nẵng xét xử phúc thẩm. Bị cáo Phan Văn Lợi, nguyên Giám đốc Sở Xây dựng, có mặt.",
			want: []string{
				"organization: TAND cấp cao tại Đà Nẵng",
				"Phan Văn Lợi -holds_position-> Giám đốc Sở Xây dựng (former)",
			},
			absent: []string{
				"organization: Tòa án nhân dân thành phố Đà Nẵng",
				"organization: Sở Xây dựng thành phố Đà Nẵng",
			},
		},
		{
			name: "numbered military units and the posts of their commanders",
			text: "Tin\nĐại tá Hoàng Văn Thạch, Sư đoàn trưởng Sư đoàn 346, dự hội nghị ngày 4/1/2023. Thiếu tá Nông Văn Tuyến, Đại đội trưởng Đại đội 2, và Thượng tá Lý Văn Quang, Chính ủy Trung đoàn 246, cũng có mặt.",
			want: []string{
				"organization: Sư đoàn 346",
				"organization: Đại đội 2",
				"organization: Trung đoàn 246",
				"Hoàng Văn Thạch -holds_position-> Sư đoàn trưởng Sư đoàn 346",
				"Nông Văn Tuyến -holds_position-> Đại đội trưởng Đại đội 2",
				"Lý Văn Quang -holds_position-> Chính ủy Trung đoàn 246",
			},
		},
		{
			name: "a unit number in lower case, a command of a military region, a border post",
			text: "Tin\nLực lượng của quân khu 3 và Bộ Tư lệnh Quân khu 1 phối hợp với Đồn Biên phòng Bản Giới (Bộ đội Biên phòng tỉnh Cao Bằng) tuần tra ngày 2/6/2022.",
			want: []string{
				"organization: Quân khu 3",
				"organization: Bộ Tư lệnh Quân khu 1",
				"organization: Đồn Biên phòng Bản Giới",
				"organization: Bộ đội Biên phòng tỉnh Cao Bằng",
			},
		},
		{
			name: "a unit named by its arm and a number",
			text: "Tin\nNgày 2/6/2022, Trung tá Lò Văn Sáng, Tiểu đoàn trưởng Tiểu đoàn Cảnh sát cơ động số 2, dự lễ.",
			want: []string{"Lò Văn Sáng -holds_position-> Tiểu đoàn trưởng Tiểu đoàn Cảnh sát cơ động số 2"},
		},
		{
			name:   "a number that starts a date or a count is no unit's",
			text:   "Tin\nSư đoàn 3/2 là tên cũ. Đại đội 1.200 người.",
			absent: []string{"organization: Sư đoàn 3", "organization: Đại đội 1"},
		},
		{
			name: "diplomatic missions of a country at a seat, as organizers",
			text: "Tin\nTối 12/9/2023, Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng tổ chức lễ kỷ niệm. Đại sứ quán Việt Nam tại Lào cũng gửi lời chúc mừng. Đại sứ Lào tại Việt Nam Khamphao Ernthavanh dự.",
			want: []string{
				"organization: Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng",
				"organization: Đại sứ quán Việt Nam tại Lào",
				"Khamphao Ernthavanh -holds_position-> Đại sứ Lào tại Việt Nam",
			},
			absent: []string{"organization: Đại sứ quán Việt Nam"},
		},
		{
			name:   "a mission of no country is none",
			text:   "Tin\nĐại sứ quán cho biết sẽ hỗ trợ công dân ngày 3/3/2022.",
			absent: []string{"organization: Đại sứ quán"},
		},
		{
			name: "a foreign body's office named by its seat; an airline",
			text: "Tin\nÔng Trần Quốc Hưng, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Hà Nội, và bà Phạm Thu Trang, Phó Tổng giám đốc Hãng hàng không Sao Việt, dự lễ ký kết ngày 5/5/2023.",
			want: []string{
				"organization: Hiệp hội Doanh nghiệp Hàn Quốc tại Hà Nội",
				"organization: Hãng hàng không Sao Việt",
				"Trần Quốc Hưng -holds_position-> Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Hà Nội",
				"Phạm Thu Trang -holds_position-> Phó Tổng Giám đốc Hãng hàng không Sao Việt",
			},
		},
		{
			name: "a name ends before the head's term and before a verb",
			text: "Tin\nÔng Đỗ Minh Tuấn, Hiệu trưởng Trường ĐH Thái Nguyên nhiệm kỳ 2021-2026, phát biểu ngày 6/9/2022. Bộ Giao thông vận tải khảo sát tuyến đường. Trường THPT Nguyễn Trãi giành giải nhì.",
			want: []string{
				"organization: Trường ĐH Thái Nguyên",
				"organization: Bộ Giao thông vận tải",
				"organization: Trường THPT Nguyễn Trãi",
				"Đỗ Minh Tuấn -holds_position-> Hiệu trưởng Trường ĐH Thái Nguyên",
			},
			absent: []string{
				"organization: Trường ĐH Thái Nguyên nhiệm kỳ",
				"organization: Bộ Giao thông vận tải khảo sát",
				"organization: Trường THPT Nguyễn Trãi giành giải",
			},
		},
		{
			name: "a link line to other articles names nothing of this one",
			text: "Tin\nÔng Lê Văn An, Giám đốc Sở Y tế tỉnh Bắc Ninh, phát biểu ngày 2/3/2022.\n\nXem thêm: Bệnh viện Đa khoa Hà Nam giành giải nhất\n\nTin liên quan: Sở Giáo dục tỉnh Nam Định khai giảng",
			want: []string{"organization: Sở Y tế tỉnh Bắc Ninh"},
			absent: []string{
				"organization: Bệnh viện Đa khoa Hà Nam",
				"organization: Sở Giáo dục tỉnh Nam Định",
			},
		},
		{
			name: "a lower-case name reads on to its place, through của and và",
			text: "Tin\nBà Vũ Thị Hạnh, Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Phú Thọ, và ông Ngô Văn Tài, Chủ tịch Hội Những người bạn của người cao tuổi huyện Yên Lập, dự lễ ngày 9/2/2023.",
			want: []string{
				"organization: Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Phú Thọ",
				"organization: Hội Những người bạn của người cao tuổi huyện Yên Lập",
				"Vũ Thị Hạnh -holds_position-> Chủ tịch Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Phú Thọ",
			},
			absent: []string{"organization: Hội Những người bạn"},
		},
		{
			name: "a long lower-case name before a bare province and a verb",
			text: "Tin\nNgày 20/9/2023, ông Mai Văn Hải, Phó Chủ tịch UBND tỉnh Quảng Bình, Trưởng Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh yêu cầu các địa phương sơ tán dân.",
			want: []string{
				"organization: Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình",
				"Mai Văn Hải -holds_position-> Trưởng Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn tỉnh Quảng Bình",
			},
		},
		{
			name:   "a comma inside a name of prevention and control; xã hội is no commune",
			text:   "Tin\nÔng Lại Văn Tùng, Chi cục trưởng Chi cục Phòng, chống tệ nạn xã hội tỉnh Ninh Bình, phát biểu ngày 4/4/2022.",
			want:   []string{"organization: Chi cục Phòng, chống tệ nạn xã hội tỉnh Ninh Bình"},
			absent: []string{"organization: Chi cục Phòng"},
		},
		{
			name: "two departments joined by và share the place after the second",
			text: "Tin\nNgày 7/7/2022, Sở Tư pháp và Sở Xây dựng tỉnh Hà Nam tổ chức hội nghị.",
			want: []string{
				"organization: Sở Tư pháp tỉnh Hà Nam",
				"organization: Sở Xây dựng tỉnh Hà Nam",
			},
			absent: []string{"organization: Sở Tư pháp và Sở Xây dựng tỉnh Hà Nam"},
		},
		{
			name:   "a list of bodies in lower case is no name",
			text:   "Tin\nNgày 7/7/2022, Sở Y tế, bệnh viện tỉnh và các trạm y tế tỉnh Hà Nam phối hợp.",
			absent: []string{"organization: Sở Y tế, bệnh viện tỉnh Hà Nam"},
		},
		{
			name: "a title fused with its organization's name and a bare province",
			text: "Tin\nNgày 5/5/2023, đoàn công tác của tỉnh Hà Giang làm việc tại xã Lũng Cú. Cùng đi có ông Sùng Mí Vần, Trưởng ban Dân tộc tỉnh.",
			want: []string{
				"organization: Ban Dân tộc tỉnh Hà Giang",
				"Sùng Mí Vần -holds_position-> Trưởng Ban Dân tộc tỉnh Hà Giang",
			},
		},
		{
			name:   "a foreign minister's ministry keeps its country",
			text:   "Tin\nNgày 3/4/2023, Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko thăm Hà Nội.",
			want:   []string{"Kamikawa Yoko -holds_position-> Bộ trưởng Bộ Ngoại giao Nhật Bản"},
			absent: []string{"Kamikawa Yoko -holds_position-> Bộ trưởng Bộ Ngoại giao"},
		},
		{
			name: "a bank's branch after its short name and a dash, then by the short name",
			text: "Tin\nNgày 4/1/2024, Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh Quảng Bình trao 10 căn nhà. Dự lễ có ông Hồ Văn Lâm, Giám đốc Vietcombank Chi nhánh Quảng Bình.",
			want: []string{
				"organization: Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh Quảng Bình",
				"Hồ Văn Lâm -holds_position-> Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh Quảng Bình",
				"Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank) - Chi nhánh Quảng Bình -part_of-> Ngân hàng TMCP Ngoại thương Việt Nam",
			},
			absent: []string{"Hồ Văn Lâm -holds_position-> Giám đốc Ngân hàng TMCP Ngoại thương Việt Nam"},
		},
		{
			name: "a brand's branch in lower case; a bank's branch after its acronym",
			text: "Tin\nÔng Đặng Quốc Bảo, Giám đốc Sacombank chi nhánh Hóc Môn, dự lễ ngày 2/2/2022. Ngân hàng BIDV chi nhánh Bắc Giang cũng trao quà.",
			want: []string{
				"organization: Sacombank chi nhánh Hóc Môn",
				"Đặng Quốc Bảo -holds_position-> Giám đốc Sacombank chi nhánh Hóc Môn",
				"organization: Ngân hàng BIDV chi nhánh Bắc Giang",
			},
			absent: []string{"organization: Ngân hàng BIDV chi nhánh"},
		},
		{
			name: "a unit under a department is named by its own words",
			text: "Tin\nBà Đào Thị Hoa, Phó Chi cục trưởng Chi cục Chăn nuôi và Thú y thuộc Sở NN&PTNT tỉnh Hải Dương, dự lễ ngày 3/5/2021.",
			want: []string{
				"organization: Chi cục Chăn nuôi và Thú y tỉnh Hải Dương",
				"Chi cục Chăn nuôi và Thú y tỉnh Hải Dương -part_of-> Sở NN&PTNT tỉnh Hải Dương",
			},
			absent: []string{"organization: Chi cục Chăn nuôi và Thú y thuộc Sở NN&PTNT tỉnh Hải Dương"},
		},
		{
			name: "another country's party and its central committee",
			text: "Tin\nChiều 5/6/2023, ông Trần Quốc Cường, Bí thư Tỉnh ủy Điện Biên, tiếp ông Bun Thong Chít-ma-ni, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào. Ông Carlos Díaz, Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Cuba, cũng dự.",
			want: []string{
				"organization: Đảng Nhân dân Cách mạng Lào",
				"organization: Đảng Cộng sản Cuba",
				"organization: Ban Chấp hành Trung ương Đảng Cộng sản Cuba",
				"Carlos Díaz -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng Cộng sản Cuba",
				"Bun Thong Chít-ma-ni -holds_position-> Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào",
			},
			absent: []string{
				"Carlos Díaz -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Bun Thong Chít-ma-ni -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
			},
		},
		{
			name: "a name after the party word is its member's",
			text: "Tin\nNgày 9/9/2022, Ủy viên Trung ương Đảng Nguyễn Hải Ninh dự hội nghị.",
			want: []string{"Nguyễn Hải Ninh -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng"},
		},
		{
			name:   "another country's province after a locative; its party committee is not the home one",
			text:   "Tin\nĐoàn đại biểu của tỉnh Xiêng Khoảng gồm đại diện Ban Đối ngoại Tỉnh ủy Xiêng Khoảng. Ông Nguyễn Văn Dũng, Phó Bí thư Tỉnh ủy Nghệ An, tiếp đoàn ngày 6/6/2023.",
			want:   []string{"organization: Ban Đối ngoại Tỉnh ủy Xiêng Khoảng"},
			absent: []string{"organization: Ban Đối ngoại Tỉnh ủy Nghệ An"},
		},
		{
			name: "a province after an office of another country is that country's",
			text: "Tin\nNgày 8/5/2023, ông Phon Xay, Phó Tỉnh trưởng tỉnh Luông Nậm Thà, dự hội nghị cùng đại diện Ban Tuyên giáo Tỉnh ủy Luông Nậm Thà.",
			want: []string{
				"Phon Xay -holds_position-> Phó Tỉnh trưởng tỉnh Luông Nậm Thà",
				"organization: Ban Tuyên giáo Tỉnh ủy Luông Nậm Thà",
			},
		},
		{
			name: "a company named after its founder, then after a title",
			text: "Tin\nNgày 3/4/2021, Công ty TNHH Vận tải Hoàng Văn Thụ và HTX Dịch vụ Mai Anh Tuấn ký kết hợp tác. Ông Lê Văn Tám, Giám đốc Công ty TNHH Vận tải Hoàng Văn Thụ, dự lễ.",
			want: []string{
				"organization: Công ty TNHH Vận tải Hoàng Văn Thụ",
				"organization: HTX Dịch vụ Mai Anh Tuấn",
				"Lê Văn Tám -holds_position-> Giám đốc Công ty TNHH Vận tải Hoàng Văn Thụ",
			},
			absent: []string{"person: Hoàng Văn Thụ", "person: Mai Anh Tuấn"},
		},
		{
			name: "after a title, a person's name after a company is its holder's",
			text: "Tin\nNgày 3/4/2021, Giám đốc Công ty CP Sông Hồng Nguyễn Văn Hải phát biểu.",
			want: []string{"Nguyễn Văn Hải -holds_position-> Giám đốc Công ty CP Sông Hồng"},
		},
		{
			name: "a brand named with a suffix, before its chairman's name",
			text: "Tin\nNgày 16/4/2022, Chủ tịch KLV Group Phạm Minh Khoa giới thiệu dự án. Ông Lê Văn An, Tổng Giám đốc Sun Group, cùng dự.",
			want: []string{
				"organization: KLV Group",
				"organization: Sun Group",
				"Phạm Minh Khoa -holds_position-> Chủ tịch KLV Group",
				"Lê Văn An -holds_position-> Tổng Giám đốc Sun Group",
			},
			absent: []string{"organization: Group", "person: KLV Group Phạm Minh Khoa"},
		},
		{
			name:   "a capitalized function word is no brand's",
			text:   "Tin\nNgày 3/3/2022, dự án khởi công. Với Sun Group, đây là dự án lớn.",
			want:   []string{"organization: Sun Group"},
			absent: []string{"organization: Với Sun Group"},
		},
		{
			name: "lower-case kinds in running text, before a place or a capitalized name",
			text: "Tin\nNgày 3/4/2021, công an huyện Yên Thế phối hợp với công an xã Đồng Tâm bắt giữ đối tượng. Nạn nhân được đưa tới bệnh viện tuyến trên, rồi chuyển về bệnh viện đa khoa khu vực Mỹ Đức. Tòa án nhân dân huyện Lục Nam sẽ xét xử.",
			want: []string{
				"organization: Công an huyện Yên Thế",
				"organization: Công an xã Đồng Tâm",
				"organization: Bệnh viện đa khoa khu vực Mỹ Đức",
				"organization: Tòa án nhân dân huyện Lục Nam",
			},
		},
		{
			name:   "a lower-case kind with no place or name is no organization",
			text:   "Tin\nNgày 3/4/2021, lực lượng công an huyện phối hợp bắt giữ đối tượng. Nạn nhân được đưa tới bệnh viện tuyến trên.",
			absent: []string{"organization: công an huyện", "organization: bệnh viện tuyến trên"},
		},
		{
			name: "an association of several districts named together",
			text: "Tin\nÔng Hà Văn Quý, Chủ tịch Hội Cựu chiến binh liên huyện Hữu Lũng - Chi Lăng - Văn Quan, dự lễ ngày 3/4/2021.",
			want: []string{
				"organization: Hội Cựu chiến binh liên huyện Hữu Lũng - Chi Lăng - Văn Quan",
				"Hà Văn Quý -holds_position-> Chủ tịch Hội Cựu chiến binh liên huyện Hữu Lũng - Chi Lăng - Văn Quan",
			},
			absent: []string{"person: Văn Quan"},
		},
		{
			name: "a branch named by several capitalized words, before its director's name",
			text: "Tin\nNgày 2/2/2022, Giám đốc Sacombank chi nhánh Bắc Ninh Thành Trần Văn Lộc trao quà.",
			want: []string{"Trần Văn Lộc -holds_position-> Giám đốc Sacombank chi nhánh Bắc Ninh Thành"},
		},
		{
			name:   "a border post's name ends before the verb of an arrest",
			text:   "Tin\nNgày 17/1/2023, Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai bắt quả tang hai đối tượng.",
			want:   []string{"organization: Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai"},
			absent: []string{"organization: Đồn Biên phòng Cửa khẩu Quốc tế Lào Cai bắt quả tang hai"},
		},
		{
			name: "the rest of a capitalized word is no word of a lower-case run",
			text: "Tin\nNgày 2/6/2024, Công ty CP Phát triển hạ tầng kỹ thuật Tây Ninh khởi công dự án.",
			want: []string{"organization: Công ty CP Phát triển hạ tầng kỹ thuật Tây Ninh"},
		},
		{
			name:   "a person's name after a title word is no organization's name",
			text:   "Tin\nBằng khen được trao theo quyết định do Phó Thủ tướng Thường trực Trương Hòa Bình ký ngày 3/3/2020.",
			want:   []string{"Trương Hòa Bình -holds_position-> Phó Thủ tướng Thường trực Chính phủ"},
			absent: []string{"organization: Thường trực Trương Hòa Bình ký"},
		},
		{
			name:   "two bodies joined by và, the second a head of two words",
			text:   "Tin\nNgày 5/5/2022, Chủ tịch UBND tỉnh đề nghị Đoàn Thanh niên và Công đoàn phát động phong trào.",
			absent: []string{"organization: Đoàn Thanh niên và Công đoàn"},
		},
		{
			name:   "a name ends before a verb of appraisal",
			text:   "Tin\nNgày 5/5/2022, Trưởng Ban Tổ chức Trung ương nhận xét ông Hoàng Văn Nam có nhiều kinh nghiệm.",
			absent: []string{"organization: Ban Tổ chức Trung ương nhận xét"},
		},
		{
			name:   "a brand's short name of two words in parentheses names the company later",
			text:   "Tin\nNgày 2/3/2024, Tổng Công ty Đầu tư và Phát triển công nghiệp (Becamex IDC) khởi công dự án. Ông Trần Văn Nam, Chủ tịch HĐQT Becamex IDC, phát biểu.",
			want:   []string{"Trần Văn Nam -holds_position-> Chủ tịch Hội đồng quản trị Tổng Công ty Đầu tư và Phát triển công nghiệp"},
			absent: []string{"organization: HĐQT Becamex IDC"},
		},
		{
			name: "a company's legal form written out in lower case",
			text: "Tin\nNgày 2/3/2024, Công ty cổ phần Xây dựng Hòa Bình khởi công dự án.",
			want: []string{"organization: Công ty cổ phần Xây dựng Hòa Bình"},
		},
		{
			name: "a friendship association named by a pair of countries, in either case",
			text: "Tin\nBà Trần Thị Lụa, Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Hải Dương, dự lễ ngày 3/3/2023. Hội Hữu nghị Việt Nam – Campuchia tỉnh An Giang cũng tham gia.",
			want: []string{
				"organization: Hội hữu nghị Việt Nam - Nhật Bản tỉnh Hải Dương",
				"organization: Hội Hữu nghị Việt Nam - Campuchia tỉnh An Giang",
				"Trần Thị Lụa -holds_position-> Chủ tịch Hội hữu nghị Việt Nam - Nhật Bản tỉnh Hải Dương",
			},
		},
		{
			name: "well-known bodies named by their short names alone",
			text: "Tin\nNgày 3/3/2023, Viettel và VNPT ký kết thỏa thuận với UNICEF. Đại diện Liên hợp quốc dự.",
			want: []string{
				"organization: Viettel",
				"organization: VNPT",
				"organization: UNICEF",
				"organization: Liên hợp quốc",
			},
		},
		{
			name: "a comma after a name of two words or more ends it: a list follows",
			text: "Tin\nNgày 3/3/2022, lãnh đạo Sở Y tế, cán bộ y tế tỉnh Bắc Giang dự hội nghị. Trung tâm Y tế, trạm y tế xã Tân Lập phối hợp.",
			absent: []string{
				"organization: Sở Y tế, cán bộ y tế tỉnh Bắc Giang",
				"organization: Trung tâm Y tế, trạm y tế xã Tân Lập",
			},
		},
		{
			name: "a long name of prevention and search reads on to its province",
			text: "Tin\nNgày 3/3/2022, Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Bắc Giang họp.",
			want: []string{"organization: Ban Chỉ huy Phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh Bắc Giang"},
		},
		{
			name: "an acronym of the topic of a name in parentheses is no short name of the body",
			text: "Tin\nNgày 3/3/2023, ông Lê Văn Hà, Trưởng Ban Chỉ đạo quốc gia về phòng, chống thiên tai (PCTT), chủ trì hội nghị. Ông Trần Văn Nam, Cục trưởng Cục Quản lý đê điều và PCTT, báo cáo.",
			want: []string{
				"organization: Ban Chỉ đạo quốc gia về phòng, chống thiên tai",
				"Trần Văn Nam -holds_position-> Cục trưởng Cục Quản lý đê điều và PCTT",
			},
			absent: []string{"organization: Cục Quản lý đê điều"},
		},
		{
			name: "an acronym of the body's own is its short name",
			text: "Tin\nNgày 3/3/2023, Tổng công ty Đường sắt Việt Nam (VNR) ban hành văn bản. Ông Trần Văn Nam, Phó Tổng Giám đốc VNR, cho biết.",
			want: []string{"Trần Văn Nam -holds_position-> Phó Tổng Giám đốc Tổng công ty Đường sắt Việt Nam"},
		},
		{
			name: "a task force of a body, or of a place",
			text: "Tin\nNgày 3/3/2021, Tổ công tác đặc biệt của Chính phủ làm việc với tỉnh Cà Mau. Tổ công tác liên ngành tỉnh Bắc Giang họp.",
			want: []string{
				"organization: Tổ công tác đặc biệt của Chính phủ",
				"organization: Tổ công tác liên ngành tỉnh Bắc Giang",
			},
		},
		{
			name: "a branch named by a province serves it: the province fills a bare level",
			text: "Tin\nNgày 18/12/2023, Ngân hàng TMCP Bắc Á - Chi nhánh Nghệ An trao nhà. Đại diện UBND tỉnh cảm ơn.",
			want: []string{
				"organization: Ngân hàng TMCP Bắc Á - Chi nhánh Nghệ An",
				"organization: UBND tỉnh Nghệ An",
			},
		},
		{
			name: "a name ends before the verbs of directing and informing",
			text: "Tin\nNgày 3/3/2022, Sở Y tế chỉ đạo các bệnh viện. Cục Quản lý thị trường thông tin về vụ việc. Sở Giáo dục hướng dẫn học sinh.",
			absent: []string{
				"organization: Sở Y tế chỉ đạo",
				"organization: Cục Quản lý thị trường thông tin",
				"organization: Sở Giáo dục hướng dẫn học sinh",
			},
		},
		{
			name: "a national committee under its short written form",
			text: "Tin\nNgày 10/5/2024, ông Lê Văn An, Phó Chủ tịch Thường trực Ủy ban quốc gia Ứng phó sự cố, thiên tai và TKCN, phát biểu.",
			want: []string{"Lê Văn An -holds_position-> Phó Chủ tịch Thường trực Ủy ban quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn"},
		},
		{
			name: "a company named after a person, in a title after its holder's name",
			text: "Tin\nÔng Lương Văn Tâm, Chủ tịch HĐQT Công ty cổ phần Tập đoàn Đèo Cả phát biểu ngày 3/3/2023. Dự có Bí thư Tỉnh ủy Bắc Giang Lê Văn An, Giám đốc Công ty CP Sông Hồng Nguyễn Văn Hải.",
			want: []string{
				"Lương Văn Tâm -holds_position-> Chủ tịch Hội đồng quản trị Công ty cổ phần Tập đoàn Đèo Cả",
				"Nguyễn Văn Hải -holds_position-> Giám đốc Công ty CP Sông Hồng",
			},
			absent: []string{"person: Đèo Cả"},
		},
		{
			name: "a party committee written alone before another body shares its organization",
			text: "Tin\nNgày 3/3/2021, Thiếu tướng Lê Văn Hà đề nghị Đảng ủy, Ban Giám đốc Công an tỉnh Bắc Giang tiếp tục kiện toàn bộ máy. Đảng ủy và Bộ Tư lệnh Quân khu 2 tổ chức hội nghị.",
			want: []string{
				"organization: Đảng ủy Công an tỉnh Bắc Giang",
				"organization: Đảng ủy Quân khu 2",
			},
		},
	})
}

// TestOrgRulesTruncated runs the organization grammar on sentences cut
// where its readers look ahead, so that none reads past a sentence's end.
func TestOrgRulesTruncated(t *testing.T) {
	for _, text := range []string{
		"Tin\nNgân hàng TMCP Á Châu (ACB) -",
		"Tin\nNgân hàng TMCP Á Châu (ACB",
		"Tin\nAgribank chi nhánh",
		"Tin\nVietinBank Chi",
		"Tin\nĐại sứ quán Đức tại",
		"Tin\nHiệp hội Doanh nghiệp Áo tại",
		"Tin\nHội Cựu chiến binh liên huyện Hữu Lũng -",
		"Tin\nSư đoàn",
		"Tin\nsư đoàn 3",
		"Tin\nĐảng ủy,",
		"Tin\nĐảng ủy và",
		"Tin\nTrưởng ban",
		"Tin\nỦy viên Trung ương Đảng Cộng sản",
		"Tin\nChi cục Phòng,",
		"Tin\nHội Những người bạn của",
		"Tin\nBan Chỉ đạo phòng chống thiên tai và",
		"Tin\ncông an huyện",
		"Tin\nbệnh viện đa khoa",
		"Tin\nKLV Group",
		"Tin\nHội hữu nghị Việt Nam -",
		"Tin\nÔng A Bun, Chủ tịch Công ty CP Đèo",
		"Tin\ncủa tỉnh Hủa",
		"Tin\nPhó Tỉnh trưởng tỉnh",
		"Tin\nChi cục Thủy lợi thuộc",
		"Tin\nChi cục Thủy lợi trực",
		"Tin\n(PCTT)",
	} {
		extractText(t, text) // must not panic
	}
}

// TestOrgsOfRealReports checks organizations as real reports write them:
// an association's central body ("Trung ương Hội X", not the Party's), the
// board formed for an event ("Ban Tổ chức lễ hội"), a unit's number before
// a full stop, a venue named for two kinds of event, and a member school
// of a regional university.
func TestOrgsOfRealReports(t *testing.T) {
	tests := []ruleCase{
		{
			name: "companies named after a route between places, or a brand and its region",
			text: "Tin\nSáng 3/3, tỉnh Bình Phước khởi công cao tốc. Dự có ông Trần Văn Nam, Chủ tịch Công ty CP Đầu tư cao tốc TP.HCM - Thủ Dầu Một - Chơn Thành, và ông Lê Minh Hải, Tổng Giám đốc Công ty CP Xây dựng Sài Gòn - Bình Phước.",
			want: []string{
				"Trần Văn Nam -holds_position-> Chủ tịch Công ty CP Đầu tư cao tốc TP.HCM - Thủ Dầu Một - Chơn Thành",
				"Lê Minh Hải -holds_position-> Tổng Giám đốc Công ty CP Xây dựng Sài Gòn - Bình Phước",
			},
		},
		{
			name: "a company named by a number, its legal form after a dash",
			text: "Tin\nSáng 3/3, tỉnh Long An khởi công cầu. Dự có ông Lê Quang Vinh, Tổng Giám đốc Tổng Công ty Xây dựng công trình giao thông 5 - CTCP, và ông Đỗ Văn Tâm, Giám đốc Công ty 319.",
			want: []string{
				"Lê Quang Vinh -holds_position-> Tổng Giám đốc Tổng Công ty Xây dựng công trình giao thông 5 - CTCP",
				"Đỗ Văn Tâm -holds_position-> Giám đốc Công ty 319",
			},
		},
		{
			name:   "a company in lower case takes no count as its number",
			text:   "Tin\nSáng 3/3, ông Trần Văn Nam, Giám đốc công ty 2 năm liền được khen, dự hội nghị của UBND tỉnh Long An. Có 15 Công ty 100% vốn nước ngoài.",
			absent: []string{"Trần Văn Nam -holds_position-> Giám đốc Công ty 2", "organization: Công ty 2", "organization: Công ty 100"},
		},
		{
			name: "faculties of a university: Khoa, after Trưởng khoa or not; Khoa học starts a faculty's name",
			text: "Tin\nSáng 3/3, Trường Đại học Kinh tế quốc dân tổ chức hội thảo. Dự có PGS.TS Đinh Đức Trường – Trưởng khoa Khoa Môi trường; TS Lê Văn Hùng, Phó Trưởng khoa Luật, và GS Somchai Prasert, Trưởng khoa Khoa học Xã hội và Nhân văn, Đại học Khon Kaen. Bà Hà Thị Lan, Giám đốc Sở Khoa học và Công nghệ tỉnh Bắc Ninh, phát biểu.",
			want: []string{
				"Đinh Đức Trường -holds_position-> Trưởng Khoa Môi trường",
				"Lê Văn Hùng -holds_position-> Phó Trưởng Khoa Luật",
				"Somchai Prasert -holds_position-> Trưởng Khoa Khoa học Xã hội và Nhân văn, Đại học Khon Kaen",
				"Hà Thị Lan -holds_position-> Giám đốc Sở Khoa học và Công nghệ tỉnh Bắc Ninh",
			},
			absent: []string{"person: Khoa Môi"},
		},
		{
			name: "the Party organization of a province's agencies, whose congress it holds",
			text: "Tin\nSáng 3/3/2025, Đảng bộ Khối các cơ quan tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ VIII. Ông Lê Văn An, Bí thư Đảng ủy Khối các cơ quan tỉnh, phát biểu.",
			want: []string{
				"event: Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh Lạng Sơn lần thứ VIII [2025-03-03]",
				"Đảng bộ Khối các cơ quan tỉnh Lạng Sơn -organized-> Đại hội đại biểu Đảng bộ Khối các cơ quan tỉnh Lạng Sơn lần thứ VIII",
				"Lê Văn An -holds_position-> Bí thư Đảng ủy Khối các cơ quan tỉnh Lạng Sơn",
			},
			absent: []string{"organization: Đảng bộ Khối"},
		},
		{
			name: "a national association's chapter of a province, named with the country; the SMEs' association",
			text: "Tin\nSáng 3/3/2025, anh Lê Văn An, Chủ tịch Hội LHTN Việt Nam tỉnh Đắk Nông, ông Hồ Văn Ba, Chủ tịch Hội Luật gia Việt Nam tỉnh Đắk Nông, và ông Trần Văn Bình, Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam, dự hội nghị.",
			want: []string{
				"Lê Văn An -holds_position-> Chủ tịch Hội LHTN Việt Nam tỉnh Đắk Nông",
				"Hồ Văn Ba -holds_position-> Chủ tịch Hội Luật gia Việt Nam tỉnh Đắk Nông",
				"Trần Văn Bình -holds_position-> Chủ tịch Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam",
			},
			absent: []string{"Hồ Văn Ba -holds_position-> Chủ tịch Hội Luật gia Việt Nam"},
		},
		{
			name: "an acronym of a name's words between the name and its place",
			text: "Tin\nSáng 3/3/2025, Hội Doanh nghiệp (DN) TP. Phổ Yên tổ chức hội nghị. Ông Lê Văn Tư, Chủ tịch Hội Doanh nghiệp (DN) TP. Phổ Yên phát biểu.",
			want: []string{
				"Lê Văn Tư -holds_position-> Chủ tịch Hội Doanh nghiệp TP. Phổ Yên",
				"Hội Doanh nghiệp TP. Phổ Yên -organized-> Hội nghị",
			},
			absent: []string{"organization: Hội Doanh nghiệp"},
		},
		{
			name: "the Party organizations of the police and the army, national bodies",
			text: "Tin\nSáng 3/3/2025, Đảng bộ Công an Trung ương tổ chức Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VIII. Đại tướng Lương Tam Quang, Bí thư Đảng ủy Công an Trung ương chủ trì.",
			want: []string{
				"event: Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VIII [2025-03-03]",
				"Đảng bộ Công an Trung ương -organized-> Đại hội đại biểu Đảng bộ Công an Trung ương lần thứ VIII",
			},
			absent: []string{"organization: Đảng bộ Công an"},
		},
		{
			name:   "the Front of a province, named with the country",
			text:   "Tin\nSáng 3/5, tỉnh Nghệ An tổ chức hội nghị. Dự có ông Trần Văn Hùng, Phó Chủ tịch Thường trực Mặt trận Tổ quốc Việt Nam tỉnh.",
			want:   []string{"Trần Văn Hùng -holds_position-> Phó Chủ tịch Thường trực Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"},
			absent: []string{"Trần Văn Hùng -holds_position-> Phó Chủ tịch Thường trực Mặt trận Tổ quốc Việt Nam"},
		},
		{
			name: "the councils of the Young Pioneers",
			text: "Tin\nSáng 3/5, Tỉnh đoàn Phú Thọ tổ chức hội nghị. Dự có anh Bùi Quang Huy, Bí thư Trung ương Đoàn, Chủ tịch Hội đồng đội Trung ương, và chị Lê Thị Hà, Chủ tịch Hội đồng đội tỉnh.",
			want: []string{
				"Bùi Quang Huy -holds_position-> Chủ tịch Hội đồng đội Trung ương",
				"Lê Thị Hà -holds_position-> Chủ tịch Hội đồng đội tỉnh Phú Thọ",
			},
		},
		{
			name: "police divisions named by their codes",
			text: "Tin\nDự có Thượng tá Hồ Văn Hải, Phó Trưởng phòng PV11 Công an tỉnh Bình Phước, và Trung tá Lê Văn Tư, Trưởng phòng PC02 Công an tỉnh Bình Phước.",
			want: []string{
				"Hồ Văn Hải -holds_position-> Phó Trưởng Phòng PV11 Công an tỉnh Bình Phước",
				"Lê Văn Tư -holds_position-> Trưởng Phòng PC02 Công an tỉnh Bình Phước",
			},
		},
		{
			name: "two lung hospitals, their names with a lower-case word",
			text: "Tin\nDự có ông Lê Văn Tâm, Giám đốc Bệnh viện Lao và bệnh phổi Pleiku, và bà Trần Thị Bé, Phó Giám đốc Bệnh viện Lao và bệnh phổi Quy Nhơn.",
			want: []string{
				"Lê Văn Tâm -holds_position-> Giám đốc Bệnh viện Lao và bệnh phổi Pleiku",
				"Trần Thị Bé -holds_position-> Phó Giám đốc Bệnh viện Lao và bệnh phổi Quy Nhơn",
			},
		},
		{
			name:   "a delegation of the committees of a province names no place 'Tỉnh'",
			text:   "Tin\nSáng 4/6, Đoàn đại biểu Tỉnh ủy, HĐND, UBND tỉnh Nghệ An do đồng chí Nguyễn Đức Trung dẫn đầu đã vào viếng.",
			want:   []string{"organization: Tỉnh ủy Nghệ An", "organization: HĐND tỉnh Nghệ An"},
			absent: []string{"organization: Đoàn đại biểu Tỉnh Nghệ An"},
		},
		{
			name:   "bodies written bare in a list share the place of the last",
			text:   "Tin\nSáng 12/1, đoàn công tác của tỉnh về thăm huyện Krông Pa. Tiếp đoàn có lãnh đạo Huyện ủy, HĐND, UBND huyện Krông Pa.",
			want:   []string{"organization: HĐND huyện Krông Pa", "organization: UBND huyện Krông Pa"},
			absent: []string{"organization: HĐND"},
		},
		{
			name:   "a mass organization written short is the one spelled out",
			text:   "Tin\nSáng 3/5, Hội Liên hiệp Phụ nữ tỉnh Hà Nam tổ chức hội nghị. Dự có bà Đinh Thị Lụa, Chủ tịch Hội LHPN tỉnh, ông Trần Xuân Dưỡng, Chủ tịch Hội Cựu chiến binh tỉnh Hà Nam, và bà Lê Thị Mơ, Phó Chủ tịch Hội CCB tỉnh.",
			want:   []string{"Đinh Thị Lụa -holds_position-> Chủ tịch Hội Liên hiệp Phụ nữ tỉnh Hà Nam", "Lê Thị Mơ -holds_position-> Phó Chủ tịch Hội Cựu chiến binh tỉnh Hà Nam"},
			absent: []string{"organization: Hội LHPN tỉnh Hà Nam", "organization: Hội CCB tỉnh Hà Nam"},
		},
		{
			name:   "a company's short name after a title that reads like a person's",
			text:   "Tin\n\"Chúng tôi sẽ giữ mức cổ tức\", Chủ tịch Hòa Phát nói. Bà Vũ Thị Hiền, Tổng Giám đốc Hòa Phát cho biết thêm. Ông Lê Văn Hòa phát biểu.",
			want:   []string{"Vũ Thị Hiền -holds_position-> Tổng Giám đốc Hòa Phát", "person: Lê Văn Hòa"},
			absent: []string{"person: Hòa Phát"},
		},
		{
			name: "the National Assembly's committees, written in lower case or with commas, of the Assembly or not",
			text: "Tin\nDự có ông Trịnh Minh Đức, Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội; bà Võ Thị Lan, Phó Chủ nhiệm Ủy ban Quốc phòng và an ninh của Quốc hội; ông Hà Văn Lý, Ủy viên Ủy ban Quốc phòng và An ninh.",
			want: []string{
				"Trịnh Minh Đức -holds_position-> Ủy viên chuyên trách Ủy ban Khoa học, công nghệ và môi trường của Quốc hội",
				"Ủy ban Quốc phòng và an ninh của Quốc hội -part_of-> Quốc hội",
				"Hà Văn Lý -holds_position-> Ủy viên Ủy ban Quốc phòng và an ninh của Quốc hội",
			},
		},
		{
			name:   "an abbreviation that is no level's ends its sentence at its stop",
			text:   "Tin\nSáng 5/9, Sở Giáo dục tỉnh Hà Nam tổ chức hội nghị tổng kết. Dự có ông Trần Văn Bình, Phó Giám đốc BHXH. Phát biểu tại hội nghị, bà Lê Thị Thu, Giám đốc Sở Giáo dục nhấn mạnh nhiệm vụ năm học mới.",
			want:   []string{"Lê Thị Thu -spoke_at-> Hội nghị tổng kết", "Trần Văn Bình -attended-> Hội nghị tổng kết"},
			absent: []string{"Trần Văn Bình -spoke_at-> Hội nghị tổng kết"},
		},
		{
			name:   "the central body of an association, spelled out and abbreviated",
			text:   "Tin\nDự có ông Hoàng Minh Khôi, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam, và bà Lã Thị Vân, Chủ tịch T.Ư Hội Doanh nhân trẻ Việt Nam.",
			want:   []string{"Hoàng Minh Khôi -holds_position-> Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam", "Lã Thị Vân -holds_position-> Chủ tịch T.Ư Hội Doanh nhân trẻ Việt Nam"},
			absent: []string{"Hoàng Minh Khôi -holds_position-> Phó Chủ tịch Ban Chấp hành Trung ương Đảng", "Lã Thị Vân -holds_position-> Chủ tịch Ban Chấp hành Trung ương Đảng"},
		},
		{
			name: "the Party's Central Committee and an association's beside it",
			text: "Tin\nDự có ông Đinh Văn Phúc, Ủy viên Trung ương Đảng, Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam.",
			want: []string{
				"Đinh Văn Phúc -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Đinh Văn Phúc -holds_position-> Chủ tịch Ban Chấp hành Trung ương Hội Nông dân Việt Nam",
			},
			absent: []string{"Đinh Văn Phúc -holds_position-> Chủ tịch Ban Chấp hành Trung ương Đảng"},
		},
		{
			name:   "the organizing board of a festival",
			text:   "Tin\nSáng 3/2, UBND tỉnh Cao Bằng khai mạc lễ hội. Dự có ông Nông Văn Tuấn, Phó Chủ tịch UBND tỉnh, Trưởng Ban Tổ chức lễ hội.",
			want:   []string{"Nông Văn Tuấn -holds_position-> Phó Chủ tịch UBND tỉnh Cao Bằng"},
			absent: []string{"Nông Văn Tuấn -holds_position-> Trưởng Ban Tổ chức Tỉnh ủy Cao Bằng", "organization: Ban Tổ chức Tỉnh ủy Cao Bằng"},
		},
		{
			name: "the party's department, bare before a comma or named with its committee in lower case",
			text: "Tin\nSáng 3/2, UBND tỉnh Cao Bằng khai mạc lễ hội. Dự có ông Nông Văn Tuấn, Trưởng Ban Tổ chức, Phó Bí thư Tỉnh ủy, và bà Lục Thị Hiền, Trưởng Ban Tổ chức huyện ủy Hòa An.",
			want: []string{
				"Nông Văn Tuấn -holds_position-> Trưởng Ban Tổ chức Tỉnh ủy Cao Bằng",
				"Lục Thị Hiền -holds_position-> Trưởng Ban Tổ chức huyện ủy Hòa An",
			},
		},
		{
			name: "the number before the full stop",
			text: "Tin\nDự lễ có Thiếu tướng Vũ Đình Tạo, Phó Tư lệnh Quân khu 2. Đại tá Bế Văn Lực, Chính ủy Sư đoàn 316 phát biểu.",
			want: []string{
				"Vũ Đình Tạo -holds_position-> Phó Tư lệnh Quân khu 2",
				"Bế Văn Lực -holds_position-> Chính ủy Sư đoàn 316",
			},
		},
		{
			name:   "a conference and exhibition centre",
			text:   "Tin\nSáng 9/6, tại Trung tâm Hội nghị và Triển lãm tỉnh, UBND tỉnh Quảng Ninh tổ chức Diễn đàn hợp tác kinh tế. Dự có ông Đặng Xuân Phúc, Phó Chủ tịch UBND tỉnh.",
			want:   []string{"organization: Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ninh", "Đặng Xuân Phúc -attended-> Diễn đàn hợp tác kinh tế"},
			absent: []string{"event: Triển lãm tỉnh [--06-09]"},
		},
		{
			name: "the university after the comma is the school's parent",
			text: "Tin\nDự lễ có PGS.TS Hồ Văn Nam, Hiệu trưởng Trường Đại học Sư phạm, Đại học Thái Nguyên.",
			want: []string{
				"Hồ Văn Nam -holds_position-> Hiệu trưởng Trường Đại học Sư phạm, Đại học Thái Nguyên",
				"Trường Đại học Sư phạm, Đại học Thái Nguyên -part_of-> Đại học Thái Nguyên",
			},
		},
		{
			name: "a company named by its short name alone after a title",
			text: "Tin\nLễ ký kết diễn ra sáng 12/3.\nVề phía chủ đầu tư có ông Lê Quang Hưng – Chủ tịch HĐQT PVGAS3, ông Đỗ Minh Khoa – Thành viên HĐQT kiêm Tổng giám đốc PVGAS3 và bà Trịnh Thu Hà, Phó Tổng Giám đốc SeABank.",
			want: []string{
				"Lê Quang Hưng -holds_position-> Chủ tịch Hội đồng quản trị PVGAS3",
				"Đỗ Minh Khoa -holds_position-> Thành viên Hội đồng quản trị PVGAS3",
				"Đỗ Minh Khoa -holds_position-> Tổng Giám đốc PVGAS3",
				"Trịnh Thu Hà -holds_position-> Phó Tổng Giám đốc SeABank",
				"organization: PVGAS3",
			},
		},
		{
			name: "the short name before its holder, and a foreign name in capitals",
			text: "Tin\nHội thảo diễn ra tại Hà Nội.\nTổng Giám đốc MBV Phạm Thu Trang cho biết ngân hàng sẽ mở rộng mạng lưới. Chủ tịch KIMURA Takeshi phát biểu.",
			want: []string{
				"Phạm Thu Trang -holds_position-> Tổng Giám đốc MBV",
			},
			absent: []string{"organization: KIMURA"},
		},
		{
			name: "a department's name ends before what its head does at question time",
			text: "Tin\nKỳ họp thứ 9 HĐND tỉnh Cao Bằng diễn ra sáng 10/7.\nÔng Nông Văn Hiếu - Giám đốc Sở Nông nghiệp và Phát triển nông thôn trả lời chất vấn của cử tri. Cán bộ Sở Văn hóa và Thể thao đoàn kết, hoàn thành nhiệm vụ. Bà Lục Thị Nga, Giám đốc Sở Lao động - Thương binh và Xã hội giải trình thêm.",
			want: []string{
				"Nông Văn Hiếu -holds_position-> Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng",
				"Lục Thị Nga -holds_position-> Giám đốc Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng",
				"organization: Sở Văn hóa và Thể thao tỉnh Cao Bằng",
				"Nông Văn Hiếu -spoke_at-> Kỳ họp thứ 9 HĐND tỉnh Cao Bằng",
				"Lục Thị Nga -spoke_at-> Kỳ họp thứ 9 HĐND tỉnh Cao Bằng",
			},
		},
		{
			name: "a hospital named Trung ương is no Party body",
			text: "Tin\nSáng 27/2, Bệnh viện Trung ương Thái Nguyên tổ chức lễ kỷ niệm Ngày Thầy thuốc Việt Nam.\nDự có ông Lê Quang Khải, Giám đốc Bệnh viện Trung ương Huế. Giám đốc Bệnh viện Trung ương Thái Nguyên Hoàng Văn Đạt phát biểu.",
			want: []string{
				"Lê Quang Khải -holds_position-> Giám đốc Bệnh viện Trung ương Huế",
				"Hoàng Văn Đạt -holds_position-> Giám đốc Bệnh viện Trung ương Thái Nguyên",
				"organization: Bệnh viện Trung ương Thái Nguyên",
			},
			absent: []string{"organization: Ban Chấp hành Trung ương Đảng"},
		},
		{
			name:   "a name of two syllables before a holder whose family name is a given name too",
			text:   "Tin\nHội nghị diễn ra sáng 3/3.\nGiám đốc Bệnh viện Bạch Mai Đào Văn Thắng phát biểu tại hội nghị.",
			want:   []string{"Đào Văn Thắng -holds_position-> Giám đốc Bệnh viện Bạch Mai"},
			absent: []string{"person: Mai Đào Văn Thắng"},
		},
		{
			name: "a unit numbered in Roman numerals, before the verb of a delegation",
			text: "Tin\nLễ viếng diễn ra sáng 2/6.\nĐoàn do Trung tướng Nguyễn Văn Hùng, Tư lệnh Quân khu VII dẫn đầu đến viếng. Đoàn do Thiếu tướng Lê Văn Tâm, Chính ủy Sư đoàn 375 dẫn đầu cũng đến. Đoàn do bà Hà Thị Lan, Giám đốc Sở Y tế tỉnh Lai Châu dẫn đầu và đoàn do ông Lò Văn Pó, Giám đốc Sở Nội vụ dẫn đầu đến sau.",
			want: []string{
				"Hà Thị Lan -holds_position-> Giám đốc Sở Y tế tỉnh Lai Châu",
				"Lò Văn Pó -holds_position-> Giám đốc Sở Nội vụ tỉnh Lai Châu",
				"Nguyễn Văn Hùng -holds_position-> Tư lệnh Quân khu VII",
				"Lê Văn Tâm -holds_position-> Chính ủy Sư đoàn 375",
			},
		},
		{
			name:   "a board named by what it manages, after các",
			text:   "Tin\nHội nghị diễn ra sáng 3/3.\nÔng Võ Văn Thành, Trưởng Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh phát biểu. Đại diện Ban Tuyên giáo các Huyện ủy cũng dự.",
			want:   []string{"Võ Văn Thành -holds_position-> Trưởng Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"},
			absent: []string{"organization: Ban Tuyên giáo các Huyện ủy"},
		},
		{
			name: "a committee's member's title, then the committee written out",
			text: "Tin\nHội nghị diễn ra sáng 3/3.\nThượng tá Lâm Văn Tới, Đảng ủy viên Đảng ủy Quân sự tỉnh, Phó Chỉ huy trưởng Bộ CHQS tỉnh Quảng Nam phát biểu.",
			want: []string{
				"Lâm Văn Tới -holds_position-> Ủy viên Đảng ủy Quân sự tỉnh Quảng Nam",
				"Lâm Văn Tới -holds_position-> Phó Chỉ huy trưởng Bộ CHQS tỉnh Quảng Nam",
			},
		},
		{
			name: "a district named after its province and a direction",
			text: "Tin\nHội nghị diễn ra sáng 3/3.\nÔng Lò Văn Pó, Bí thư Huyện ủy Điện Biên Đông phát biểu. Bí thư Huyện ủy Điện Biên Lò Văn Mừng cũng dự.",
			want: []string{
				"Lò Văn Pó -holds_position-> Bí thư Huyện ủy Điện Biên Đông",
				"Lò Văn Mừng -holds_position-> Bí thư Huyện ủy Điện Biên",
			},
		},
		{
			name:   "xã hội in lower case names no commune",
			text:   "Tin\nKỳ họp thứ nhất HĐND xã Tân Lập diễn ra sáng 1/7.\nKỳ họp bầu ông Lê Văn Tâm giữ chức Trưởng ban kinh tế xã hội của HĐND xã; bà Trần Thị Mai là xã viên Hợp tác xã Tân Lập. Chủ tịch UBND xã Hội Hợp Nguyễn Văn Bình cũng dự.",
			want:   []string{"Nguyễn Văn Bình -holds_position-> Chủ tịch UBND xã Hội Hợp"},
			absent: []string{"organization: Ban kinh tế xã Tân Lập", "Lê Văn Tâm -holds_position-> Trưởng Ban kinh tế xã Tân Lập"},
		},
	}
	runRules(t, tests)
}
