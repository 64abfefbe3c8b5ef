package extract

import "testing"

// TestConnectionPoints: the connection points (điểm cầu) of an online
// conference are named by their place, or by the body that hosts them;
// the place is the place of the officials there, not a bridge's name.
func TestConnectionPoints(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a province's connection point gives the province of its officials",
			text: "Hội nghị trực tuyến về phòng chống thiên tai\nSáng 12/4/2024, hội nghị được kết nối tới các địa phương. Tại điểm cầu Quảng Trị có ông Võ Văn Hưng, Chủ tịch UBND tỉnh.",
			want: []string{
				"organization: UBND tỉnh Quảng Trị",
				"Võ Văn Hưng -holds_position-> Chủ tịch UBND tỉnh Quảng Trị",
			},
			absent: []string{"organization: UBND tỉnh"},
		},
		{
			name: "a sentence that starts with the connection point",
			text: "Hội nghị trực tuyến\nSáng 3/10/2023, các tỉnh dự hội nghị. Điểm cầu Sơn La do ông Lê Hồng Minh, Phó Chủ tịch UBND tỉnh chủ trì.",
			want: []string{"Lê Hồng Minh -holds_position-> Phó Chủ tịch UBND tỉnh Sơn La"},
		},
		{
			name: "a connection point named by its host body",
			text: "Hội nghị trực tuyến\nSáng 5/6/2023, tại điểm cầu UBND tỉnh Bắc Kạn, bà Đỗ Thị Minh Hoa, Phó Chủ tịch UBND tỉnh dự hội nghị.",
			want: []string{
				"organization: UBND tỉnh Bắc Kạn",
				"Đỗ Thị Minh Hoa -holds_position-> Phó Chủ tịch UBND tỉnh Bắc Kạn",
			},
		},
		{
			name:   "a bridge is still a landmark",
			text:   "Tin\nNgày 9/9/2023, xe tải va chạm trên cầu Thăng Long.",
			absent: []string{"place: Thăng Long", "person: Thăng Long"},
		},
	})
}

// TestSentenceEndsWithAbbreviation: "TP." before a capitalized word is
// "TP" and a city's name, unless the word starts a form of address: the
// sentence ended with the abbreviation.
func TestSentenceEndsWithAbbreviation(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a form of address after TP. starts the next sentence",
			text: "Tin\nNgày 20/12/2023, Thành ủy TP Hồ Chí Minh họp. Dự có đồng chí Lê Văn Tâm, Phó Bí thư Thành ủy, Chủ tịch UBND TP. Đồng chí Trần Thị Lụa, Ủy viên BTV Thành ủy phát biểu.",
			want: []string{
				"Lê Văn Tâm -holds_position-> Chủ tịch UBND TP Hồ Chí Minh",
				"Trần Thị Lụa -holds_position-> Ủy viên BTV Thành ủy Hồ Chí Minh",
			},
			absent: []string{"organization: Thành ủy Đồng", "organization: UBND TP. Đồng"},
		},
		{
			name: "a city's name after TP. that starts like a form of address",
			text: "Tin\nNgày 2/3/2023, UBND TP. Bà Rịa tổ chức hội nghị. Ông Nguyễn Văn Hùng, Chủ tịch UBND TP. Bà Rịa chủ trì.",
			want: []string{"Nguyễn Văn Hùng -holds_position-> Chủ tịch UBND TP. Bà Rịa"},
		},
	})
}

// TestHolderAfterDistrict: "Bí thư Huyện ủy X Y": the district's name
// ends where its holder's family name starts, Thái family names too.
func TestHolderAfterDistrict(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a Thái family name ends the district's name",
			text: "Tin\nNgày 5/2/2024, Chủ tịch UBND huyện Sìn Hồ Lò Văn Pấu phát biểu. Bí thư Huyện ủy Mường Tè Điêu Văn Khẩm dự lễ.",
			want: []string{
				"Điêu Văn Khẩm -holds_position-> Bí thư Huyện ủy Mường Tè",
				"Lò Văn Pấu -holds_position-> Chủ tịch UBND huyện Sìn Hồ",
			},
			absent: []string{"Điêu Văn Khẩm -holds_position-> Bí thư Huyện ủy Sìn Hồ"},
		},
		{
			name: "a district that starts like a family name",
			text: "Tin\nNgày 5/2/2024, Bí thư Huyện ủy Hoàng Su Phì Ma Thị Thanh phát biểu.",
			want: []string{"Ma Thị Thanh -holds_position-> Bí thư Huyện ủy Hoàng Su Phì"},
		},
	})
}
