package sqlite

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "Nguyễn Đức Chung", `a "quoted" \\ word`, "line\nbreak\t", "\u2028\u2029", "bad \xff byte", "<&>"} {
		var got string
		if err := json.Unmarshal(appendJSONString(nil, s), &got); err != nil {
			t.Errorf("%q: %v", s, err)
			continue
		}
		want := s
		if s == "bad \xff byte" {
			want = "bad \uFFFD byte"
		}
		if got != want {
			t.Errorf("%q read back as %q", s, got)
		}
	}
}

func TestFactsCodec(t *testing.T) {
	facts := []storedFact{
		{seq: 0, subject: 1, relation: "holds_position", object: 2, former: true, asOf: "2020-05-16", start: 10, end: 20, rule: "r/1"},
		{seq: 3, subject: 40, relation: "mentions", object: 5, asOf: "", start: 0, end: 0, rule: `odd "rule" ]`},
	}
	s := string(appendFacts(nil, facts))
	var generic [][]any
	if err := json.Unmarshal([]byte(s), &generic); err != nil {
		t.Fatalf("not JSON: %v: %s", err, s)
	}
	got, err := parseFacts(s)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, facts) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, facts)
	}
	var some []storedFact
	err = scanFacts(s, func(s, o int64) bool { return s == 40 }, func(f *storedFact) { some = append(some, *f) })
	if err != nil || len(some) != 1 || some[0].rule != facts[1].rule {
		t.Errorf("scanFacts with a filter: %+v, %v", some, err)
	}
	if got, err := parseFacts("[]"); err != nil || len(got) != 0 {
		t.Errorf("empty list: %v %v", got, err)
	}
}

func TestNamesCodec(t *testing.T) {
	for _, names := range [][]string{nil, {"Nguyễn Văn An"}, {"a", `b "c"`, "d\\e"}} {
		got, err := parseNames(encodeNames(names))
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(names) || (len(names) > 0 && !reflect.DeepEqual(got, names)) {
			t.Errorf("%q read back as %q", names, got)
		}
	}
}

// FuzzReaders checks that the readers of stored text fail, never panic,
// on any input, and read back what the writers write.
func FuzzReaders(f *testing.F) {
	f.Add(`[[0,1,"holds_position",2,1,"2020",3,4,"r"]]`)
	f.Add(`["a","b"]`)
	f.Add("1,2;3;;4")
	f.Add(`[[0,1,"x",2,0,"",3,4,"\u00e9"],[1,2,"y",3,0,"",5,6,"z"]]`)
	f.Fuzz(func(t *testing.T, s string) {
		if fs, err := parseFacts(s); err == nil {
			again, err := parseFacts(string(appendFacts(nil, fs)))
			if err != nil || len(again) != len(fs) {
				t.Errorf("facts %q: written and read back: %v, %v", s, again, err)
			}
		}
		_ = scanFacts(s, func(int64, int64) bool { return false }, func(*storedFact) {})
		if ns, err := parseNames(s); err == nil {
			again, err := parseNames(encodeNames(ns))
			if err != nil || len(again) != len(ns) {
				t.Errorf("names %q: written and read back: %v, %v", s, again, err)
			}
		}
		_, _ = parseContext(s)
		_, _ = parseInts(s)
	})
}
