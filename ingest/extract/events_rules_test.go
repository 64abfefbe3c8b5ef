package extract

import (
	"testing"

	"kg/graph"
)

// TestEventRules checks the event grammar on sentences written for each
// construction: sessions with ordinals in words, activities told with
// verbs (receptions, visits, inspections, handovers), court hearings,
// ceremonies announced together, and what is no event.
func TestEventRules(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a session's ordinal spelled out in words",
			text: "Tin\nNgày 2/7/2021, bà Hoàng Thị Nguyệt, Chủ tịch HĐND huyện Văn Lãng, khai mạc kỳ họp thứ nhất HĐND huyện Văn Lãng khóa XX.",
			want: []string{
				"event: Kỳ họp thứ nhất HĐND huyện Văn Lãng khóa XX [2021-07-02]",
				"Hoàng Thị Nguyệt -attended-> Kỳ họp thứ nhất HĐND huyện Văn Lãng khóa XX",
			},
		},
		{
			name: "a capitalized compound ordinal in words, the holder added from the subject",
			text: "Tin\nSáng 9/12/2022, HĐND tỉnh Cao Bằng tổ chức Kỳ họp thứ Mười hai. Chủ tịch HĐND tỉnh Triệu Đình Lê chủ trì kỳ họp.",
			want: []string{
				"event: Kỳ họp thứ Mười hai HĐND tỉnh Cao Bằng [2022-12-09]",
				"Triệu Đình Lê -presided-> Kỳ họp thứ Mười hai HĐND tỉnh Cao Bằng",
			},
		},
		{
			name:   "'thứ hai' outside an event's name is a weekday, no ordinal",
			text:   "Tin\nSáng thứ Hai 5/12/2022, ông Nông Văn Chí, Bí thư Huyện ủy Hà Quảng, dự Hội nghị cán bộ chủ chốt huyện Hà Quảng.",
			want:   []string{"event: Hội nghị cán bộ chủ chốt huyện Hà Quảng [2022-12-05]"},
			absent: []string{"event: Hội nghị cán bộ chủ chốt huyện Hà Quảng lần thứ 2 [2022-12-05]"},
		},
		{
			name: "a reception of a delegation written in lower case, led by a guest",
			text: "Tin\nSáng 12/9/2023, Phó Chủ tịch UBND tỉnh Quảng Ninh Bùi Văn Khắng tiếp và làm việc với đoàn doanh nghiệp Phòng Thương mại Busan do ông Kim Min-ho làm trưởng đoàn.",
			want: []string{
				"event: Tiếp và làm việc với đoàn doanh nghiệp Phòng Thương mại Busan [2023-09-12]",
				"Bùi Văn Khắng -attended-> Tiếp và làm việc với đoàn doanh nghiệp Phòng Thương mại Busan",
				"Kim Min-ho -attended-> Tiếp và làm việc với đoàn doanh nghiệp Phòng Thương mại Busan",
				"UBND tỉnh Quảng Ninh -organized-> Tiếp và làm việc với đoàn doanh nghiệp Phòng Thương mại Busan",
			},
		},
		{
			name: "a retrospective reception with its own date is an event of its own",
			text: "Tin\nSáng 4/5/2024, ông Cao Tường Huy, Chủ tịch UBND tỉnh Quảng Ninh, tiếp ông Kim Min-ho.\nTrước đó, ngày 2/11/2022, ông Bùi Văn Khắng, Phó Chủ tịch UBND tỉnh, đã tiếp đoàn công tác của thành phố Busan do ông Kim Min-ho dẫn đầu.",
			want: []string{
				"event: Tiếp ông Kim Min-ho [2024-05-04]",
				"event: Tiếp đoàn công tác của thành phố Busan [2022-11-02]",
				"Bùi Văn Khắng -attended-> Tiếp đoàn công tác của thành phố Busan",
			},
			absent: []string{"Bùi Văn Khắng -attended-> Tiếp ông Kim Min-ho"},
		},
		{
			name: "inspections of a one-day tour: one event a stop, the date inherited",
			text: "Tin\nNgày 9/3/2023, Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thắng đã khảo sát dự án cầu Rạch Miễu. Sau đó, Bộ trưởng kiểm tra tiến độ thi công Bến xe Miền Tây.",
			want: []string{
				"event: Khảo sát dự án cầu Rạch Miễu [2023-03-09]",
				"event: Kiểm tra tiến độ thi công Bến xe Miền Tây [2023-03-09]",
				"Nguyễn Văn Thắng -attended-> Khảo sát dự án cầu Rạch Miễu",
				"Nguyễn Văn Thắng -attended-> Kiểm tra tiến độ thi công Bến xe Miền Tây",
			},
		},
		{
			name: "a visit to a person, and a tribute",
			text: "Tin\nNgày 20/1/2023, Bí thư Huyện ủy Mường Tè Lò Văn Sơn thăm hỏi, tặng quà bà Pờ Thị Mai ở xã Bum Tở. Trước đó, ông Sơn dâng hương tưởng niệm các anh hùng liệt sĩ tại Đài tưởng niệm Pa Tần.",
			want: []string{
				"event: Thăm hỏi, tặng quà bà Pờ Thị Mai [2023-01-20]",
				"Lò Văn Sơn -attended-> Thăm hỏi, tặng quà bà Pờ Thị Mai",
				"Pờ Thị Mai -attended-> Thăm hỏi, tặng quà bà Pờ Thị Mai",
				"event: Dâng hương tưởng niệm các anh hùng liệt sĩ tại Đài tưởng niệm Pa Tần [2023-01-20]",
			},
		},
		{
			name: "a handover by an organization, counted",
			text: "Tin\nSáng 15/8/2023, Hội Khuyến học tỉnh Lai Châu trao 50 suất học bổng cho học sinh nghèo. Dự có Phó Chủ tịch UBND tỉnh Lai Châu Hà Trọng Hải.",
			want: []string{
				"event: Trao 50 suất học bổng cho học sinh nghèo [2023-08-15]",
				"Hội Khuyến học tỉnh Lai Châu -organized-> Trao 50 suất học bổng cho học sinh nghèo",
				"Hà Trọng Hải -attended-> Trao 50 suất học bổng cho học sinh nghèo",
			},
		},
		{
			name: "a visit in the headline is one event named by the headline; its body retells it",
			text: "Bí thư Tỉnh ủy Lai Châu thăm, chúc Tết tại huyện Sìn Hồ\nSáng 12/1/2023, Bí thư Tỉnh ủy Lai Châu Giàng Páo Mỷ đến thăm, chúc Tết gia đình ông Lò Văn Pấng. Đoàn cũng đến thăm, tặng quà bà Tẩn Thị Mẩy.",
			want: []string{
				"event: Bí thư Tỉnh ủy Lai Châu thăm, chúc Tết tại huyện Sìn Hồ [2023-01-12]",
				"Giàng Páo Mỷ -attended-> Bí thư Tỉnh ủy Lai Châu thăm, chúc Tết tại huyện Sìn Hồ",
				"Tẩn Thị Mẩy -attended-> Bí thư Tỉnh ủy Lai Châu thăm, chúc Tết tại huyện Sìn Hồ",
			},
			absent: []string{"event: Thăm, tặng quà bà Tẩn Thị Mẩy [2023-01-12]"},
		},
		{
			name: "guests received one after the other: a reception each",
			text: "Tin\nNgày 14/3/2022, ông Hồ Văn Niên, Bí thư Tỉnh ủy Gia Lai, lần lượt tiếp ông Marc Dubois, Đại sứ Bỉ, và bà Anna Weber, Tổng Lãnh sự Thụy Sĩ.",
			want: []string{
				"event: Tiếp ông Marc Dubois [2022-03-14]",
				"event: Tiếp bà Anna Weber [2022-03-14]",
				"Hồ Văn Niên -attended-> Tiếp ông Marc Dubois",
				"Hồ Văn Niên -attended-> Tiếp bà Anna Weber",
				"Marc Dubois -attended-> Tiếp ông Marc Dubois",
				"Anna Weber -attended-> Tiếp bà Anna Weber",
			},
			absent: []string{"Anna Weber -attended-> Tiếp ông Marc Dubois", "Marc Dubois -attended-> Tiếp bà Anna Weber"},
		},
		{
			name: "a court hearing: the court holds it, the defendant, the judge and the lawyer attend",
			text: "Tin\nNgày 15/8/2022, Tòa án nhân dân tỉnh Sơn La mở phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng về tội nhận hối lộ. Hội đồng xét xử do Thẩm phán Quàng Thị Hoa làm chủ tọa. Bào chữa cho bị cáo có luật sư Cầm Văn Thái. Kiểm sát viên Lò Văn Hặc thực hành quyền công tố tại phiên tòa.",
			want: []string{
				"event: Phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng [2022-08-15]",
				"Tòa án nhân dân tỉnh Sơn La -organized-> Phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng",
				"Lường Văn Pấng -attended-> Phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng",
				"Quàng Thị Hoa -presided-> Phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng",
				"Cầm Văn Thái -attended-> Phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng",
				"Lò Văn Hặc -attended-> Phiên tòa sơ thẩm xét xử bị cáo Lường Văn Pấng",
			},
		},
		{
			name: "the defendants of a hearing, in a list after 'Các bị cáo gồm:', attend it",
			text: "Tin\nNgày 20/3/2024, TAND tỉnh Sơn La mở phiên tòa sơ thẩm xét xử 3 bị cáo trong vụ án vi phạm quy định về đấu thầu. Các bị cáo gồm: Lường Văn Pấng, nguyên Giám đốc Sở Xây dựng tỉnh Sơn La; Cầm Thị Yến, nguyên Phó Giám đốc Sở; Lò Văn Hặc, nguyên kế toán trưởng. Bị cáo Quàng Văn Đôi xin xét xử vắng mặt.",
			want: []string{
				"event: Phiên tòa sơ thẩm xét xử 3 bị cáo [2024-03-20]",
				"Lường Văn Pấng -attended-> Phiên tòa sơ thẩm xét xử 3 bị cáo",
				"Cầm Thị Yến -attended-> Phiên tòa sơ thẩm xét xử 3 bị cáo",
				"Lò Văn Hặc -attended-> Phiên tòa sơ thẩm xét xử 3 bị cáo",
			},
			absent: []string{"Quàng Văn Đôi -attended-> Phiên tòa sơ thẩm xét xử 3 bị cáo"},
		},
		{
			name: "a hearing called phiên xét xử; a defendant who does not attend it",
			text: "Tin\nNgày 12/6/2024, TAND tỉnh Nghệ An mở phiên xét xử sơ thẩm vụ án lạm quyền tại xã Nghi Phong. Bị cáo Hồ Văn Quý có mặt tại tòa; bị cáo Đặng Văn Lực không tham dự phiên tòa vì đang điều trị bệnh.",
			want: []string{
				"event: Phiên xét xử sơ thẩm vụ án lạm quyền [2024-06-12]",
				"TAND tỉnh Nghệ An -organized-> Phiên xét xử sơ thẩm vụ án lạm quyền",
				"Hồ Văn Quý -attended-> Phiên xét xử sơ thẩm vụ án lạm quyền",
			},
			absent: []string{"Đặng Văn Lực -attended-> Phiên xét xử sơ thẩm vụ án lạm quyền"},
		},
		{
			name: "a judgment given on appeal names the hearing",
			text: "Tin\nChiều 2/10/2024, TAND cấp cao tại TP.HCM tuyên án phúc thẩm vụ án buôn lậu tại cảng Cát Lái, y án 9 năm tù đối với bị cáo Lâm Văn Toàn.",
			want: []string{
				"event: Tuyên án phúc thẩm vụ án buôn lậu [2024-10-02]",
				"Lâm Văn Toàn -attended-> Tuyên án phúc thẩm vụ án buôn lậu",
			},
		},
		{
			name: "an appeal heard by a court with its seat",
			text: "Tin\nNgày 9/5/2023, Tòa án nhân dân cấp cao tại Đà Nẵng xét xử phúc thẩm vụ án tham ô tài sản tại huyện Hướng Hóa.",
			want: []string{
				"event: Xét xử phúc thẩm vụ án tham ô tài sản [2023-05-09]",
			},
		},
		{
			name: "two ceremonies announced together: two events, one organizer, the same guests",
			text: "Tin\nSáng 5/9/2023, Trường THPT Mường Chà tổ chức lễ tuyên dương học sinh giỏi và lễ khai giảng năm học 2023 - 2024. Dự có Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Cương.",
			want: []string{
				"event: Lễ tuyên dương học sinh giỏi [2023-09-05]",
				"event: Lễ khai giảng năm học 2023 - 2024 [2023-09-05]",
				"Trường THPT Mường Chà -organized-> Lễ tuyên dương học sinh giỏi",
				"Trường THPT Mường Chà -organized-> Lễ khai giảng năm học 2023 - 2024",
				"Lò Văn Cương -attended-> Lễ tuyên dương học sinh giỏi",
				"Lò Văn Cương -attended-> Lễ khai giảng năm học 2023 - 2024",
			},
		},
		{
			name: "the year of a dateline after a section and a bar",
			text: "Hòa Bình mời gọi đầu tư\nThời sự | 22/03/2022 09:15\nSáng 22/3, UBND tỉnh Hòa Bình tổ chức Hội nghị xúc tiến đầu tư. Phó Chủ tịch UBND tỉnh Hòa Bình Đinh Công Sứ chủ trì.",
			want: []string{"event: Hội nghị xúc tiến đầu tư [2022-03-22]"},
		},
		{
			name: "the year of a source line with a date",
			text: "Tin\nNguồn: HBTV | 14/05/2023\nChiều 14/5, ông Bùi Văn Khánh, Bí thư Tỉnh ủy Hòa Bình, tiếp ông Kim Min-ho.",
			want: []string{"event: Tiếp ông Kim Min-ho [2023-05-14]"},
		},
		{
			name:   "a festival presented at a press conference is no event of its own",
			text:   "Hòa Bình giới thiệu Lễ hội Khai hạ\nSáng 2/2/2023, UBND tỉnh Hòa Bình tổ chức họp báo giới thiệu Lễ hội Khai hạ. Phó Chủ tịch UBND tỉnh Hòa Bình Đinh Công Sứ chủ trì.",
			want:   []string{"event: Họp báo giới thiệu Lễ hội Khai hạ [2023-02-02]"},
			absent: []string{"event: Lễ hội Khai hạ [2023-02-02]", "Đinh Công Sứ -attended-> Lễ hội Khai hạ"},
		},
		{
			name: "the purpose of a journey is no event; a day's name stays in a ceremony's name",
			text: "Tin\nChiều 2/9/2024, ông Bùi Văn Khánh, Bí thư Tỉnh ủy Hòa Bình, tiếp ông Khamphan Sitthidampha. Ông Khamphan Sitthidampha sang Hòa Bình để dự Lễ kỷ niệm 20 năm Ngày kết nghĩa hai tỉnh.",
			want: []string{"event: Tiếp ông Khamphan Sitthidampha [2024-09-02]"},
			absent: []string{"event: Lễ kỷ niệm 20 năm", "Khamphan Sitthidampha -attended-> Lễ kỷ niệm 20 năm",
				"Khamphan Sitthidampha -attended-> Lễ kỷ niệm 20 năm Ngày kết nghĩa hai tỉnh"},
		},
		{
			name: "the signer of a decision read out is not at the meeting",
			text: "Tin\nSáng 9/9/2022, Sở Tài chính tỉnh Hòa Bình tổ chức hội nghị cán bộ. Tại hội nghị, ông Quách Tất Liêm công bố quyết định của Chủ tịch UBND tỉnh Hòa Bình Bùi Đức Hinh về việc bổ nhiệm bà Đinh Thị Hồng.",
			want: []string{
				"Quách Tất Liêm -attended-> Hội nghị cán bộ",
				"Đinh Thị Hồng -attended-> Hội nghị cán bộ",
			},
			absent: []string{"Bùi Đức Hinh -attended-> Hội nghị cán bộ"},
		},
		{
			name:   "a lunar date beside the solar one is not the event's date",
			text:   "Tin\nNgày 5/2/2023 (nhằm ngày 15/1 âm lịch), ông Bùi Văn Khánh, Bí thư Tỉnh ủy Hòa Bình, dự lễ khai mạc Lễ hội Khai hạ.",
			want:   []string{"event: Lễ khai mạc Lễ hội Khai hạ [2023-02-05]"},
			absent: []string{"event: Lễ khai mạc Lễ hội Khai hạ [--01-15]"},
		},
		{
			name: "days listed before a full date: the event starts on the first",
			text: "Tin\nSau ba ngày làm việc (21, 22 và 23/9/2022), Đại hội đại biểu Hội Nông dân tỉnh Hòa Bình lần thứ X đã bế mạc. Ông Quách Tất Liêm được bầu giữ chức Chủ tịch Hội Nông dân tỉnh.",
			want: []string{"event: Đại hội đại biểu Hội Nông dân tỉnh Hòa Bình lần thứ X [2022-09-21]"},
		},
		{
			name: "a past session told with its month is an event though nobody is named at it",
			text: "Tin\nSáng 10/7/2024, HĐND tỉnh Hòa Bình khóa XVII khai mạc kỳ họp thứ 16 do Chủ tịch HĐND tỉnh Bùi Đức Hinh chủ trì.\nKỳ họp thứ 10 hồi tháng 12/2023 đã thông qua nghị quyết về phí bảo vệ môi trường.",
			want: []string{
				"event: Kỳ họp thứ 16 HĐND tỉnh Hòa Bình [2024-07-10]",
				"event: Kỳ họp thứ 10 [2023-12]",
			},
			absent: []string{"Bùi Đức Hinh -attended-> Kỳ họp thứ 10"},
		},
		{
			name: "'thường kỳ tháng 9/2023' stays in a session's name",
			text: "Tin\nNgày 3/10/2023, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 9/2023.",
			want: []string{"event: Phiên họp Chính phủ thường kỳ tháng 9/2023 [2023-10-03]"},
		},
		{
			name: "who the delegates elect later at the session attends it",
			text: "Tin\nSáng 10/7/2024, HĐND tỉnh Hòa Bình khóa XVII khai mạc kỳ họp thứ 16 do Chủ tịch HĐND tỉnh Bùi Đức Hinh chủ trì.\nTheo chương trình, kỳ họp xem xét 25 tờ trình.\nBuổi chiều, các đại biểu bầu ông Quách Tất Liêm làm Phó Chủ tịch UBND tỉnh.",
			want: []string{"Quách Tất Liêm -attended-> Kỳ họp thứ 16 HĐND tỉnh Hòa Bình"},
		},
		{
			name: "a handover at the conference the article tells is part of it",
			text: "Tin\nSáng 2/3/2024, Tỉnh ủy Hòa Bình tổ chức Hội nghị công bố quyết định về công tác cán bộ. Tại hội nghị, ông Bùi Văn Khánh, Bí thư Tỉnh ủy, trao quyết định cho ông Quách Tất Liêm.",
			want: []string{
				"event: Hội nghị công bố quyết định về công tác cán bộ [2024-03-02]",
				"Quách Tất Liêm -attended-> Hội nghị công bố quyết định về công tác cán bộ",
			},
			absent: []string{"event: Trao quyết định [2024-03-02]"},
		},
		{
			name: "who travel with a delegation are at each of its stops",
			text: "Tin\nNgày 8/3/2023, Bộ trưởng Bộ Nông nghiệp Lê Minh Hoan và đoàn công tác khảo sát vùng trồng cam huyện Cao Phong. Cùng đi có ông Quách Tất Liêm, Phó Chủ tịch UBND tỉnh Hòa Bình. Tiếp đón đoàn có ông Bùi Văn Khánh, Bí thư Tỉnh ủy Hòa Bình.\nSau đó, Bộ trưởng Lê Minh Hoan và đoàn công tác kiểm tra Nhà máy chế biến nông sản huyện Lương Sơn.",
			want: []string{
				"event: Khảo sát vùng trồng cam huyện Cao Phong [2023-03-08]",
				"event: Kiểm tra Nhà máy chế biến nông sản huyện Lương Sơn [2023-03-08]",
				"Quách Tất Liêm -attended-> Khảo sát vùng trồng cam huyện Cao Phong",
				"Quách Tất Liêm -attended-> Kiểm tra Nhà máy chế biến nông sản huyện Lương Sơn",
				"Lê Minh Hoan -attended-> Kiểm tra Nhà máy chế biến nông sản huyện Lương Sơn",
				"Bùi Văn Khánh -attended-> Kiểm tra Nhà máy chế biến nông sản huyện Lương Sơn",
			},
		},
		{
			name: "a decision handed over is an event, named by what is handed",
			text: "Tin\nPhó Chủ tịch UBND tỉnh Hòa Bình Quách Tất Liêm trao quyết định bổ nhiệm Giám đốc Sở Xây dựng cho ông Đinh Văn Tuân.",
			want: []string{
				"event: Trao quyết định bổ nhiệm []",
				"Quách Tất Liêm -attended-> Trao quyết định bổ nhiệm",
				"Đinh Văn Tuân -attended-> Trao quyết định bổ nhiệm",
			},
		},
		{
			name: "a lower-case event its organizer holds is the article's event",
			text: "Tin\nSáng 16/4/2021, UBND tỉnh Hòa Bình tổ chức họp báo. Ông Bùi Văn Cửu, Phó Chủ tịch UBND tỉnh, chủ trì.",
			want: []string{
				"event: Họp báo [2021-04-16]",
				"UBND tỉnh Hòa Bình -organized-> Họp báo",
				"Bùi Văn Cửu -presided-> Họp báo",
			},
		},
		{
			name: "an inspection in the headline is the first site the body names; a delegation at work inspects",
			text: "Phó Chủ tịch UBND tỉnh Hòa Bình kiểm tra công tác phòng, chống thiên tai\nChiều 20/8/2024, Đoàn kiểm tra của UBND tỉnh do ông Đinh Công Sứ, Phó Chủ tịch UBND tỉnh Hòa Bình làm Trưởng đoàn đã đi kiểm tra hồ Cạn Thượng.\nSau đó, đoàn kiểm tra tiến độ thi công kè sông Bôi.",
			want: []string{
				"event: Kiểm tra hồ Cạn Thượng [2024-08-20]",
				"event: Kiểm tra tiến độ thi công kè sông Bôi [2024-08-20]",
				"Đinh Công Sứ -attended-> Kiểm tra hồ Cạn Thượng",
			},
			absent: []string{"event: Phó Chủ tịch UBND tỉnh Hòa Bình kiểm tra công tác phòng, chống thiên tai [2024-08-20]"},
		},
		{
			name: "a visit in the headline: the body's talks and working session are that visit",
			text: "Đại sứ Bỉ thăm và làm việc tại tỉnh Hòa Bình\nNgày 4/9/2023, Đại sứ Bỉ tại Việt Nam Marc Dubois đã đến làm việc với tỉnh Hòa Bình. Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh hội đàm với ông Marc Dubois về hợp tác du lịch.",
			want: []string{
				"event: Đại sứ Bỉ thăm và làm việc tại tỉnh Hòa Bình [2023-09-04]",
				"Marc Dubois -attended-> Đại sứ Bỉ thăm và làm việc tại tỉnh Hòa Bình",
				"Bùi Văn Khánh -attended-> Đại sứ Bỉ thăm và làm việc tại tỉnh Hòa Bình",
			},
			absent: []string{"event: Hội đàm với ông Marc Dubois [2023-09-04]", "event: Làm việc với tỉnh Hòa Bình [2023-09-04]"},
		},
		{
			name: "an agreement signed without 'lễ' is an event; a decision signed is not",
			text: "Tin\nChiều 2/5/2023, Chủ tịch UBND tỉnh Hòa Bình Bùi Văn Khánh và ông Kim Min-ho đã ký Thỏa thuận hợp tác giữa tỉnh Hòa Bình và thành phố Busan. Trước đó, ông Bùi Văn Khánh ký quyết định thành lập Ban Chỉ đạo.",
			want: []string{
				"event: Ký Thỏa thuận hợp tác giữa tỉnh Hòa Bình và thành phố Busan [2023-05-02]",
				"Bùi Văn Khánh -attended-> Ký Thỏa thuận hợp tác giữa tỉnh Hòa Bình và thành phố Busan",
				"Kim Min-ho -attended-> Ký Thỏa thuận hợp tác giữa tỉnh Hòa Bình và thành phố Busan",
			},
			absent: []string{"event: Ký quyết định thành lập Ban Chỉ đạo [2023-05-02]"},
		},
		{
			name:   "work reported at a conference is no event of its own; a tally is no inspection",
			text:   "Hội nghị tổng kết công tác xây dựng năm 2023\nSáng 5/1/2024, Sở Xây dựng tỉnh Hòa Bình tổ chức Hội nghị tổng kết công tác năm 2023. Năm qua, Sở Xây dựng đã kiểm tra việc chấp hành quy định về trật tự xây dựng. Thanh tra Sở đã kiểm tra 45 công trình.",
			want:   []string{"event: Hội nghị tổng kết công tác xây dựng năm 2023 [2024-01-05]"},
			absent: []string{"event: Kiểm tra việc chấp hành quy định về trật tự xây dựng [2024-01-05]", "event: Kiểm tra 45 công trình [2024-01-05]"},
		},
		{
			name: "a defendant brought to trial, with an aside after the name",
			text: "Tin\nNgày 9/6/2022, Bùi Văn Tuấn (tức \"Tuấn Đen\") bị đưa ra xét xử về tội trộm cắp tài sản.",
			want: []string{
				"event: Đưa ra xét xử về tội trộm cắp tài sản [2022-06-09]",
				"Bùi Văn Tuấn -attended-> Đưa ra xét xử về tội trộm cắp tài sản",
			},
		},
		{
			name: "a delegation named with whose it is goes to visit",
			text: "Tin\nNgày 11/4/2023, đoàn công tác của tỉnh Hòa Bình đi thăm các bản vùng cao. Cùng đi có ông Quách Tất Liêm, Phó Chủ tịch UBND tỉnh Hòa Bình.",
			want: []string{
				"event: Thăm các bản vùng cao [2023-04-11]",
				"Quách Tất Liêm -attended-> Thăm các bản vùng cao",
			},
		},
		{
			name: "going to greet someone is a visit; greeting in a speech is not",
			text: "Tin\nNhân dịp Phật đản, ngày 3/5/2023, bà Bùi Thị Minh Hoài, Phó Chủ tịch UBND tỉnh Hòa Bình, đến chúc mừng Hòa thượng Thích Thanh Phong, trụ trì chùa Tiên.",
			want: []string{
				"event: Đến chúc mừng Hòa thượng Thích Thanh Phong [2023-05-03]",
				"Bùi Thị Minh Hoài -attended-> Đến chúc mừng Hòa thượng Thích Thanh Phong",
			},
		},
		{
			name: "a delegation received with 'tiếp đoàn' is the one named before",
			text: "Tin\nĐoàn công tác của tỉnh Luang Prabang gồm ông Khamphan Sitthidampha, Phó Tỉnh trưởng tỉnh Luang Prabang. Bà Bùi Thị Minh Hoài, Phó Chủ tịch UBND tỉnh Hòa Bình, tiếp đoàn ngày 8/5/2023.",
			want: []string{
				"event: Tiếp đoàn công tác của tỉnh Luang Prabang [2023-05-08]",
				"Bùi Thị Minh Hoài -attended-> Tiếp đoàn công tác của tỉnh Luang Prabang",
				"Khamphan Sitthidampha -attended-> Tiếp đoàn công tác của tỉnh Luang Prabang",
			},
		},
		{
			name: "a delegation led by X visits: 'đoàn ... do X dẫn đầu đã đến thăm, tặng quà cho ...'",
			text: "Tin\nNgày 25/1/2024, đoàn công tác của tỉnh Điện Biên do ông Mùa A Sơn, Bí thư Tỉnh ủy dẫn đầu đã đến thăm, tặng quà cho các gia đình chính sách tại huyện Mường Nhé.",
			want: []string{
				"event: Thăm, tặng quà cho các gia đình chính sách [2024-01-25]",
				"Mùa A Sơn -attended-> Thăm, tặng quà cho các gia đình chính sách",
			},
		},
		{
			name: "'Đoàn kiểm tra ... do X làm trưởng đoàn đã kiểm tra ...': the team's inspection",
			text: "Tin\nNgày 9/8/2024, Đoàn kiểm tra của UBND tỉnh Điện Biên do ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh làm trưởng đoàn đã kiểm tra công tác phòng chống dịch tại huyện Tủa Chùa.",
			want: []string{
				"event: Kiểm tra công tác phòng chống dịch [2024-08-09]",
				"Lò Văn Tiến -attended-> Kiểm tra công tác phòng chống dịch",
			},
		},
		{
			name: "a headline's leaders visit: the headline names the visit",
			text: "Lãnh đạo tỉnh thăm, chúc Tết tại huyện Mường Nhé\nNgày 25/1/2024, ông Mùa A Sơn, Bí thư Tỉnh ủy Điện Biên đã đến thăm, chúc Tết đồng bào huyện Mường Nhé.",
			want: []string{
				"event: Lãnh đạo tỉnh thăm, chúc Tết tại huyện Mường Nhé [2024-01-25]",
				"Mùa A Sơn -attended-> Lãnh đạo tỉnh thăm, chúc Tết tại huyện Mường Nhé",
			},
		},
		{
			name: "X phối hợp với Y (SHORT) tổ chức E: both hold it, past the short name",
			text: "Tin\nNgày 4/12/2023, tại Hà Nội, Bộ Công Thương phối hợp với Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) tổ chức Hội thảo Chuyển đổi năng lượng xanh.",
			want: []string{
				"Bộ Công Thương -organized-> Hội thảo Chuyển đổi năng lượng xanh",
				"Cơ quan Hợp tác Quốc tế Nhật Bản -organized-> Hội thảo Chuyển đổi năng lượng xanh",
			},
		},
		{
			name: "who hands over the medal at the ceremony attends it",
			text: "Tin\nNgày 28/7/2024, Liên đoàn Lao động tỉnh Điện Biên tổ chức lễ đón nhận Huân chương Lao động hạng Nhất.\nThừa ủy nhiệm của Chủ tịch nước, ông Lò Văn Tiến, Phó Chủ tịch UBND tỉnh Điện Biên, đã trao Huân chương Lao động hạng Nhất cho Liên đoàn.",
			want: []string{"Lò Văn Tiến -attended-> Lễ đón nhận Huân chương Lao động hạng Nhất"},
		},
		{
			name: "ORG khóa XX, nhiệm kỳ ... đã tổ chức E: the term between does not hide the organizer",
			text: "Tin\nNgày 28/9/2024, HĐND huyện Mường Ảng khóa XX, nhiệm kỳ 2021-2026 đã tổ chức kỳ họp thứ 12 để miễn nhiệm chức danh Chủ tịch UBND huyện.",
			want: []string{"HĐND huyện Mường Ảng -organized-> Kỳ họp thứ 12 HĐND huyện Mường Ảng"},
		},
		{
			name: "tang lễ của X: X attends no event of the article; the funeral home is no funeral",
			text: "Tin\nChiều 15/6/2024, tang lễ của đồng chí Lò Văn Hặc, nguyên Bí thư Tỉnh ủy Lai Châu, được tổ chức tại Nhà tang lễ tỉnh Lai Châu.\nLễ viếng bắt đầu từ 14 giờ. Ông Giàng Páo Mỷ, Bí thư Tỉnh ủy Lai Châu, làm Trưởng ban lễ tang. Gia đình, họ hàng đồng chí Lò Văn Hặc dâng hương đầu tiên.",
			want: []string{
				"event: Tang lễ [2024-06-15]",
				"Giàng Páo Mỷ -attended-> Tang lễ",
			},
			absent: []string{"Lò Văn Hặc -attended-> Tang lễ", "event: Lễ viếng bắt đầu từ 14 giờ []"},
		},
		{
			name: "đến chào xã giao: a courtesy call is a visit",
			text: "Tin\nChiều 25/9/2024, ông Khăm Phăn, Phó Tỉnh trưởng tỉnh Hủa Phăn, đã đến chào xã giao lãnh đạo tỉnh Sơn La.",
			want: []string{
				"event: Chào xã giao lãnh đạo tỉnh Sơn La [2024-09-25]",
				"Khăm Phăn -attended-> Chào xã giao lãnh đạo tỉnh Sơn La",
			},
		},
		{
			name: "ORG (SHORT) <place> đã long trọng tổ chức E: the organization holds it",
			text: "Tin\nNgày 28/7/2014, Liên đoàn Lao động (LĐLĐ) tỉnh Điện Biên đã long trọng tổ chức lễ đón nhận Huân chương Lao động hạng Nhất.",
			want: []string{"Liên đoàn Lao động tỉnh Điện Biên -organized-> Lễ đón nhận Huân chương Lao động hạng Nhất"},
		},
		{
			name: "X phối hợp với a partner kg does not read tổ chức E: X holds it",
			text: "Tin\nNgày 4/12/2023, Bộ Công Thương phối hợp với Viện Fraunhofer (Đức) tổ chức Hội thảo Chuyển đổi năng lượng xanh.",
			want: []string{"Bộ Công Thương -organized-> Hội thảo Chuyển đổi năng lượng xanh"},
		},
		{
			name: "xét xử đối với bị cáo X: the hearing's name goes on to the defendant",
			text: "Tin\nNgày 11/3/2020, TAND tỉnh Thanh Hóa mở phiên tòa xét xử sơ thẩm đối với bị cáo Lê Văn Tâm về tội nhận hối lộ.",
			want: []string{
				"event: Phiên tòa xét xử sơ thẩm đối với bị cáo Lê Văn Tâm [2020-03-11]",
				"Lê Văn Tâm -attended-> Phiên tòa xét xử sơ thẩm đối với bị cáo Lê Văn Tâm",
			},
		},
		{
			name: "lễ khai mạc Hội chợ - Triển lãm X: one event, in honour of a congress that is not it",
			text: "Tin\nChào mừng Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX, tối 24/10/2025, UBND tỉnh tổ chức lễ khai mạc Hội chợ - Triển lãm hàng nông sản tỉnh Thanh Hóa. Ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa, phát biểu khai mạc.",
			want: []string{
				"event: Lễ khai mạc Hội chợ - Triển lãm hàng nông sản tỉnh Thanh Hóa [2025-10-24]",
				"Đỗ Minh Tuấn -spoke_at-> Lễ khai mạc Hội chợ - Triển lãm hàng nông sản tỉnh Thanh Hóa",
			},
			absent: []string{"event: Triển lãm hàng nông sản tỉnh Thanh Hóa [2025-10-24]", "event: Đại hội đại biểu Đảng bộ tỉnh Thanh Hóa lần thứ XX [2025-10-24]"},
		},
		{
			name: "'Tiếp X tại Tỉnh ủy có A; B': X is the guest, the people after 'có' the hosts",
			text: "Tin\nChiều 2/2/2024, Phó Thủ tướng Trần Lưu Quang đã đến thăm, chúc Tết tỉnh Điện Biên. Tiếp Phó Thủ tướng Trần Lưu Quang tại Tỉnh ủy có bà Giàng Thị Hoa, Phó Bí thư Tỉnh ủy; ông Lê Thành Đô, Chủ tịch UBND tỉnh.",
			want: []string{
				"Giàng Thị Hoa -hosted-> Tiếp Phó Thủ tướng Trần Lưu Quang",
				"Lê Thành Đô -hosted-> Tiếp Phó Thủ tướng Trần Lưu Quang",
				"Trần Lưu Quang -attended-> Tiếp Phó Thủ tướng Trần Lưu Quang",
			},
			absent: []string{"Trần Lưu Quang -hosted-> Tiếp Phó Thủ tướng Trần Lưu Quang"},
		},
		{
			name: "'X đồng chủ trì kỳ họp; tham dự có A; B, C': the list after the semicolon attends",
			text: "Tin\nSáng 21/3/2024, HĐND tỉnh Sơn La khai mạc kỳ họp thứ 13. Chủ tịch HĐND tỉnh Nguyễn Thái Hưng và Phó Chủ tịch HĐND tỉnh Lò Văn Mừng đồng chủ trì kỳ họp; tham dự có Phó Bí thư Tỉnh ủy Hoàng Quốc Khánh; Chủ tịch UBND tỉnh Hoàng Quốc Khánh, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Lò Mai Kiên.",
			want: []string{
				"Nguyễn Thái Hưng -presided-> Kỳ họp thứ 13 HĐND tỉnh Sơn La",
				"Lò Mai Kiên -attended-> Kỳ họp thứ 13 HĐND tỉnh Sơn La",
			},
			absent: []string{"Lò Mai Kiên -presided-> Kỳ họp thứ 13 HĐND tỉnh Sơn La"},
		},
		{
			name: "'Tại kỳ họp, ...' in the lead: the session the article is about",
			text: "Tin\nTại kỳ họp, HĐND huyện đã bầu ông Lý Văn Nam giữ chức Chủ tịch UBND huyện Bảo Thắng.",
			want: []string{"event: Kỳ họp []", "Lý Văn Nam -attended-> Kỳ họp"},
		},
		{
			name:   "'tại hội nghị' later in the body names no event of its own",
			text:   "Tin\nÔng Lý Văn Nam được bầu giữ chức Chủ tịch UBND huyện Bảo Thắng.\nÔng từng nhiều lần phát biểu tại hội nghị của huyện.",
			absent: []string{"event: Hội nghị []"},
		},
		{
			name: "X chủ trì phiên họp: a session its chair presides over is held; HDND is HĐND",
			text: "Tin\nChiều 16/5/2024, ông Lò Văn Cương, Phó Chủ tịch HDND tỉnh Sơn La, chủ trì phiên họp.",
			want: []string{
				"event: Phiên họp [2024-05-16]",
				"Lò Văn Cương -presided-> Phiên họp",
				"organization: HDND tỉnh Sơn La",
			},
		},
		{
			name: "tổ chức lễ A và lễ B with no one named: both ceremonies take place",
			text: "Tin\nSáng 5/9/2023, huyện Bảo Lạc tổ chức lễ khai giảng năm học mới và lễ đón nhận Cờ thi đua của Chính phủ.",
			want: []string{
				"event: Lễ khai giảng năm học mới [2023-09-05]",
				"event: Lễ đón nhận Cờ thi đua của Chính phủ [2023-09-05]",
			},
		},
		{
			name: "'Dự lễ có ...': a bare ceremony its guests attend is the article's event",
			text: "Tin\nDự lễ còn có bà Lường Thị Hoa, nguyên Phó Chủ tịch UBND tỉnh Sơn La, và ông Cầm Văn Đoàn.",
			want: []string{
				"event: Lễ []",
				"Lường Thị Hoa -attended-> Lễ",
				"Cầm Văn Đoàn -attended-> Lễ",
			},
		},
		{
			name: "'dự lễ' after the ceremony is named is that ceremony",
			text: "Tin\nSáng 9/10/2023, UBND huyện Mai Sơn tổ chức Lễ khánh thành cầu Nà Sản. Tới dự lễ có ông Cầm Văn Đoàn, Phó Chủ tịch UBND huyện Mai Sơn.",
			want: []string{
				"event: Lễ khánh thành cầu Nà Sản [2023-10-09]",
				"Cầm Văn Đoàn -attended-> Lễ khánh thành cầu Nà Sản",
			},
			absent: []string{"event: Lễ []"},
		},
		{
			name:   "a lower-case 'lễ' not attended names no event",
			text:   "Tin\nBà Lường Thị Hoa, Phó Chủ tịch UBND tỉnh Sơn La, nói về nghi lễ cầu mùa của đồng bào.",
			absent: []string{"event: Lễ []"},
		},
		{
			name: "a conference in lower case with its date is the article's event",
			text: "Tin\nTại hội nghị ngày 3/4/2021, bà Bùi Thị Minh Hoài, Phó Chủ tịch UBND tỉnh Hòa Bình, nhấn mạnh vai trò của cộng đồng.",
			want: []string{
				"event: Hội nghị [2021-04-03]",
				"Bùi Thị Minh Hoài -spoke_at-> Hội nghị",
			},
		},
		{
			name:   "who once attended long ago, or is tried in absence, is not there",
			text:   "Tin\nSáng 3/4/2021, ông Bùi Văn Khánh dự lễ khai mạc Lễ hội Khai hạ. Tương truyền, danh tướng Đinh Công Trứ từng dự lễ tế trời tại đây. Bị cáo Quách Văn Sơn xin xét xử vắng mặt.",
			want:   []string{"Bùi Văn Khánh -attended-> Lễ khai mạc Lễ hội Khai hạ"},
			absent: []string{"Đinh Công Trứ -attended-> Lễ khai mạc Lễ hội Khai hạ", "Quách Văn Sơn -attended-> Lễ khai mạc Lễ hội Khai hạ"},
		},
		{
			name: "an inspection after going to a site is named by the site",
			text: "Tin\nChiều 3/2/2024, Phó Thủ tướng Trần Hồng Hà tới công trường dự án đường Vành đai 4, đoạn qua huyện Mê Linh, kiểm tra tiến độ và động viên công nhân.",
			want: []string{
				"event: Kiểm tra công trường dự án đường Vành đai 4, đoạn qua huyện Mê Linh [2024-02-03]",
				"Trần Hồng Hà -attended-> Kiểm tra công trường dự án đường Vành đai 4, đoạn qua huyện Mê Linh",
			},
		},
		{
			name: "a visit told paragraphs later is no stop of the day, nor part of the main event",
			text: "Trao Bằng khen cho người cứu người đuối nước\nSáng 14/4/2022, ông Bùi Văn Khánh, Chủ tịch UBND tỉnh Hòa Bình, trao Bằng khen cho anh Đinh Văn Tâm.\nAnh Tâm đã cứu hai học sinh bị đuối nước trên sông Đà.\nAnh Tâm là công nhân một công ty may.\nNgay sau sự việc, ông Quách Văn Hùng, Chủ tịch UBND xã Hiền Lương cùng cán bộ xã đã đến thăm hỏi, tặng quà anh Đinh Văn Tâm.",
			want: []string{
				"event: Thăm hỏi, tặng quà anh Đinh Văn Tâm []",
				"Quách Văn Hùng -attended-> Thăm hỏi, tặng quà anh Đinh Văn Tâm",
			},
			absent: []string{
				"event: Thăm hỏi, tặng quà anh Đinh Văn Tâm [2022-04-14]",
				"Quách Văn Hùng -attended-> Trao Bằng khen cho người cứu người đuối nước",
			},
		},
		{
			name:   "a sentence dated another day tells no doing at the event in focus",
			text:   "Tin\nSáng 14/4/2022, ông Bùi Văn Khánh, Chủ tịch UBND tỉnh Hòa Bình, dự lễ khánh thành cầu Hòa Bình. Ngày 11/4, Bộ trưởng Bộ Giao thông vận tải Nguyễn Văn Thắng biểu dương các nhà thầu.",
			want:   []string{"Bùi Văn Khánh -attended-> Lễ khánh thành cầu Hòa Bình"},
			absent: []string{"Nguyễn Văn Thắng -attended-> Lễ khánh thành cầu Hòa Bình"},
		},
		{
			name: "the deceased a funeral is held for, and one named as kin, are not attendees",
			text: "Tin\nSáng 4/6/2021, Tỉnh ủy Hòa Bình tổ chức trọng thể lễ viếng và lễ truy điệu đồng chí Quách Văn Tiến, nguyên Chủ tịch UBND tỉnh. Ông Bùi Văn Khánh, Bí thư Tỉnh ủy, đọc lời điếu. Thay mặt gia quyến, ông Quách Văn Long, con trai đồng chí Quách Văn Tiến, cảm ơn các đoàn.",
			want: []string{
				"Bùi Văn Khánh -attended-> Lễ viếng và lễ truy điệu",
				"Quách Văn Long -attended-> Lễ viếng và lễ truy điệu",
			},
			absent: []string{"Quách Văn Tiến -attended-> Lễ viếng và lễ truy điệu"},
		},
		{
			name:   "'kỳ họp này' is the session just named, not the article's",
			text:   "Tin\nSáng 7/12/2020, HĐND tỉnh Hòa Bình khai mạc kỳ họp thứ 16 do Chủ tịch HĐND tỉnh Trần Đăng Ninh chủ trì.\nTrước đó, sáng 10/11/2020, HĐND tỉnh đã tổ chức kỳ họp thứ 15. Tại kỳ họp này, ông Bùi Văn Khánh được bầu giữ chức Chủ tịch UBND tỉnh.",
			want:   []string{"Bùi Văn Khánh -attended-> Kỳ họp thứ 15 HĐND tỉnh Hòa Bình"},
			absent: []string{"Bùi Văn Khánh -attended-> Kỳ họp thứ 16 HĐND tỉnh Hòa Bình"},
		},
		{
			name:   "a poll opening a headline is no inspection",
			text:   "Khảo sát: 70% doanh nghiệp lạc quan về năm 2024\nTheo khảo sát của Phòng Thương mại, phần lớn doanh nghiệp lạc quan. Ông Lò Văn Puôn, Giám đốc Sở Công Thương tỉnh Hòa Bình, cho biết tỉnh sẽ hỗ trợ doanh nghiệp.",
			absent: []string{"event: Khảo sát: 70% doanh nghiệp lạc quan về năm 2024 []"},
		},
		{
			name: "an activity word with no one doing it is no event",
			text: "Tin\nNgày 3/4/2023, ông Hà Văn Tùng, Chánh Văn phòng UBND tỉnh Sơn La, đề nghị các sở tăng cường kiểm tra an toàn thực phẩm. Công tác khảo sát địa hình đã hoàn thành. Hai bên trao đổi về hợp tác du lịch. Công ty Khoáng sản Hòa Bình thăm dò mỏ đá vôi tại xã Tân Lập.",
			absent: []string{
				"event: Kiểm tra an toàn thực phẩm [2023-04-03]",
				"event: Khảo sát địa hình [2023-04-03]",
				"event: Thăm dò mỏ đá vôi [2023-04-03]",
				"event: Thăm dò mỏ đá vôi tại xã Tân Lập [2023-04-03]",
			},
		},
		{
			name: "an inspection team is no inspection; a visit during a congress is part of it",
			text: "Đại hội Đảng bộ xã Mai Hạ lần thứ XXIV\nSáng 9/6/2020, Đảng bộ xã Mai Hạ tổ chức Đại hội đại biểu lần thứ XXIV. Dự có ông Hà Văn Thuận, Phó Bí thư Huyện ủy Mai Châu.\nTrước giờ khai mạc, ông Hà Văn Thuận thăm hỏi sức khỏe các đảng viên lão thành. Đoàn kiểm tra số 3 của Ban Thường vụ Huyện ủy do bà Lò Thị Hương làm trưởng đoàn đã báo cáo kết quả.",
			want: []string{"Hà Văn Thuận -attended-> Đại hội Đảng bộ xã Mai Hạ lần thứ XXIV"},
			absent: []string{
				"event: Thăm hỏi sức khỏe các đảng viên lão thành [2020-06-09]",
				"event: Kiểm tra số 3 của Ban Thường vụ Huyện ủy [2020-06-09]",
			},
		},
	})
}

// TestNoEventInPollHeadline: a headline that opens with a poll, and a body
// that names no event, give no event at all.
func TestNoEventInPollHeadline(t *testing.T) {
	ex := extractText(t, "Khảo sát: 70% doanh nghiệp lạc quan về năm 2024\nTheo khảo sát của Phòng Thương mại, phần lớn doanh nghiệp lạc quan. Ông Lò Văn Puôn, Giám đốc Sở Công Thương tỉnh Hòa Bình, cho biết tỉnh sẽ hỗ trợ doanh nghiệp.")
	for _, e := range ex.Entities {
		if e.Kind == graph.Event {
			t.Errorf("event %q from a poll", e.Name)
		}
	}
}

// TestEventNameEnds checks where event names end: an anniversary keeps
// the day it marks, in lower case after its years; a festival joined to
// another ends before "gắn với"; a hearing a verb opens is named by its
// defendant.
func TestEventNameEnds(t *testing.T) {
	tests := []ruleCase{
		{
			name: "an official name lists what the meeting does, past commas; a clause after one does not",
			text: "Tin\nChiều 3/3/2025, Sở Công Thương tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết, đánh giá kết quả công tác năm 2024, triển khai nhiệm vụ năm 2025.\nSáng 5/3/2025, UBND tỉnh Quảng Ngãi tổ chức Hội thảo khoa học, thu hút 200 đại biểu.",
			want: []string{
				"event: Hội nghị tổng kết, đánh giá kết quả công tác năm 2024, triển khai nhiệm vụ năm 2025 [2025-03-03]",
			},
			absent: []string{"event: Hội thảo khoa học, thu hút 200 đại biểu [2025-03-05]"},
		},
		{
			name:   "a body's meeting told by its verb; a modal ends an event's name",
			text:   "Tin\nChiều 24/12/2019, UBND tỉnh Thái Nguyên họp phiên thường kỳ tháng 12. Dự kiến Hội nghị Gặp mặt các nhà đầu tư năm 2020 sẽ diễn ra vào ngày 22/02/2020. Phó Chủ tịch UBND tỉnh Lê Ngọc Hoa cho rằng Hội nghị phải thiết thực.",
			want:   []string{"event: Họp phiên thường kỳ tháng 12 [2019-12-24]", "Lê Ngọc Hoa -attended-> Họp phiên thường kỳ tháng 12"},
			absent: []string{"event: Hội nghị phải thiết thực [2019-12-24]"},
		},
		{
			name: "a capitalized word is never an event-stop: two handovers of a Bằng khen on two days",
			text: "Tin\nChiều 13/10/2025, Chủ tịch UBND tỉnh Hà Tĩnh Võ Trọng Hải đã trao tặng Bằng khen đột xuất cho anh Ngô Công Minh vì đã cứu người đuối nước.\nChiều 14/10/2025, Phó Chủ tịch UBND tỉnh Nguyễn Thị Thu Hường trao tặng Bằng khen đột xuất cho chị Lê Thị Na.",
			want: []string{
				"event: Trao tặng Bằng khen đột xuất cho anh Ngô Công Minh [2025-10-13]",
				"event: Trao tặng Bằng khen đột xuất cho chị Lê Thị Na [2025-10-14]",
				"Võ Trọng Hải -attended-> Trao tặng Bằng khen đột xuất cho anh Ngô Công Minh",
				"Lê Thị Na -attended-> Trao tặng Bằng khen đột xuất cho chị Lê Thị Na",
			},
			absent: []string{"Võ Trọng Hải -attended-> Trao tặng Bằng khen đột xuất cho chị Lê Thị Na"},
		},
		{
			name: "an event a meeting prepares, or that it wishes success, is only spoken of",
			text: "Tin\nSáng 4/11/2025, Thường trực HĐND phường Phù Vân tổ chức Hội nghị liên tịch. Bà Phạm Thị Bích Ngọc, Chủ tịch HĐND phường chủ trì hội nghị. Hội nghị đã thống nhất nội dung chuẩn bị cho kỳ họp thứ 6 HĐND phường. Phát biểu kết luận, bà Ngọc đề nghị các đại biểu góp phần để Đại hội đại biểu Đảng bộ phường lần thứ I diễn ra thành công.",
			want: []string{"Phạm Thị Bích Ngọc -presided-> Hội nghị liên tịch", "Phạm Thị Bích Ngọc -spoke_at-> Hội nghị liên tịch"},
			absent: []string{
				"Phạm Thị Bích Ngọc -spoke_at-> Đại hội đại biểu Đảng bộ phường Phù Vân lần thứ I",
				"event: Đại hội đại biểu Đảng bộ phường Phù Vân lần thứ I []",
			},
		},
		{
			name: "a compound word whose second syllable is a stop alone does not end a name",
			text: "Tin\nSáng 3/9/2025, Thường trực HĐND tỉnh Bắc Ninh tổ chức Hội nghị liên tịch chuẩn bị nội dung kỳ họp thứ 6. Ông Lê Văn An, Chủ tịch HĐND tỉnh chủ trì.",
			want: []string{"event: Hội nghị liên tịch chuẩn bị nội dung kỳ họp thứ 6 [2025-09-03]", "Lê Văn An -presided-> Hội nghị liên tịch chuẩn bị nội dung kỳ họp thứ 6"},
		},
		{
			name: "a batch named by its date is no date of the ceremony",
			text: "Tin\nNgày 6/11, Đảng ủy phường Việt Trì tổ chức Lễ trao tặng Huy hiệu Đảng đợt ngày 7/11. Dự có ông Bùi Văn Quang.",
			want: []string{"event: Lễ trao tặng Huy hiệu Đảng đợt ngày 7/11 [--11-06]"},
		},
		{
			name: "co-presiders listed past semicolons under 'Dự và chủ trì'",
			text: "Tin\nSáng 3/5, Đảng ủy xã Tân Lập tổ chức Hội nghị. Dự và chủ trì Hội nghị có các đồng chí: Cao Văn Tiến, Bí thư Đảng ủy xã; Đặng Văn Tân, Phó Bí thư Đảng ủy xã; Nguyễn Thị Tình, Chủ tịch UBND xã.",
			want: []string{"Cao Văn Tiến -presided-> Hội nghị", "Đặng Văn Tân -presided-> Hội nghị", "Nguyễn Thị Tình -presided-> Hội nghị"},
		},
		{
			name: "a day of festivities held in a residential area",
			text: "Tin\nSáng 15/11, ông Hầu A Lềnh dự Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn Nà Lẹng.",
			want: []string{"Hầu A Lềnh -attended-> Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư thôn Nà Lẹng"},
		},
		{
			name:   "a session named with its term, still to come",
			text:   "Tin\nNgày 10/10, Đoàn đại biểu Quốc hội tỉnh Hậu Giang tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV.\nThông tin với cử tri, bà Trần Thị Mai, Phó Trưởng đoàn cho biết kỳ họp thứ 10, Quốc hội khóa XV, sẽ khai mạc vào ngày 20/10.",
			want:   []string{"Trần Thị Mai -attended-> Tiếp xúc cử tri trước Kỳ họp thứ 10, Quốc hội khóa XV"},
			absent: []string{"event: Kỳ họp thứ 10, Quốc hội khóa XV [--10-20]"},
		},
		{
			name:   "one away from a session, named by a bare form of address",
			text:   "Tin\nSáng 28/4, HĐND tỉnh Bình Phước khai mạc kỳ họp thứ năm. Kỳ họp cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với đồng chí Nguyễn Văn Hưng, do nhận nhiệm vụ mới, nên đồng chí vắng mặt tại Kỳ họp. Chủ tọa kỳ họp là ông Huỳnh Anh Minh.",
			absent: []string{"Nguyễn Văn Hưng -attended-> Kỳ họp thứ năm HĐND tỉnh Bình Phước"},
		},
		{
			name: "an appeal against one addressed, and the first instance told after it, are two hearings",
			text: "Tin\nTòa án nhân dân cấp cao tại Hà Nội vừa xét xử phúc thẩm đối với ông Lê Văn Tú, cựu Giám đốc Sở Tài chính tỉnh Hà Giang.\nHồi tháng 6, TAND tỉnh Hà Giang mở phiên tòa xét xử sơ thẩm, tuyên phạt ông Lê Văn Tú 9 năm tù.",
			want: []string{
				"Lê Văn Tú -attended-> Xét xử phúc thẩm đối với ông Lê Văn Tú",
				"Lê Văn Tú -attended-> Phiên tòa xét xử sơ thẩm",
			},
		},
		{
			name: "a ceremony announcing a list of documents keeps the list",
			text: "Tin\nSáng 1/7, Tỉnh ủy Gia Lai tổ chức Lễ công bố các Nghị quyết, Quyết định của Trung ương về sáp nhập tỉnh. Dự có ông Hồ Văn Niên.",
			want: []string{"Hồ Văn Niên -attended-> Lễ công bố các Nghị quyết, Quyết định của Trung ương về sáp nhập tỉnh"},
		},
		{
			name:   "the voters of a place in a headline, and a voter named in the body",
			text:   "Tổ đại biểu HĐND tỉnh tiếp xúc cử tri Lục Yên\nSáng 3/7, Tổ đại biểu HĐND tỉnh Yên Bái tiếp xúc cử tri huyện Lục Yên. Cử tri Hoàng Văn Sình kiến nghị về đất đai.",
			want:   []string{"person: Hoàng Văn Sình"},
			absent: []string{"person: Lục Yên"},
		},
		{
			name: "two general meetings of shareholders in a month, each with its own chair",
			text: "Tin\nSáng 11/4, Công ty Hòa Bình tổ chức Đại hội đồng cổ đông thường niên. Ông Lê Viết Hải phát biểu.\nSáng 25/4, ĐHĐCĐ thường niên của Vietcombank diễn ra tại Hà Nội. Ông Nghiêm Xuân Thành chủ trì đại hội.",
			want: []string{
				"Lê Viết Hải -spoke_at-> Đại hội đồng cổ đông Công ty Hòa Bình thường niên",
				"Nghiêm Xuân Thành -presided-> ĐHĐCĐ thường niên của Vietcombank",
				"event: ĐHĐCĐ thường niên của Vietcombank [--04-25]",
			},
			absent: []string{"Nghiêm Xuân Thành -presided-> Đại hội đồng cổ đông Công ty Hòa Bình thường niên"},
		},
		{
			name:   "a meeting with voters before a session is named by it, and the session is not held",
			text:   "Tin\nNgày 8/10, Phó Chủ tịch Quốc hội Nguyễn Đức Hải cùng Đoàn đại biểu Quốc hội tỉnh Quảng Nam tiếp xúc cử tri trước Kỳ họp thứ 8, Quốc hội khóa XV. Bà Trần Thị Kim Hoa, Phó Trưởng đoàn cho biết kỳ họp sẽ khai mạc ngày 21/10.",
			want:   []string{"Nguyễn Đức Hải -attended-> Tiếp xúc cử tri trước Kỳ họp thứ 8, Quốc hội khóa XV", "Trần Thị Kim Hoa -attended-> Tiếp xúc cử tri trước Kỳ họp thứ 8, Quốc hội khóa XV"},
			absent: []string{"event: Kỳ họp thứ 8, Quốc hội khóa XV [--10-08]", "event: Kỳ họp thứ 8, Quốc hội khóa XV [--10-21]"},
		},
		{
			name: "a meeting with voters right after its subject is held, with no object",
			text: "Tin\nChiều 9/10, ông Nguyễn Đức Hải tiếp xúc cử tri.",
			want: []string{"Nguyễn Đức Hải -attended-> Tiếp xúc cử tri"},
		},
		{
			name: "the day's name after the years",
			text: "Tin\nSáng 28/8, Công an tỉnh Tuyên Quang tổ chức Lễ kỷ niệm 79 năm ngày truyền thống lực lượng Công an nhân dân.",
			want: []string{"event: Lễ kỷ niệm 79 năm ngày truyền thống lực lượng Công an nhân dân [--08-28]"},
		},
		{
			name:   "the day marked, with its date, is no date of the ceremony",
			text:   "Tin\nSáng 21/8, Công an tỉnh Hà Giang tổ chức Lễ kỷ niệm 80 năm ngày 19/8. Dự lễ có ông Hầu A Lềnh.",
			want:   []string{"event: Lễ kỷ niệm 80 năm ngày 19/8 [--08-21]"},
			absent: []string{"event: Lễ kỷ niệm 80 năm [--08-19]"},
		},
		{
			name:   "a festival joined to another ends before 'gắn với'",
			text:   "Tin\nTối 20/2, UBND huyện Tràng Định tổ chức Lễ hội đền Bắc Lệ năm 2024 gắn với Tuần văn hóa du lịch. Dự có ông Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh Lạng Sơn.",
			want:   []string{"Hoàng Văn Nghiệm -attended-> Lễ hội đền Bắc Lệ năm 2024"},
			absent: []string{"event: Lễ hội đền Bắc Lệ năm 2024 gắn [--02-20]"},
		},
		{
			name: "a hearing a verb opens is named by its defendant",
			text: "Tin\nNgày 14/6, TAND tỉnh Lai Châu đưa ra xét xử phúc thẩm vụ án hình sự đối với bị cáo Lò Văn Sướng, sinh năm 1990.",
			want: []string{"event: Đưa ra xét xử phúc thẩm vụ án hình sự đối với bị cáo Lò Văn Sướng [--06-14]"},
		},
		{
			name: "the one a state funeral or a birth anniversary honours is not there",
			text: "Tin\nSáng 24/3, Ban Lễ tang Nhà nước tổ chức Lễ quốc tang nguyên Chủ tịch nước Lê Đức Anh tại Hà Nội. Dự có ông Nguyễn Văn Thể, Bí thư Đảng ủy Khối.\nTin\nNhân kỷ niệm 110 năm Ngày sinh đồng chí Nguyễn Văn Linh, sáng 1/7, đoàn đại biểu tỉnh Hưng Yên do Bí thư Tỉnh ủy Hưng Yên Đỗ Tiến Sỹ làm Trưởng đoàn đã đến dâng hương tưởng niệm tại khu lưu niệm.",
			want: []string{
				"Nguyễn Văn Thể -attended-> Lễ quốc tang",
				"Đỗ Tiến Sỹ -attended-> Dâng hương tưởng niệm",
			},
			absent: []string{
				"Lê Đức Anh -attended-> Lễ quốc tang",
				"Nguyễn Văn Linh -attended-> Dâng hương tưởng niệm",
			},
		},
		{
			name: "names that run past a sentence-case topic, a short name in a list, a dash between fields, a verb after the head",
			text: "Tin\nSáng 12/12, Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V khai mạc. Dự có ông Lò Văn Pó, Bí thư Tỉnh ủy.\nChiều 13/12, Sở Công Thương tổ chức lễ tôn vinh doanh nghiệp (DN), doanh nhân tiêu biểu năm 2025. Ông Hà Văn Tú, Giám đốc Sở Công Thương tỉnh Lai Châu dự.\nSáng 5/4, UBND tỉnh Điện Biên tổ chức Hội nghị đánh giá tình hình kinh tế - xã hội quý I/2025. Ông Lò Văn Mừng, Chủ tịch UBND tỉnh Điện Biên chủ trì.",
			want: []string{
				"Lò Văn Pó -attended-> Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V",
				"Hà Văn Tú -attended-> Lễ tôn vinh doanh nghiệp (DN), doanh nhân tiêu biểu năm 2025",
				"Lò Văn Mừng -presided-> Hội nghị đánh giá tình hình kinh tế - xã hội quý I/2025",
			},
		},
		{
			name: "a commune's joint notice: its bodies joined by dashes organize, the place is theirs",
			text: "Tin\nSáng 2/2, Đảng ủy - HĐND - UBND - Ủy ban MTTQ xã Tả Phìn tổ chức Lễ hội Gầu Tào năm 2025. Dự có ông Lò Văn Pó, Chủ tịch UBND huyện Sìn Hồ.",
			want: []string{
				"Đảng ủy xã Tả Phìn -organized-> Lễ hội Gầu Tào năm 2025",
				"HĐND xã Tả Phìn -organized-> Lễ hội Gầu Tào năm 2025",
				"UBND xã Tả Phìn -organized-> Lễ hội Gầu Tào năm 2025",
				"Ủy ban MTTQ xã Tả Phìn -organized-> Lễ hội Gầu Tào năm 2025",
			},
			absent: []string{"organization: HĐND", "organization: UBND"},
		},
		{
			name: "the Assembly's plenary sitting and who chairs it; a decision for someone; decisions on cadres listed",
			text: "Tin\nSáng 5/11, Quốc hội họp phiên toàn thể tại hội trường, dưới sự điều hành của Phó Chủ tịch Quốc hội Trần Quang Phương.\nChiều 2/10, Bộ Quốc phòng tổ chức Lễ trao Quyết định thăng quân hàm từ Trung tướng lên Thượng tướng đối với Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến.\nSáng 3/10, Sở Nội vụ tỉnh Lai Châu tổ chức hội nghị công bố các quyết định điều động, phân công cán bộ. Ông Hà Văn Tú, Giám đốc Sở Nội vụ chủ trì.",
			want: []string{
				"Trần Quang Phương -presided-> Họp phiên toàn thể",
				"event: Lễ trao Quyết định thăng quân hàm từ Trung tướng lên Thượng tướng [--10-02]",
				"Hà Văn Tú -presided-> Hội nghị công bố các quyết định điều động, phân công cán bộ",
			},
		},
		{
			name: "a fronted thay mặt clause: its subject after the comma speaks, the one it names does not",
			text: "Tin\nSáng 12/12, Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V khai mạc.\nTại đại hội, thay mặt Bí thư Tỉnh ủy Lò Văn Mừng, Phó Bí thư Tỉnh ủy Hà Văn Tú đã trao Huân chương Lao động cho các tập thể.\nChiều 13/12, Hội nghị tổng kết năm của Sở Y tế tỉnh Điện Biên diễn ra. Thay mặt lãnh đạo tỉnh, đồng chí Bí thư Tỉnh ủy Lò Văn Pó gửi lời chúc mừng tới ông Lê Văn Hải.",
			want: []string{
				"Hà Văn Tú -spoke_at-> Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V",
				"Lò Văn Pó -spoke_at-> Hội nghị tổng kết năm của Sở Y tế tỉnh Điện Biên",
			},
			absent: []string{
				"Lò Văn Mừng -spoke_at-> Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V",
				"Lò Văn Mừng -attended-> Đại hội Thi đua yêu nước tỉnh Lai Châu lần thứ V",
				"Lê Văn Hải -spoke_at-> Hội nghị tổng kết năm của Sở Y tế tỉnh Điện Biên",
			},
		},
		{
			name: "a meeting with voters written short, TXCT",
			text: "Tin\nSáng 10/10, Tổ đại biểu Quốc hội đơn vị số 1 gồm các đại biểu: ông Lò Văn Pó, Phó Trưởng đoàn ĐBQH tỉnh Lai Châu; bà Lò Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh, đã TXCT tại xã Tả Phìn.",
			want: []string{"Lò Văn Pó -attended-> Tiếp xúc cử tri", "Lò Thị Hoa -attended-> Tiếp xúc cử tri"},
		},
		{
			name:   "meetings still to come: sẽ before the event",
			text:   "Tin\nĐoàn ĐBQH tỉnh Lai Châu vừa ban hành kế hoạch.\nCử tri phát biểu tại một hội nghị tiếp xúc cử tri sau Kỳ họp thứ 7. Tổ đại biểu số 1 gồm các đại biểu: ông Lò Văn Pó, Phó Trưởng đoàn ĐBQH tỉnh; bà Lò Thị Hoa, Phó Chủ tịch Hội LHPN tỉnh, sẽ TXCT tại xã Tả Phìn vào ngày 10-10.",
			absent: []string{"Lò Văn Pó -attended-> Hội nghị tiếp xúc cử tri sau Kỳ họp thứ 7", "Lò Thị Hoa -attended-> Hội nghị tiếp xúc cử tri sau Kỳ họp thứ 7"},
		},
		{
			name:   "a document's date after its number is not the event's",
			text:   "Tin\nĐảng ủy xã Tân Lập tổ chức hội nghị công bố Quyết định số 916-QĐ/TU ngày 29/9/2023 của Ban Thường vụ Tỉnh ủy về việc điều động cán bộ. Ông Lò Văn Pó, Bí thư Đảng ủy xã chủ trì.",
			absent: []string{"event: Hội nghị công bố Quyết định số 916-QĐ/TU [2023-09-29]"},
			want:   []string{"event: Hội nghị công bố Quyết định số 916-QĐ/TU []"},
		},
		{
			name: "làm lễ: a ceremony held, in lower case",
			text: "Tin\nSáng 20/7, Hội Cựu chiến binh xã Tả Phìn đã làm lễ bàn giao nhà nghĩa tình cho hội viên Lò Văn Pó. Ông Hà Văn Tú, Chủ tịch Hội Cựu chiến binh huyện Sìn Hồ dự.",
			want: []string{"Hà Văn Tú -attended-> Lễ bàn giao nhà nghĩa tình"},
		},
		{
			name: "today's date in parentheses",
			text: "Tin\nSáng nay (30/6), UBND tỉnh Sơn La tổ chức hội nghị triển khai mô hình chính quyền hai cấp, áp dụng từ ngày 1/7/2025.",
			want: []string{"event: Hội nghị triển khai mô hình chính quyền hai cấp [--06-30]"},
		},
		{
			name: "the congress of the ethnic minorities; a congress on whose eve one speaks is not held",
			text: "Tin\nSáng 12/4, huyện Mường Tè tổ chức Đại hội đại biểu các dân tộc thiểu số huyện Mường Tè lần thứ IV. Dự có ông Lò Văn Pó - PBT Thường trực Huyện ủy Mường Tè.\nChiều 20/6, xã Ka Lăng tổ chức giao lưu văn nghệ. Trước thềm Đại hội đại biểu Đảng bộ xã Ka Lăng lần thứ I, bà Lò Thị Hoa, Bí thư Đảng ủy xã phát biểu.",
			want: []string{
				"Lò Văn Pó -attended-> Đại hội đại biểu các dân tộc thiểu số huyện Mường Tè lần thứ IV",
				"Lò Văn Pó -holds_position-> Phó Bí thư Thường trực Huyện ủy Mường Tè",
			},
			absent: []string{"Lò Thị Hoa -spoke_at-> Đại hội đại biểu Đảng bộ xã Ka Lăng lần thứ I", "Lò Thị Hoa -attended-> Đại hội đại biểu Đảng bộ xã Ka Lăng lần thứ I"},
		},
		{
			name: "a session's holder after a dash, or after the kind of session in parentheses",
			text: "Tin\nSáng 8/12, tại Kỳ họp thứ 6 - HĐND tỉnh Lai Châu khóa XV, ông Lò Văn Sướng, Giám đốc Sở Y tế trả lời chất vấn.\nChiều 9/12, Kỳ họp thứ mười một (kỳ họp bất thường) HĐND tỉnh Điện Biên khóa XV bế mạc. Bà Lò Thị Hoa, Chủ tịch HĐND tỉnh Điện Biên chủ trì.",
			want: []string{
				"event: Kỳ họp thứ 6 - HĐND tỉnh Lai Châu khóa XV [--12-08]",
				"event: Kỳ họp thứ mười một (kỳ họp bất thường) HĐND tỉnh Điện Biên khóa XV [--12-09]",
				"Lò Thị Hoa -presided-> Kỳ họp thứ mười một (kỳ họp bất thường) HĐND tỉnh Điện Biên khóa XV",
			},
		},
		{
			name: "the opening sitting of a session named after it is the session",
			text: "Tin\nSáng 5/9, trong phiên khai mạc Kỳ họp chuyên đề Hội đồng nhân dân tỉnh Lai Châu khóa XV, bà Lò Thị Hoa, Chủ tịch HĐND tỉnh phát biểu.",
			want: []string{"Lò Thị Hoa -spoke_at-> Kỳ họp chuyên đề Hội đồng nhân dân tỉnh Lai Châu khóa XV"},
		},
	}
	runRules(t, tests)
}
