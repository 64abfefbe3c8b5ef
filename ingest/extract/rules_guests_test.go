package extract

import "testing"

// TestForeignGuests checks guests from abroad at receptions: names of one
// word, and the thanks a guest gives for what the hosts did.
func TestForeignGuests(t *testing.T) {
	tests := []ruleCase{
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
