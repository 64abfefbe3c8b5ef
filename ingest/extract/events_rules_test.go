package extract

import "testing"

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
	})
}
