package extract

import "testing"

// TestObituaries checks death notices and profiles: the provinces of
// before 1997 they name, the posts a clause with no subject lists, and
// the one who died, who attends none of the funerals.
func TestObituaries(t *testing.T) {
	tests := []ruleCase{
		{
			name: "the head of a delegation that came to pay respects",
			text: "Lễ viếng đồng chí Hà Văn Khoát\nSáng 4/6, tại Nhà tang lễ tỉnh, Tỉnh ủy Nghệ An tổ chức lễ viếng đồng chí Hà Văn Khoát.\nTrong không khí trang nghiêm, đoàn đại biểu tỉnh do đồng chí Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy dẫn đầu đã vào viếng, đặt vòng hoa.",
			want: []string{"Nguyễn Đức Trung -attended-> Lễ viếng"},
		},
		{
			name:   "a province since divided is a place, not a person",
			text:   "Tin\nDự lễ có ông Tạ Quang Vinh, nguyên Chủ tịch UBND tỉnh Hà Sơn Bình, và ông Cù Văn Tám, nguyên Phó Chủ tịch UBND tỉnh Nghĩa Bình.",
			want:   []string{"Tạ Quang Vinh -holds_position-> Chủ tịch UBND tỉnh Hà Sơn Bình (former)", "Cù Văn Tám -holds_position-> Phó Chủ tịch UBND tỉnh Nghĩa Bình (former)"},
			absent: []string{"person: Hà Sơn Bình", "person: Nghĩa Bình"},
		},
		{
			name: "a profile's clause with no subject lists the posts of the one named before",
			text: "Tin buồn\nĐồng chí Lưu Đình Khải. Sinh năm 1935. Quê quán: xã Diễn Châu, tỉnh Nghệ An. Nguyên là: Phó Chủ tịch UBND tỉnh Nghệ Tĩnh, Giám đốc Sở Thủy lợi tỉnh Nghệ Tĩnh.",
			want: []string{
				"Lưu Đình Khải -holds_position-> Phó Chủ tịch UBND tỉnh Nghệ Tĩnh (former)",
				"Lưu Đình Khải -holds_position-> Giám đốc Sở Thủy lợi tỉnh Nghệ Tĩnh (former)",
			},
		},
		{
			name:   "the one who died, referred to by a bare form of address, attends no funeral",
			text:   "Tin buồn\nĐồng chí Lưu Đình Khải, nguyên Phó Chủ tịch UBND tỉnh Nghệ Tĩnh. Do tuổi cao, đồng chí đã từ trần hồi 9 giờ ngày 3/4/2021. Lễ viếng được tổ chức từ 7 giờ ngày 5/4/2021 tại Nhà tang lễ tỉnh. Ông Hồ Văn Mạnh, Phó Chủ tịch UBND tỉnh Nghệ An dự lễ viếng.",
			want:   []string{"Hồ Văn Mạnh -attended-> Lễ viếng"},
			absent: []string{"Lưu Đình Khải -attended-> Lễ viếng"},
		},
		{
			name:   "the one who died, named, attends no funeral",
			text:   "Lễ truy điệu nguyên Chủ tịch UBND tỉnh Nghệ Tĩnh\nÔng Lưu Đình Khải, nguyên Chủ tịch UBND tỉnh Nghệ Tĩnh, đã qua đời sau thời gian lâm bệnh. Lễ truy điệu được tổ chức sáng 5/4/2021, do ông Hồ Văn Mạnh, Phó Chủ tịch UBND tỉnh Nghệ An chủ trì.",
			want:   []string{"Hồ Văn Mạnh -presided-> Lễ truy điệu"},
			absent: []string{"Lưu Đình Khải -attended-> Lễ truy điệu"},
		},
	}
	runRules(t, tests)
}
