package main

// The structure of the world's organizations and the names of foreign
// guests. The names of Vietnamese people and places, the outlets, the
// sectors and how reports spell titles are in the data files (data.go).

// penFirst and penSecond make reporters' pen names ("Minh Thu").
var (
	penFirst  = []string{"Minh", "Công", "Lan", "Quang", "Thu", "Thành", "Ngọc", "Hoàng", "Hải", "Bảo", "Phương", "Đức", "Khánh", "Hồng", "Việt", "Trung", "Thanh", "Văn", "Duy", "Tuệ"}
	penSecond = []string{"Thu", "Thọ", "Anh", "Ngọc", "Hằng", "Chung", "Hà", "Long", "Hiếu", "Trang", "Linh", "Phong", "Nam", "Dương", "Tùng", "Quân", "Vy", "Lâm", "Huệ", "Nhi"}
)

// sector is a field of government: a provincial department (Sở) and a
// ministry (Bộ) carry its name.
type sector struct {
	Name  string // "Giáo dục và Đào tạo"
	Topic topic  // what its events are about
	Core  bool   // every province has this Sở in the world
	Dept  bool   // provinces have a Sở of it (Ngoại giao has none)
	// Abbrevs are how reports abbreviate the name (GD&ĐT), the usual
	// one first.
	Abbrevs []string
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

// countryList are the countries whose ambassadors the world has.
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
