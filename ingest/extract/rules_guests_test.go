package extract

import "testing"

// TestForeignGuests checks guests from abroad at receptions: names of one
// word, and the thanks a guest gives for what the hosts did.
func TestForeignGuests(t *testing.T) {
	tests := []ruleCase{
		{
			name: "a reception of the leaders of a foreign province",
			text: "Tin\nChiều 5/10, ông Trương Quốc Huy, Chủ tịch UBND tỉnh Hà Nam đã tiếp lãnh đạo tỉnh Chungcheongbuk (Hàn Quốc).",
			want: []string{"Trương Quốc Huy -hosted-> Tiếp lãnh đạo tỉnh Chungcheongbuk (Hàn Quốc)"},
		},
		{
			name:   "a bishop called by his saint's name alone is no one new",
			text:   "Tin\nSáng 9/8, Đức cha Giuse Vũ Văn Thiên, Giám mục Giáo phận Hải Phòng dự Thánh lễ. Thánh lễ do Đức cha Giuse chủ sự.",
			absent: []string{"person: Giuse"},
		},
		{
			name: "the chairs named after 'là' preside",
			text: "Tin\nChiều 5/12, Công an tỉnh Đồng Nai tổ chức buổi gặp. Chủ trì buổi gặp là đại tá Lương Văn Tâm, Trưởng phòng Tham mưu.",
			want: []string{"Lương Văn Tâm -presided-> Buổi gặp"},
		},
		{
			name: "the same guest received on two days, by two hosts",
			text: "Tin\nChiều 24/9, ông Đỗ Trọng Hưng, Bí thư Tỉnh ủy Thanh Hóa tiếp ông Ian Lewis, Đại sứ Úc tại Việt Nam.\nChiều 25/9, ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa tiếp ông Ian Lewis.",
			want: []string{"event: Tiếp ông Ian Lewis [--09-24]", "event: Tiếp ông Ian Lewis [--09-25]"},
		},
		{
			name:   "a delegation headed by the spouse of an official named by his title",
			text:   "Tin\nSáng 5/10, ông Trần Anh Tuấn, Chủ tịch UBND tỉnh Hà Nam tiếp đoàn doanh nghiệp do bà Lê Thu Hà, phu nhân Đại sứ Việt Nam tại Hàn Quốc Vũ Ho, làm Trưởng đoàn.",
			want:   []string{"Vũ Ho -holds_position-> Đại sứ Việt Nam tại Hàn Quốc", "Lê Thu Hà -attended-> Tiếp đoàn doanh nghiệp"},
			absent: []string{"Vũ Ho -attended-> Tiếp đoàn doanh nghiệp", "Vũ Ho -holds_position-> Trưởng đoàn"},
		},
		{
			name: "a coach's club after his title; a prize, two places joined by a hyphen and an outlet's tag name no one",
			text: "Tin\n(VTC News) - Tối 3/3/2025, CLB Công an Hà Nội thắng 2-0. HLV trưởng CLB Công an Hà Nội Alexandre Polking hài lòng. Ca sĩ Hà Anh Tuấn nhận giải Mai Vàng. Hội nghị thượng đỉnh Hàn Quốc-ASEAN sẽ diễn ra vào tháng 10.",
			want: []string{
				"Alexandre Polking -holds_position-> Huấn luyện viên trưởng CLB Công an Hà Nội",
				"organization: CLB Công an Hà Nội",
				"person: Hà Anh Tuấn",
			},
			absent: []string{"person: CLB", "person: Mai Vàng", "person: Hàn Quốc-ASEAN", "person: VTC News", "organization: Công an Hà Nội"},
		},
		{
			name: "a hall whose name starts with an event word holds no event; the UN's General Assembly is a body",
			text: "Tin\nSáng 3/9/2025, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, Chủ tịch Tập Cận Bình hội đàm với Tổng Bí thư Tô Lâm. Bà Annalena Baerbock, Chủ tịch Đại hội đồng Liên Hợp Quốc khóa 80, phát biểu.",
			want: []string{
				"event: Hội đàm với Tổng Bí thư Tô Lâm [2025-09-03]",
				"Annalena Baerbock -holds_position-> Chủ tịch Đại hội đồng Liên Hợp Quốc",
			},
			absent: []string{"event: Đại lễ đường Nhân dân ở thủ đô Bắc Kinh [2025-09-03]"},
		},
		{
			name: "a king, and the chambers of another country's parliament",
			text: "Tin\nSáng 3/3/2025, Vua Thái Lan Maha Vajiralongkorn tiếp Chủ tịch nước Lương Cường. Tổng thư ký Hạ viện Thái Lan Arpath Sukhanunth cùng dự.",
			want: []string{
				"Maha Vajiralongkorn -holds_position-> Vua Thái Lan",
				"Arpath Sukhanunth -holds_position-> Tổng Thư ký Hạ viện Thái Lan",
			},
		},
		{
			name: "the people 'về phía' another country names are that country's, whatever their names look like",
			text: "Tin\nSáng 3/9/2025, Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc. Về phía Trung Quốc có đồng chí Vương Nghị, Ủy viên Quốc vụ, Bộ trưởng Bộ Ngoại giao; đồng chí Thạch Thái Phong, Phó Chủ tịch Chính hiệp toàn quốc.",
			want: []string{
				"Vương Nghị -holds_position-> Bộ trưởng Bộ Ngoại giao Trung Quốc",
				"Vương Nghị -holds_position-> Ủy viên Quốc vụ",
				"Thạch Thái Phong -holds_position-> Phó Chủ tịch Chính hiệp toàn quốc",
			},
			absent: []string{"Vương Nghị -holds_position-> Bộ trưởng Bộ Ngoại giao"},
		},
		{
			name:   "one a portrait shows is not there, nor the subject of what follows",
			text:   "Tin\nNgày 7/9/2025, lễ công bố sắc lệnh hoàng gia diễn ra tại Bangkok.\nÔng Anutin Charnvirakul quỳ lạy trước chân dung Vua Maha Vajiralongkorn khi nhận sắc lệnh phê chuẩn làm Thủ tướng Thái Lan. Ông Anutin sau đó quỳ lạy trước tranh chân dung của Vua Maha Vajiralongkorn, cho biết sắc lệnh là vinh dự lớn.",
			want:   []string{"Anutin Charnvirakul -holds_position-> Thủ tướng Thái Lan"},
			absent: []string{"Maha Vajiralongkorn -holds_position-> Thủ tướng Thái Lan", "Maha Vajiralongkorn -attended-> Lễ công bố sắc lệnh hoàng gia"},
		},
		{
			name: "a coach called by a one-word foreign name",
			text: "Tin\nĐội tuyển Việt Nam tập trung tại Hà Nội. HLV Calisto từng dẫn dắt đội năm 2008. HLV trưởng Riedl cho biết cả đội đã sẵn sàng.",
			want: []string{"person: Calisto", "person: Riedl"},
		},
		{
			name:   "a welcome ceremony in lower case that a head of state presides over, for the guest",
			text:   "Tin\nSáng 9/8, Tổng thống Indonesia Prabowo Subianto chủ trì lễ đón Tổng Bí thư Tô Lâm tại Jakarta.",
			want:   []string{"Prabowo Subianto -presided-> Lễ đón", "Tô Lâm -attended-> Lễ đón"},
			absent: []string{"Tô Lâm -presided-> Lễ đón"},
		},
		{
			name: "addressed names of one word of the Central Highlands, with their commune in parentheses",
			text: "Tin\nSáng 3/5, UBND huyện Chư Păh tổ chức gặp mặt già làng. Dự có ông Hnhan (xã Ia Ly) và bà Blơk (xã Hòa Phú). Ông Hnhan phát biểu.",
			want: []string{"Hnhan -spoke_at-> Gặp mặt già làng", "Blơk -attended-> Gặp mặt già làng"},
		},
		{
			name: "an addressed foreign name of one word before a title is a person",
			text: "Tin\nChiều 9/4, ông Trần Hữu Lộc, Chủ tịch UBND tỉnh Lạng Sơn tiếp ông Ganbaatar, Đại sứ Mông Cổ tại Việt Nam.",
			want: []string{
				"Ganbaatar -holds_position-> Đại sứ Mông Cổ tại Việt Nam",
				"Trần Hữu Lộc -hosted-> Tiếp ông Ganbaatar",
				"Ganbaatar -attended-> Tiếp ông Ganbaatar",
			},
			absent: []string{"Ganbaatar -hosted-> Tiếp ông Ganbaatar"},
		},
		{
			name:   "a Vietnamese syllable after an address stays a short reference",
			text:   "Tin\nChiều 9/4, ông Trần Hữu Lộc, Chủ tịch UBND tỉnh Lạng Sơn tiếp đoàn. Ông Lộc, Chủ tịch UBND tỉnh phát biểu.",
			absent: []string{"Lộc -holds_position-> Chủ tịch UBND tỉnh Lạng Sơn"},
		},
		{
			name:   "one word that shortens a foreign name named before is that person",
			text:   "Tin\nChiều 9/4, Chủ tịch UBND tỉnh Trần Hữu Lộc tiếp Đại sứ Indonesia Denny Abdi. Ông Denny, Đại sứ Indonesia cho biết đoàn sẽ ở lại hai ngày.",
			want:   []string{"Denny Abdi -holds_position-> Đại sứ Indonesia"},
			absent: []string{"Denny -holds_position-> Đại sứ Indonesia"},
		},
		{
			name:   "a guest who thanks the hosts for receiving the delegation did not host it",
			text:   "Tin\nSáng 20/5, Bí thư Tỉnh ủy Bắc Giang Nguyễn Văn Gấu tiếp Đại sứ Hà Lan Kees van Baar. Đại sứ Kees van Baar cảm ơn lãnh đạo tỉnh đã đón tiếp đoàn.",
			want:   []string{"Nguyễn Văn Gấu -hosted-> Tiếp Đại sứ Hà Lan Kees van Baar"},
			absent: []string{"Kees van Baar -hosted-> Tiếp Đại sứ Hà Lan Kees van Baar"},
		},
	}
	runRules(t, tests)
}

// TestGuestsAndSenders checks that one who sends a letter or flowers to
// an event is not at it, and the posts and degrees of guests: another
// country's senators and justices, degrees joined by a hyphen.
func TestGuestsAndSenders(t *testing.T) {
	tests := []ruleCase{
		{
			name: "one who opens a congress gives its opening address",
			text: "Tin\nSáng 3/3/2025, Đảng bộ tỉnh Hòa Bình tổ chức Đại hội đại biểu lần thứ XVII.\nĐồng chí Mai Xuân Thông, Phó Bí thư Tỉnh ủy, khai mạc Đại hội.",
			want: []string{
				"Mai Xuân Thông -spoke_at-> Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVII",
				"Đảng bộ tỉnh Hòa Bình -organized-> Đại hội đại biểu Đảng bộ tỉnh Hòa Bình lần thứ XVII",
			},
		},
		{
			name: "a fronted 'Chủ trì Hội nghị,' presides with the one after the comma; 'X chủ trì lễ đón Y' does not make Y preside",
			text: "Tin\nSáng 3/3/2025, UBND tỉnh Quảng Nam tổ chức Hội nghị xúc tiến đầu tư.\nChủ trì Hội nghị, Phó Chủ tịch UBND tỉnh Hồ Quang Bửu; đồng chủ trì, Giám đốc Sở Kế hoạch và Đầu tư Phạm Viết Tích.",
			want: []string{
				"Hồ Quang Bửu -presided-> Hội nghị xúc tiến đầu tư",
				"Phạm Viết Tích -presided-> Hội nghị xúc tiến đầu tư",
			},
		},
		{
			name: "a sentence a group of those present opens lists them after 'có'",
			text: "Tin\nSáng 16/6/2025, Trường Đại học Kinh tế quốc dân tổ chức Hội thảo khoa học quốc tế lần thứ 15.\nTới dự Hội thảo có GS Bùi Huy Nhượng. Đại biểu quốc tế có PGS.TS Orathai Piayura – Trưởng khoa, Đại học Khon Kaen; Tiến sĩ Laurent Umans – Bí thư thứ nhất Đại sứ quán Hà Lan. Đại diện nhà tài trợ có ông Trần Văn Bình - Chủ tịch HĐQT. Đại biểu có ý kiến về chương trình.",
			want: []string{
				"Orathai Piayura -attended-> Hội thảo khoa học quốc tế lần thứ 15",
				"Laurent Umans -attended-> Hội thảo khoa học quốc tế lần thứ 15",
				"Trần Văn Bình -attended-> Hội thảo khoa học quốc tế lần thứ 15",
			},
			absent: []string{"Laurent Umans -presided-> Hội thảo khoa học quốc tế lần thứ 15"},
		},
		{
			name:   "managing affairs is no chairing of the event",
			text:   "Tin\nSáng 3/3/2025, UBND tỉnh Bình Dương tổ chức lễ trao Huân chương Lao động hạng Ba.\nÔng Trần Văn Tám được tặng Huân chương vì thành tích trong công tác lãnh đạo, điều hành hoạt động sản xuất. Phó Chủ tịch UBND tỉnh Lê Văn Hai điều hành phiên thảo luận.",
			want:   []string{"Lê Văn Hai -presided-> Lễ trao Huân chương Lao động hạng Ba"},
			absent: []string{"Trần Văn Tám -presided-> Lễ trao Huân chương Lao động hạng Ba"},
		},
		{
			name: "performing a ceremony's rite is being at it",
			text: "Tin\nSáng 3/3/2025, UBND tỉnh Bình Dương tổ chức lễ khởi công nhà máy dệt.\nTheo báo cáo, nhà máy có tổng vốn 100 triệu USD.\nÔng Nguyễn Sinh Hùng, nguyên Chủ tịch Quốc hội cùng các lãnh đạo tỉnh thực hiện nghi thức khởi công. Ông Lê Văn Ba, Chủ tịch UBND tỉnh bấm nút khởi công.",
			want: []string{"Nguyễn Sinh Hùng -attended-> Lễ khởi công nhà máy dệt", "Lê Văn Ba -attended-> Lễ khởi công nhà máy dệt"},
		},
		{
			name:   "a reporter told something keeps his outlet, which names him later",
			text:   "Tin\nSáng 5/9/2025, Quốc hội họp phiên bế mạc. Bên lề kỳ họp, ông Lê Văn Hùng, Bộ trưởng Bộ Y tế, trao đổi với phóng viên Truyền hình Quốc hội Việt Nam.\nPhóng viên Lê Hương: Thưa ông, ngành y tế sẽ làm gì?",
			want:   []string{"Lê Hương -holds_position-> Phóng viên Truyền hình Quốc hội Việt Nam"},
			absent: []string{"Lê Văn Hùng -spoke_at-> Phiên bế mạc"},
		},
		{
			name:   "what one told the press is no speech at the event",
			text:   "Tin\nSáng 5/9/2025, Trường THCS Kim Thủy tổ chức lễ khai giảng năm học 2025-2026. Ông Trần Văn Quý, Chủ tịch UBND xã Kim Thủy dự lễ.\nTrao đổi với phóng viên, thầy Đỗ Văn Mỹ, Hiệu trưởng nhà trường cho biết năm nay trường có 500 học sinh.",
			want:   []string{"Trần Văn Quý -attended-> Lễ khai giảng năm học 2025-2026"},
			absent: []string{"Đỗ Văn Mỹ -spoke_at-> Lễ khai giảng năm học 2025-2026"},
		},
		{
			name: "a foreign holder's name after a ministry; its ministry is of the country the sentence names, else of none",
			text: "Tin\nNgày 4/10/2025, đảng Dân chủ Tự do bầu chủ tịch mới. Các ứng viên gồm cựu Bộ trưởng Nội vụ Sanae Takaichi và Bộ trưởng Nông nghiệp Shinjiro Koizumi. Ngày 6/10/2025, tại Tokyo, Nhật Bản, Bộ trưởng Nông nghiệp Shinjiro Koizumi tiếp Bộ trưởng Bộ Nông nghiệp và Môi trường Trần Đức Thắng.",
			want: []string{
				"Sanae Takaichi -holds_position-> Bộ trưởng Nội vụ (former)",
				"Shinjiro Koizumi -holds_position-> Bộ trưởng Bộ Nông nghiệp Nhật Bản",
				"Trần Đức Thắng -holds_position-> Bộ trưởng Bộ Nông nghiệp và Môi trường",
			},
			absent: []string{"organization: Bộ Nội vụ Sanae Takaichi", "Sanae Takaichi -holds_position-> Bộ trưởng Bộ Nội vụ (former)", "Shinjiro Koizumi -holds_position-> Bộ trưởng Bộ Nông nghiệp"},
		},
		{
			name: "a foreign holder's body with a name of its own stays that body",
			text: "Tin\nSáng 3/12/2025, lễ trao giải diễn ra tại Hà Nội. Chương trình mở đầu với bài phát biểu của GS Richard Henry Friend - Chủ tịch Hội đồng Giải thưởng VinFuture.",
			want: []string{"Richard Henry Friend -holds_position-> Chủ tịch Hội đồng Giải thưởng VinFuture", "organization: Hội đồng Giải thưởng VinFuture"},
		},
		{
			name: "the provinces of neighbouring countries (places.txt country=) end a title's body, and are not the article's",
			text: "Tin\nChiều 3/3/2025, tại Quảng Châu, đồng chí Nguyễn Văn Thể, Bí thư Tỉnh ủy Thái Bình, hội kiến đồng chí Hoàng Khôn Minh, Bí thư Tỉnh ủy Quảng Đông. Bí thư Tỉnh ủy Quảng Đông Hoàng Khôn Minh cảm ơn đoàn. Ông Khăm-phăn Phôm-ma-thắt, Phó Tỉnh trưởng tỉnh Hủa Phăn, và ông Lê Văn Hải, Phó Chủ tịch UBND tỉnh, cũng dự.",
			want: []string{
				"Hoàng Khôn Minh -holds_position-> Bí thư Tỉnh ủy Quảng Đông",
				"Khăm-phăn Phôm-ma-thắt -holds_position-> Phó Tỉnh trưởng tỉnh Hủa Phăn",
				"Lê Văn Hải -holds_position-> Phó Chủ tịch UBND tỉnh Thái Bình",
			},
			absent: []string{"person: Quảng Đông Hoàng Khôn Minh"},
		},
		{
			name: "a sentence opened by a programme, no letter, tells who was there",
			text: "Tin\nSáng 3/2/2025, UBND tỉnh Phú Thọ tổ chức chương trình Tết sum vầy. Trong chương trình tặng quà, Phó Chủ tịch UBND tỉnh Vũ Việt Văn đã đến thăm gia đình bà Đinh Thị Sâm và bà Lê Thị Ngữ ở khu Hồng Hà.",
			want: []string{"Lê Thị Ngữ -attended-> Thăm gia đình", "Vũ Việt Văn -attended-> Thăm gia đình"},
		},
		{
			name: "the sender of a letter read out, and a sentence telling what the letter says, are not there",
			text: "Tin\nSáng 3/3/2025, Trường Đại học Vinh tổ chức Lễ kỷ niệm 50 năm ngày thành lập. Ông Lê Văn Hà, Hiệu trưởng nhà trường, công bố Thư chúc mừng của Chủ tịch nước Lương Cường. Trong thư, Chủ tịch nước gửi lời thăm hỏi, chúc mừng tới các thế hệ giảng viên. Phát biểu tại buổi lễ, ông Hà cảm ơn các đại biểu.",
			want: []string{"Lê Văn Hà -spoke_at-> Lễ kỷ niệm 50 năm ngày thành lập"},
			absent: []string{
				"Lương Cường -attended-> Lễ kỷ niệm 50 năm ngày thành lập",
				"Lương Cường -spoke_at-> Lễ kỷ niệm 50 năm ngày thành lập",
			},
		},
		{
			name:   "flowers given in congratulation are no speech",
			text:   "Tin\nSáng 3/5, Hội Nông dân tỉnh Bắc Ninh tổ chức Đại hội. Ông Nguyễn Văn Phong, Phó Chủ tịch UBND tỉnh tặng hoa chúc mừng Đại hội.",
			want:   []string{"Nguyễn Văn Phong -attended-> Đại hội"},
			absent: []string{"Nguyễn Văn Phong -spoke_at-> Đại hội"},
		},
		{
			name:   "a letter of congratulation sent",
			text:   "Tin\nSáng 12/9, Trung đoàn 141 tổ chức Lễ kỷ niệm 75 năm ngày truyền thống. Dự lễ có Thiếu tướng Hà Văn Tụ, Phó Tư lệnh Quân khu 3. Thượng tướng Lương Đình Phúc, Thứ trưởng Bộ Quốc phòng gửi thư chúc mừng.",
			want:   []string{"Hà Văn Tụ -attended-> Lễ kỷ niệm 75 năm ngày truyền thống", "Lương Đình Phúc -holds_position-> Thứ trưởng Bộ Quốc phòng"},
			absent: []string{"Lương Đình Phúc -attended-> Lễ kỷ niệm 75 năm ngày truyền thống"},
		},
		{
			name:   "flowers sent",
			text:   "Tin\nSáng 12/9, Trung đoàn 141 tổ chức Lễ kỷ niệm 75 năm ngày truyền thống. Bà Mai Thị Loan, Chủ tịch UBND tỉnh Hà Nam gửi lẵng hoa chúc mừng.",
			absent: []string{"Mai Thị Loan -attended-> Lễ kỷ niệm 75 năm ngày truyền thống"},
		},
		{
			name: "a senator and a justice of another country",
			text: "Tin\nDự hội thảo có Thượng nghị sỹ Philippines Ramon Tulfo và Thẩm phán Tòa án tối cao Philippines Maria Reyes.",
			want: []string{
				"Ramon Tulfo -holds_position-> Thượng nghị sỹ Philippines",
				"Maria Reyes -holds_position-> Thẩm phán Tòa án tối cao Philippines",
			},
		},
		{
			name:   "degrees joined by a hyphen are no part of the name",
			text:   "Tin\nDự hội thảo có PGS-TS Đỗ Văn Hảo, Hiệu trưởng Trường Đại học Vinh, và GS-TS Lò Thị Mai.",
			want:   []string{"Đỗ Văn Hảo -holds_position-> Hiệu trưởng Trường Đại học Vinh", "person: Lò Thị Mai"},
			absent: []string{"person: PGS-TS Đỗ Văn Hảo", "person: GS-TS Lò Thị Mai"},
		},
	}
	runRules(t, tests)
}
