package extract

import (
	"strings"
	"testing"

	"kg/graph"
)

// TestRules checks each rule of the grammar on text written for it. Each
// case is a small article (headline first) and lines its summary must
// hold; absent lines must not be there.
// ruleCase is a text written for a rule, the lines its extraction must
// hold (see summary) and those it must not.
type ruleCase struct {
	name   string
	text   string
	want   []string
	absent []string
}

// runRules extracts each case's text and checks its lines.
func runRules(t *testing.T, tests []ruleCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sum := summary(extractText(t, tt.text))
			if m := missing(sum, tt.want); len(m) > 0 {
				t.Errorf("missing:\n  %s\nextracted:\n  %s", strings.Join(m, "\n  "), strings.Join(sum, "\n  "))
			}
			for _, a := range tt.absent {
				for _, s := range sum {
					if s == a {
						t.Errorf("extracted %q, which the text does not say", a)
					}
				}
			}
		})
	}
}

func TestRules(t *testing.T) {
	tests := []ruleCase{
		{
			name: "title chain before a name",
			text: "Tin\nDự hội nghị có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Giang Dương Văn Thái.",
			want: []string{
				"Dương Văn Thái -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Dương Văn Thái -holds_position-> Bí thư Tỉnh ủy Bắc Giang",
				"Dương Văn Thái -holds_position-> Chủ tịch HĐND tỉnh Bắc Giang",
			},
		},
		{
			name: "titles after a name with commas, entries split by semicolons",
			text: "Tin\nDự có các đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh Thái Bình; Trần Thị Bình, Giám đốc Sở Tài chính.",
			want: []string{
				"Lê Văn An -holds_position-> Phó Chủ tịch UBND tỉnh Thái Bình",
				"Trần Thị Bình -holds_position-> Giám đốc Sở Tài chính tỉnh Thái Bình",
			},
			absent: []string{"Lê Văn An -holds_position-> Giám đốc Sở Tài chính tỉnh Thái Bình"},
		},
		{
			name: "titles between dashes",
			text: "Tin\nĐồng chí Hoàng Văn Cường - Phó Bí thư Tỉnh ủy Lạng Sơn, Chủ tịch UBND tỉnh - đã phát biểu.",
			want: []string{
				"Hoàng Văn Cường -holds_position-> Phó Bí thư Tỉnh ủy Lạng Sơn",
				"Hoàng Văn Cường -holds_position-> Chủ tịch UBND tỉnh Lạng Sơn",
			},
		},
		{
			name: "plural title over a list of names",
			text: "Tin\nDự có các Phó Chủ tịch UBND tỉnh Hải Dương Nguyễn Minh Hùng, Lưu Văn Bản và Trần Văn Quân.",
			want: []string{
				"Nguyễn Minh Hùng -holds_position-> Phó Chủ tịch UBND tỉnh Hải Dương",
				"Lưu Văn Bản -holds_position-> Phó Chủ tịch UBND tỉnh Hải Dương",
				"Trần Văn Quân -holds_position-> Phó Chủ tịch UBND tỉnh Hải Dương",
			},
		},
		{
			name: "plural title with gồm over entries",
			text: "Tin\nTham dự có các Ủy viên T.Ư Đảng gồm: đồng chí Lý Văn Mạnh, Bí thư Tỉnh ủy Cao Bằng; Mai Thị Hoa, Chủ tịch Quốc hội.",
			want: []string{
				"Lý Văn Mạnh -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Mai Thị Hoa -holds_position-> Ủy viên Ban Chấp hành Trung ương Đảng",
				"Lý Văn Mạnh -holds_position-> Bí thư Tỉnh ủy Cao Bằng",
				"Mai Thị Hoa -holds_position-> Chủ tịch Quốc hội",
			},
		},
		{
			name: "kiêm joins two titles",
			text: "Tin\nĐồng chí Đào Ngọc Dung, Trưởng Ban Dân vận Tỉnh ủy Hưng Yên kiêm Chủ tịch Ủy ban MTTQ tỉnh dự họp.",
			want: []string{
				"Đào Ngọc Dung -holds_position-> Trưởng Ban Dân vận Tỉnh ủy Hưng Yên",
				"Đào Ngọc Dung -holds_position-> Chủ tịch Ủy ban MTTQ tỉnh Hưng Yên",
			},
		},
		{
			name: "former positions",
			text: "Tin\nDự buổi lễ có nguyên Chủ tịch nước Nguyễn Minh Triết và ông Trần Văn Tuấn, nguyên Bộ trưởng Bộ Nội vụ.",
			want: []string{
				"Nguyễn Minh Triết -holds_position-> Chủ tịch nước (former)",
				"Trần Văn Tuấn -holds_position-> Bộ trưởng Bộ Nội vụ (former)",
			},
		},
		{
			name: "elected to a position",
			text: "Tin\nHĐND tỉnh đã bầu ông Võ Văn Hưng, Giám đốc Sở Tư pháp tỉnh Quảng Trị giữ chức Phó Chủ tịch UBND tỉnh.",
			want: []string{
				"Võ Văn Hưng -elected_to-> Phó Chủ tịch UBND tỉnh Quảng Trị",
				"Võ Văn Hưng -holds_position-> Giám đốc Sở Tư pháp tỉnh Quảng Trị",
			},
		},
		{
			name: "implicit place: bare tỉnh is the article's province",
			text: "Tin\nTại tỉnh Sóc Trăng, Chủ tịch UBND tỉnh Trần Văn Lâu dự hội nghị.",
			want: []string{"Trần Văn Lâu -holds_position-> Chủ tịch UBND tỉnh Sóc Trăng"},
		},
		{
			name: "về phía X sets the place of the clause",
			text: "Tin\nVề phía tỉnh Hà Nam có Chủ tịch UBND tỉnh Trương Quốc Huy. Về phía thành phố Hà Nội có Chủ tịch UBND thành phố Trần Sỹ Thanh.",
			want: []string{
				"Trương Quốc Huy -holds_position-> Chủ tịch UBND tỉnh Hà Nam",
				"Trần Sỹ Thanh -holds_position-> Chủ tịch UBND thành phố Hà Nội",
			},
		},
		{
			name:   "abbreviations and old tone placement are the same organization",
			text:   "Tin\nỦy ban nhân dân tỉnh Nam Định và UBND tỉnh Nam Định. Ông Phạm Đình Nghị, Chủ tịch Uỷ ban nhân dân tỉnh Nam Định.",
			want:   []string{"Phạm Đình Nghị -holds_position-> Chủ tịch Ủy ban nhân dân tỉnh Nam Định"},
			absent: []string{"organization: UBND tỉnh Nam Định"},
		},
		{
			name: "Ban Chấp hành of a province's Đảng bộ is the Tỉnh ủy",
			text: "Tin\nĐại hội bầu Ban Chấp hành Đảng bộ tỉnh Phú Thọ khóa XX.",
			want: []string{"organization: Tỉnh ủy Phú Thọ"},
		},
		{
			name: "a later short reference is the same person",
			text: "Tin\nHội nghị có Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên. Phát biểu tại hội nghị, ông Niên nhấn mạnh nhiệm vụ năm tới.",
			want: []string{"Hồ Văn Niên -spoke_at-> Hội nghị"},
		},
		{
			name: "a title alone refers to the person holding it",
			text: "Tin\nHội nghị có Chủ tịch UBND tỉnh Bình Phước Trần Tuệ Hiền.\nPhát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở tập trung.",
			want: []string{"Trần Tuệ Hiền -spoke_at-> Hội nghị"},
		},
		{
			name: "foreign names: hyphenated, in capitals, after ngài",
			text: "Tin\nChiều 5/3, Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh tiếp ngài Park Noh-wan, Đại sứ Hàn Quốc tại Việt Nam, và ông Hiroshi YAMADA.",
			want: []string{"person: Park Noh-wan", "person: Hiroshi YAMADA", "Park Noh-wan -holds_position-> Đại sứ Hàn Quốc tại Việt Nam"},
		},
		{
			name: "a congress with its holder, ordinal, term and date",
			text: "Đại hội đại biểu Đảng bộ huyện Yên Dũng lần thứ XXIV\nSáng 28-7-2020, Đảng bộ huyện Yên Dũng tổ chức Đại hội đại biểu lần thứ XXIV, nhiệm kỳ 2020 - 2025.",
			want: []string{
				"event: Đại hội đại biểu Đảng bộ huyện Yên Dũng lần thứ XXIV [2020-07-28]",
				"Đảng bộ huyện Yên Dũng -organized-> Đại hội đại biểu Đảng bộ huyện Yên Dũng lần thứ XXIV",
			},
		},
		{
			name: "the year comes from the congress's term",
			text: "Đại hội Chi bộ Trường Tiểu học Kim Đồng\nSáng 16/5, Chi bộ Trường Tiểu học Kim Đồng tổ chức Đại hội lần thứ III, nhiệm kỳ 2020-2025. Dự đại hội có đồng chí Trần Văn Hải, Bí thư Đảng ủy xã.",
			want: []string{"event: Đại hội Chi bộ Trường Tiểu học Kim Đồng [2020-05-16]"},
		},
		{
			name: "the year comes from the date line; an event before it is of that year",
			text: "Kỳ họp thứ 8\nThứ Năm, 07/12/2023\nSáng 6/12, HĐND tỉnh Hà Giang khai mạc Kỳ họp thứ 8.",
			want: []string{"event: Kỳ họp thứ 8 HĐND tỉnh Hà Giang [2023-12-06]", "article: \"Kỳ họp thứ 8\" published \"2023-12-07\""},
		},
		{
			name: "date written in words",
			text: "Lễ kỷ niệm\nNgày 3 tháng 7 năm 2021, Trường Đại học Vinh tổ chức Lễ kỷ niệm 60 năm thành lập trường.",
			want: []string{"event: Lễ kỷ niệm 60 năm thành lập trường [2021-07-03]"},
		},
		{
			name: "attendance, presiding and speaking cues",
			text: "Hội nghị\nHội nghị do đồng chí Đỗ Văn Chiến, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam chủ trì. Dự hội nghị có Bộ trưởng Bộ Tài chính Hồ Đức Phớc. Phát biểu tại hội nghị, ông Phớc cho biết.",
			want: []string{
				"Đỗ Văn Chiến -presided-> Hội nghị",
				"Hồ Đức Phớc -attended-> Hội nghị",
				"Hồ Đức Phớc -spoke_at-> Hội nghị",
			},
		},
		{
			name: "a reception: host, guest, organizer",
			text: "Chủ tịch UBND tỉnh Lâm Đồng tiếp Đoàn công tác của tỉnh Chiang Mai\nSáng 9/9, Chủ tịch UBND tỉnh Lâm Đồng Trần Văn Hiệp đã tiếp Đoàn công tác của tỉnh Chiang Mai do ông Somchai Wongsawat làm Trưởng đoàn.",
			want: []string{
				"Trần Văn Hiệp -hosted-> Tiếp Đoàn công tác của tỉnh Chiang Mai",
				"UBND tỉnh Lâm Đồng -organized-> Tiếp Đoàn công tác của tỉnh Chiang Mai",
			},
		},
		{
			name: "page furniture and credits",
			text: "Tin\nChia sẻ: Facebook | Zalo | In bài\n(PLVN) - Sáng 2/4, Tỉnh ủy Tuyên Quang tổ chức Hội nghị.\n Quang cảnh hội nghị. Ảnh: Minh Thu/TTXVN\nXem thêm: Tuyên Quang phát triển du lịch\nTheo Báo Tuyên Quang",
			want: []string{
				"person: Minh Thu",
				"organization: Thông tấn xã Việt Nam",
				"organization: Báo Pháp luật Việt Nam",
				"organization: Báo Tuyên Quang",
			},
			absent: []string{"organization: Facebook", "person: Tuyên Quang"},
		},
		{
			name:   "a place after a landmark noun is no person",
			text:   "Tin\nTối 18/1, tại Quảng trường Trần Hưng Đạo, tỉnh Nam Định tổ chức Lễ hội.",
			absent: []string{"person: Trần Hưng Đạo"},
		},
		{
			name:   "an unknown family name after a title and a province",
			text:   "Tin\nDự có Phó Chủ tịch UBND tỉnh Thanh Hóa Đầu Thanh Tùng.",
			want:   []string{"Đầu Thanh Tùng -holds_position-> Phó Chủ tịch UBND tỉnh Thanh Hóa"},
			absent: []string{"organization: UBND tỉnh Đầu Thanh Tùng"},
		},
		{
			name:   "events in general are no event",
			text:   "Tin\nHai địa phương tham gia các diễn đàn, hội thảo xúc tiến đầu tư.",
			absent: []string{"event: Diễn đàn []", "event: Hội thảo []"},
		},
	}
	runRules(t, tests)
}

// TestDistrictInProvince: an organization of a district is located in the
// district and in the article's province, so that a district official's
// mentions join their later provincial career.
func TestDistrictInProvince(t *testing.T) {
	ex := extractText(t, "Tin\nSáng 5/5, tại tỉnh Thái Bình, Bí thư Huyện ủy Kiến Xương Đặng Văn Hà dự hội nghị.")
	want := map[string]bool{
		"organization:huyện ủy kiến xương -located_in-> place:huyện kiến xương": false,
		"organization:huyện ủy kiến xương -located_in-> place:tỉnh thái bình":   false,
		"place:huyện kiến xương -located_in-> place:tỉnh thái bình":             false,
	}
	for _, f := range ex.Facts {
		k := f.Subject + " -" + f.Relation.String() + "-> " + f.Object
		if _, ok := want[k]; ok {
			want[k] = true
		}
	}
	for k, found := range want {
		if !found {
			t.Errorf("missing fact %s", k)
		}
	}
}

// TestEventKeyOrdinals: a congress written with a Roman or an Arabic
// ordinal, on another of its days, is the same event.
func TestEventKeyOrdinals(t *testing.T) {
	a := extractText(t, "Tin\nSáng 14/10/2020, Đảng bộ tỉnh Quảng Nam tổ chức Đại hội đại biểu lần thứ XXII, nhiệm kỳ 2020-2025. Dự có Bí thư Tỉnh ủy Phan Việt Cường.")
	b := extractText(t, "Tin khác\nChiều 16/10/2020, Đại hội đại biểu Đảng bộ tỉnh Quảng Nam lần thứ 22 bế mạc. Dự có Bí thư Tỉnh ủy Phan Việt Cường.")
	id := func(ex *graph.Extraction) string {
		for _, e := range ex.Entities {
			if e.Kind == graph.Event {
				return e.ID
			}
		}
		return ""
	}
	if id(a) == "" || id(a) != id(b) {
		t.Errorf("two reports of one congress give events %q and %q", id(a), id(b))
	}
}
