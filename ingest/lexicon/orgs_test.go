package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestOrgAttributes checks the organization attributes that shape a
// name's tail: a number (Sư đoàn 312), a seat (Đại sứ quán Đức tại Hà
// Nội), a branch (VietinBank Chi nhánh Lạng Sơn).
func TestOrgAttributes(t *testing.T) {
	l, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name                                     string
		numbered, seat, branch, suffix, division bool
	}{
		{"Sư đoàn", true, false, false, false, false},
		{"Quân khu", true, false, false, false, false},
		{"Đại sứ quán", false, true, false, false, false},
		{"Tổng Lãnh sự quán", false, true, false, false, false},
		{"Chi nhánh", false, false, true, false, false},
		{"Group", false, false, false, true, false},
		{"Sở", false, false, false, false, false},
		{"Phòng", false, false, false, false, true},
		{"Đội", true, false, false, false, true},
	}
	if k := l.OrgByName[strings.Join(Keys("Công an"), " ")]; k == nil || !k.Lowercase {
		t.Errorf("Công an: want it written in lower case too")
	}
	if lv := l.LevelByKey[strings.Join(Keys("liên huyện"), " ")]; lv == nil || !lv.Joint || lv.Rank != 2 {
		t.Errorf("liên huyện: level %+v, want a joint level of rank 2", lv)
	}
	if lv := l.LevelAbbrevs["P"]; lv == nil || lv.Name != "phường" {
		t.Errorf("P.: level %+v, want phường", lv)
	}
	if lv := l.LevelAbbrevs["TX"]; lv == nil || lv.Name != "thị xã" {
		t.Errorf("TX.: level %+v, want thị xã", lv)
	}
	for _, tt := range tests {
		k := l.OrgByName[strings.Join(Keys(tt.name), " ")]
		if k == nil {
			t.Errorf("%s: no organization kind", tt.name)
			continue
		}
		if k.Numbered != tt.numbered || k.Seat != tt.seat || k.Branch != tt.branch || k.Suffix != tt.suffix || k.Division != tt.division {
			t.Errorf("%s: numbered %v seat %v branch %v suffix %v division %v, want %v %v %v %v %v", tt.name, k.Numbered, k.Seat,
				k.Branch, k.Suffix, k.Division, tt.numbered, tt.seat, tt.branch, tt.suffix, tt.division)
		}
	}
}

// TestOrgAttributeMisspelled checks that a misspelled attribute is
// refused with its file and line.
func TestOrgAttributeMisspelled(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"families.txt", "levels.txt", "places.txt", "abbreviations.txt", "titles.txt",
		"orgs.txt", "events.txt", "honorifics.txt", "cues.txt", "furniture.txt", "credits.txt", "media.txt",
		"stopwords.txt", "eventstops.txt", "landmarks.txt", "documents.txt", "notnames.txt"} {
		fsys[name] = &fstest.MapFile{Data: []byte("# empty\n")}
	}
	fsys["orgs.txt"] = &fstest.MapFile{Data: []byte("# c\nSư đoàn | class=armed | tail=name | numbred\n")}
	if _, err := Load(fsys); err == nil || !strings.Contains(err.Error(), "orgs.txt:2") {
		t.Errorf("error %v, want it to name orgs.txt:2", err)
	}
}
