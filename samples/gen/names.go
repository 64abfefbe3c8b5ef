package main

// The word lists the lexicon does not hold: the middle and given names of
// Vietnamese people, the syllables district names are made of, the
// provincial departments (Sở) and ministries (Bộ) by sector, and the
// names of foreign guests. The lexicon gives the rest (provinces, family
// names, levels, outlets, abbreviations).

// middleMale and middleFemale are common middle names (tên đệm).
var (
	middleMale = []string{"Văn", "Đức", "Minh", "Quốc", "Thanh", "Hữu", "Công", "Đình",
		"Xuân", "Ngọc", "Quang", "Trọng", "Tiến", "Mạnh", "Việt", "Anh", "Bá", "Thế",
		"Duy", "Hồng", "Tuấn", "Trung", "Khắc", "Sỹ", "Hoài", "Chí", "Kim", "Hải"}
	middleFemale = []string{"Thị", "Ngọc", "Thanh", "Thu", "Hồng", "Minh", "Kim", "Thúy",
		"Phương", "Bích", "Hoài", "Diệu", "Lệ", "Tuyết", "Mỹ"}
)

// givenMale and givenFemale are common given names (tên), the syllable a
// later reference uses ("ông Hùng").
var (
	givenMale = []string{"Hùng", "Dũng", "Tuấn", "Cường", "Hải", "Sơn", "Thắng", "Long",
		"Nam", "Trung", "Quân", "Phong", "Bình", "Hòa", "Khánh", "Lâm", "Thành", "Tùng",
		"Vinh", "Hưng", "Hiếu", "Nghĩa", "Tâm", "Đạt", "Toàn", "Huy", "Lợi", "Phúc",
		"Quang", "Chiến", "Kiên", "Tú", "Khoa", "Định", "Thịnh", "Hoàn", "Tiến", "Thuận",
		"Bảo", "Tài", "Hiển", "Luân", "Nhân", "Sáng", "Thọ", "Trường", "Việt", "Hậu",
		"Quyết", "Tân", "Đông", "Chung", "Khôi", "Lực", "Minh", "Toản", "Phương", "Hoan"}
	givenFemale = []string{"Lan", "Hoa", "Hương", "Hằng", "Linh", "Thảo", "Yến", "Loan",
		"Phượng", "Huyền", "Thủy", "Trang", "Nhung", "Vân", "Hạnh", "Dung", "Ngân", "Thơ",
		"Nga", "Hiền", "Hà", "Thu", "Tuyết", "Nhàn", "Liên", "Oanh", "Xuân", "Thúy", "Hồng",
		"Quyên", "Giang", "Mến"}
)

// penFirst and penSecond make reporters' pen names ("Minh Thu").
var (
	penFirst  = []string{"Minh", "Công", "Lan", "Quang", "Thu", "Thành", "Ngọc", "Hoàng", "Hải", "Bảo", "Phương", "Đức", "Khánh", "Hồng", "Việt", "Trung", "Thanh", "Văn", "Duy", "Tuệ"}
	penSecond = []string{"Thu", "Thọ", "Anh", "Ngọc", "Hằng", "Chung", "Hà", "Long", "Hiếu", "Trang", "Linh", "Phong", "Nam", "Dương", "Tùng", "Quân", "Vy", "Lâm", "Huệ", "Nhi"}
)

// districtFirst and districtSecond make district names ("Tân Lạc"). Pairs
// whose first syllable is a family name, or that name a province, are
// left out when the world is built.
var (
	districtFirst  = []string{"Tân", "Phú", "Vĩnh", "Đông", "Tây", "Bình", "Hòa", "Mỹ", "Thanh", "Hải", "Quế", "Tam", "Cẩm", "Hương", "Như", "Ngọc", "Diễn", "Hiệp", "Thuận", "Đức", "Phước", "Hậu", "Triệu", "Nghĩa"}
	districtSecond = []string{"Lạc", "Sơn", "Thành", "Hưng", "Phong", "Xuân", "Lộc", "Thủy", "Lâm", "Định", "An", "Khê", "Giang", "Trạch", "Phước", "Điền", "Linh", "Châu", "Hòa", "Nguyên", "Thạnh", "Quan", "Tường", "Yên"}
)

// sector is a field of government: a provincial department (Sở) and a
// ministry (Bộ) carry its name.
type sector struct {
	Name  string // "Giáo dục và Đào tạo"
	Topic topic  // what its events are about
	Core  bool   // every province has this Sở in the world
	Dept  bool   // provinces have a Sở of it (Ngoại giao has none)
}

var sectors = []sector{
	{"Tài chính", topicEconomy, true, true},
	{"Giáo dục và Đào tạo", topicEducation, true, true},
	{"Y tế", topicHealth, true, true},
	{"Kế hoạch và Đầu tư", topicEconomy, true, true},
	{"Nội vụ", topicAdmin, true, true},
	{"Tư pháp", topicAdmin, false, true},
	{"Xây dựng", topicInfra, false, true},
	{"Công Thương", topicEconomy, false, true},
	{"Giao thông vận tải", topicInfra, false, true},
	{"Nông nghiệp và Phát triển nông thôn", topicAgri, false, true},
	{"Tài nguyên và Môi trường", topicAgri, false, true},
	{"Văn hóa, Thể thao và Du lịch", topicCulture, false, true},
	{"Lao động - Thương binh và Xã hội", topicSocial, false, true},
	{"Thông tin và Truyền thông", topicAdmin, false, true},
	{"Khoa học và Công nghệ", topicEconomy, false, true},
	{"Ngoại vụ", topicForeign, false, true},
	{"Ngoại giao", topicForeign, false, false},
}

// partyBoards are the boards of a party committee whose heads sit on its
// standing committee.
var partyBoards = []struct {
	Name, Role string
	Topic      topic
}{
	{"Ban Tổ chức", "Trưởng ban", topicParty},
	{"Ban Tuyên giáo", "Trưởng ban", topicParty},
	{"Ban Dân vận", "Trưởng ban", topicParty},
	{"Ủy ban Kiểm tra", "Chủ nhiệm", topicParty},
	{"Ban Nội chính", "Trưởng ban", topicParty},
}

// A nameStyle says how the people of a country are named and referred to.
type nameStyle struct {
	first, second []string
	short         int // which part a later reference uses: 0 first, 1 second
}

var (
	styleJapanese = nameStyle{[]string{"Yamada", "Takahashi", "Suzuki", "Tanaka", "Watanabe", "Nakamura", "Kobayashi", "Yoshida", "Matsumoto", "Inoue"},
		[]string{"Hiroshi", "Takeshi", "Kenji", "Naoki", "Makoto", "Yuji", "Shinji", "Akira", "Kazuo", "Tetsuya"}, 0}
	styleKorean = nameStyle{[]string{"Park", "Lee", "Choi", "Jung", "Kang", "Yoon", "Jang", "Shin", "Han", "Oh"},
		[]string{"Min-ho", "Jae-won", "Sung-jin", "Hyun-woo", "Dong-hoon", "Young-sik", "Tae-yong", "Ki-hwan"}, 0}
	styleWestern = nameStyle{[]string{"Andrew", "Peter", "Michael", "David", "Sarah", "Thomas", "Mark", "Robert", "Anna", "Claire", "Marco", "Pieter", "Helen", "James"},
		[]string{"Miller", "Harrison", "Walker", "Bennett", "Collins", "Fisher", "Rossi", "Bianchi", "de Vries", "Bakker", "Jansen", "Thompson", "Grant", "Hughes"}, 1}
	styleThai = nameStyle{[]string{"Somchai", "Prasert", "Chatchai", "Wichai", "Anan", "Kittipong", "Surachai", "Narong"},
		[]string{"Wongsawat", "Srisuk", "Chaiyaporn", "Rattanakul", "Boonmee", "Thongchai", "Sukprasert", "Kaewmanee"}, 0}
	styleLao = nameStyle{[]string{"Khamphan", "Sounthone", "Bounmy", "Phonesavanh", "Somphet", "Vilay", "Khampheng", "Sengdao", "Thongsay", "Bounthan"},
		[]string{"Sayavong", "Phommachanh", "Keomany", "Vongsa", "Sihalath", "Inthavong", "Xaysana", "Chanthavong"}, 0}
	styleIndian = nameStyle{[]string{"Pranay", "Sandeep", "Rajesh", "Anil", "Vikram", "Suresh", "Meena", "Arun"},
		[]string{"Verma", "Kumar", "Sharma", "Iyer", "Reddy", "Menon", "Nair", "Gupta"}, 1}
	styleSpanish = nameStyle{[]string{"Carlos", "Miguel", "José", "Luis", "Orlando", "Ernesto", "Alberto"},
		[]string{"García", "Fernández", "Rodríguez", "Martínez", "Pérez", "Herrera", "Castillo"}, 1}
)

// foreignWomen are the women's names among the foreign first names.
var foreignWomen = map[string]bool{"Sarah": true, "Anna": true, "Claire": true, "Helen": true, "Meena": true}

// countryList are the countries whose ambassadors the world has; each
// must be a place of level "nước" in places.txt.
var countryList = []struct {
	Name  string
	Style *nameStyle
}{
	{"Nhật Bản", &styleJapanese},
	{"Hàn Quốc", &styleKorean},
	{"Australia", &styleWestern},
	{"New Zealand", &styleWestern},
	{"Canada", &styleWestern},
	{"Hà Lan", &styleWestern},
	{"Italy", &styleWestern},
	{"Thái Lan", &styleThai},
	{"Lào", &styleLao},
	{"Ấn Độ", &styleIndian},
	{"Cuba", &styleSpanish},
}

// laoProvinces send delegations to Vietnamese provinces.
var laoProvinces = []string{"Champasak", "Savannakhet", "Luang Prabang", "Houaphanh", "Xiangkhouang", "Attapeu", "Sekong", "Salavan", "Khammouane", "Bolikhamxay"}

// cityOutlets are the papers of the cities whose paper is not "Báo"
// and the city's name.
var cityOutlets = map[string]string{
	"Hà Nội":      "Báo Hà Nội Mới",
	"Hồ Chí Minh": "Báo Sài Gòn Giải Phóng",
}

// skipPlaces are places.txt provinces the world leaves out: Hà Tây was
// merged into Hà Nội in 2008, and "Huế" is the post-2025 name of Thừa
// Thiên Huế, which the world (2015 to mid-2025) already has.
var skipPlaces = map[string]bool{"Hà Tây": true, "Huế": true}
