package extract

import (
	"strings"
	"testing"
	"testing/fstest"

	"kg/graph"
	"kg/ingest/lexicon"
)

// TestWordsFromData: the words the grammar reads come from the lexicon's
// files, so that a user's file (kg --lexicon) changes what is extracted:
// a marker of a former title, a tail of a congress's name, an anonymous
// signature, a stop.
func TestWordsFromData(t *testing.T) {
	tests := []struct {
		name   string
		user   map[string]string // the user's files
		text   string
		want   []string
		absent []string
	}{
		{
			name: "a former title's marker added",
			user: map[string]string{"stopwords.txt": "cố | stop | former\n"},
			text: "Tin\nDự lễ tưởng niệm có gia đình cố Chủ tịch UBND tỉnh Phú Yên Đào Minh Khiêm.",
			want: []string{"Đào Minh Khiêm -holds_position-> Chủ tịch UBND tỉnh Phú Yên (former)"},
		},
		{
			name:   "a former title's marker taken away",
			user:   map[string]string{"stopwords.txt": "nguyên | stop\n"},
			text:   "Tin\nDự buổi gặp mặt có ông Vi Văn Thắng, nguyên Bí thư Tỉnh ủy Lạng Sơn.",
			absent: []string{"Vi Văn Thắng -holds_position-> Bí thư Tỉnh ủy Lạng Sơn (former)"},
		},
		{
			name: "a tail of a congress's name added",
			user: map[string]string{"eventtails.txt": "trù bị\n"},
			text: "Tin\nSáng 12/4, Đại hội trù bị Hội Nông dân tỉnh Yên Bái diễn ra tại thành phố Yên Bái.",
			want: []string{"event: Đại hội trù bị Hội Nông dân tỉnh Yên Bái [--04-12]"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			user := fstest.MapFS{}
			for name, text := range tt.user {
				user[name] = &fstest.MapFile{Data: []byte(text)}
			}
			lex, err := lexicon.LoadLayered(lexicon.Embedded(), user, "user")
			if err != nil {
				t.Fatal(err)
			}
			sum := summary(New(lex).Extract(docOf(tt.text)))
			if m := missing(sum, tt.want); len(m) > 0 {
				t.Errorf("missing:\n  %s\nextracted:\n  %s", strings.Join(m, "\n  "), strings.Join(sum, "\n  "))
			}
			for _, a := range tt.absent {
				for _, s := range sum {
					if s == a {
						t.Errorf("extracted %q\n  %s", a, strings.Join(sum, "\n  "))
					}
				}
			}
			// and the built-in lexicon reads the text the other way
			builtin := summary(extractText(t, tt.text))
			for _, w := range tt.want {
				for _, s := range builtin {
					if s == w {
						t.Errorf("the built-in lexicon extracts %q already: the case shows nothing", w)
					}
				}
			}
			if len(tt.absent) > 0 && len(missing(builtin, tt.absent)) > 0 {
				t.Errorf("the built-in lexicon does not extract %q: the case shows nothing\n  %s", tt.absent, strings.Join(builtin, "\n  "))
			}
		})
	}
}

// TestAbsorbWordsFromData: the role of a "Trưởng" title takes in the
// first word of its organization when titles.txt lists it (absorb=WORDS):
// "Trưởng Ban Dân vận" is a Trưởng ban.
func TestAbsorbWordsFromData(t *testing.T) {
	const text = "Tin\nDự hội nghị có ông Lương Văn Khởi, Trưởng Ban Dân vận Tỉnh ủy Cao Bằng."
	for _, tt := range []struct {
		titles string // the user's titles.txt
		role   string
	}{
		{"", "Trưởng ban"},
		{"Trưởng | absorb=Đoàn Phòng | needs-org\n", "Trưởng"},
	} {
		user := fstest.MapFS{"titles.txt": &fstest.MapFile{Data: []byte(tt.titles)}}
		lex, err := lexicon.LoadLayered(lexicon.Embedded(), user, "user")
		if err != nil {
			t.Fatal(err)
		}
		var roles []string
		for _, e := range New(lex).Extract(docOf(text)).Entities {
			if e.Kind == graph.Position {
				roles = append(roles, e.Role)
			}
		}
		if len(roles) != 1 || roles[0] != tt.role {
			t.Errorf("titles.txt %q: roles %q, want %q", tt.titles, roles, tt.role)
		}
	}
}
