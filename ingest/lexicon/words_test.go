package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestFunctionWords(t *testing.T) {
	tests := []struct {
		data string
		want string // the roles of "và", or what the error must contain
	}{
		{"và | hard | conj | event-stop\n", "stop event-stop hard conj"},
		{"và | stop\n", "stop"},
		{"# a plain line is a stop\nvà\n", "stop"},
		{"và | event-stop\n", "event-stop"},
		{"và | plural\n", "plural"},
		{"và | stop\nVà | conj\n", "stopwords.txt:2: \"Và\" is listed twice"},
		{"và vì | conj\n", "stopwords.txt:1: \"và vì\": a class is for one word"},
		{"và | stop | soft\n", "stopwords.txt:1: \"và\": unknown field \"soft\""},
		{"chuẩn bị đủ | compound\n", "stopwords.txt:1: \"chuẩn bị đủ\": a compound is a word of two syllables"},
		{"chuẩn bị | compound | stop\n", "stopwords.txt:1: \"chuẩn bị\": a compound is a word of two syllables, with no other role"},
	}
	for _, tt := range tests {
		fsys := layerBase(t)
		fsys["stopwords.txt"] = &fstest.MapFile{Data: []byte(tt.data)}
		l, err := Load(fsys)
		if err != nil {
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%q: error %v, want %q", tt.data, err, tt.want)
			}
			continue
		}
		var roles []string
		keys := Keys("và")
		if _, ok := l.Stop.Get(keys); ok {
			roles = append(roles, "stop")
		}
		if _, ok := l.EventStop.Get(keys); ok {
			roles = append(roles, "event-stop")
		}
		for _, c := range []struct {
			name  string
			class WordClass
		}{{"hard", ClassHardStop}, {"conj", ClassConj}, {"plural", ClassPlural}} {
			if l.Classes["và"]&c.class != 0 {
				roles = append(roles, c.name)
			}
		}
		if got := strings.Join(roles, " "); got != tt.want {
			t.Errorf("%q: roles %q, want %q", tt.data, got, tt.want)
		}
	}
}

// TestCompoundStops checks that the second syllable of a compound word
// stops nothing inside it, and does alone.
func TestCompoundStops(t *testing.T) {
	fsys := layerBase(t)
	fsys["stopwords.txt"] = &fstest.MapFile{Data: []byte("bị | hard | event-stop\nchuẩn bị | compound\n")}
	l, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	inWord := Keys("hội nghị chuẩn bị kỳ họp")
	alone := Keys("ông A bị kỷ luật")
	if l.StopAt(inWord, 3) || l.EventStopAt(inWord, 3) {
		t.Errorf("the bị of chuẩn bị stops a name")
	}
	if !l.StopAt(alone, 2) || !l.EventStopAt(alone, 2) {
		t.Errorf("bị alone stops nothing")
	}
}

func TestAnonymousAndEventTails(t *testing.T) {
	tests := []struct {
		file, data, err string
	}{
		{"anonymous.txt", "PV\nNhóm PV\n", ""},
		{"anonymous.txt", "PV\npv\n", "anonymous.txt:2: \"pv\" is listed twice"},
		{"anonymous.txt", "PV | role=author\n", "anonymous.txt:1: \"PV\": unknown field \"role\""},
		{"eventtails.txt", "toàn quốc\nbất thường\n", ""},
		{"eventtails.txt", "toàn quốc\nToàn quốc\n", "eventtails.txt:2: \"Toàn quốc\" is listed twice"},
	}
	for _, tt := range tests {
		fsys := layerBase(t)
		fsys[tt.file] = &fstest.MapFile{Data: []byte(tt.data)}
		l, err := Load(fsys)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("%s %q: error %v, want %q", tt.file, tt.data, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if tt.file == "anonymous.txt" && !(l.Anonymous["pv"] && l.Anonymous["nhóm pv"]) {
			t.Errorf("anonymous: %v", l.Anonymous)
		}
		if _, n := l.EventTails.Longest(Keys("bất thường lần thứ hai"), 0); tt.file == "eventtails.txt" && n != 2 {
			t.Errorf("event tail: %d words", n)
		}
	}
}
