package graph

import "testing"

func TestFold(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"Nguyễn Đức Chung", "nguyen duc chung"},
		{"  Ủy ban   nhân dân\tTP. Hà Nội \n", "uy ban nhan dan tp. ha noi"},
		{"ỦY BAN", "uy ban"},
		{"uỷ ban", "uy ban"}, // old-style tone placement folds the same
		{"Quảng Trị", "quang tri"},
		{"Cần Thơ", "can tho"},
		{"đồng chí ĐINH", "dong chi dinh"},
		{"Nguye\u0302\u0303n", "nguyen"}, // decomposed input
		{"", ""},
		{"   ", ""},
		{"COVID-19", "covid-19"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Nguyễn Đức Chung", " a  b ", "\u0303x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if Fold(got) != got {
			t.Errorf("Fold(%q) = %q is not a fixed point", s, got)
		}
	})
}
