package main

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/text/unicode/norm"
)

func TestReadData(t *testing.T) {
	spec := fileSpec{flags: []string{"core"}, attrs: []string{"topic", "abbr"}}
	tests := []struct {
		name, text string
		want       string // an error containing this, or "" for none
		entries    int
	}{
		{"ok", "# comment\n\nTài chính | topic=economy | core\nY tế | topic=health | abbr=YT | abbr=Y.T\n", "", 2},
		{"unknown flag", "Tài chính | main\n", "x.txt:1: unknown field \"main\"", 0},
		{"unknown key", "Tài chính\nY tế | sector=y\n", "x.txt:2: unknown field \"sector=y\"", 0},
		{"empty value", "Y tế | topic=\n", "x.txt:1: unknown field", 0},
		{"no phrase", " | core\n", "x.txt:1: no phrase", 0},
		{"twice", "Y tế\nTài chính\nY tế | core\n", "x.txt:3: \"Y tế\" is listed twice (first on line 1)", 0},
		{"not NFC", norm.NFD.String("Y tế") + "\n", "x.txt:1: not in NFC", 0},
		{"empty", "# nothing\n", "x.txt: no entry", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"x.txt": {Data: []byte(tt.text)}}
			entries, err := readData(fsys, "x.txt", spec)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if len(entries) != tt.entries {
					t.Errorf("%d entries, want %d", len(entries), tt.entries)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestDataFiles checks that the embedded data build a world, and that a
// broken file is refused with its name and line.
func TestDataFiles(t *testing.T) {
	if _, err := NewWorld(Data(), 1, 0); err != nil {
		t.Fatal(err)
	}
	broken := fstest.MapFS{}
	files, err := fs.ReadDir(Data(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := f.Name()
		data, err := fs.ReadFile(Data(), name)
		if err != nil {
			t.Fatal(err)
		}
		broken[name] = &fstest.MapFile{Data: data}
	}
	broken["provinces.txt"] = &fstest.MapFile{Data: append(broken["provinces.txt"].Data, []byte("Hà Tây | level=tỉnh | minority=cham\n")...)}
	_, err = NewWorld(broken, 1, 0)
	if err == nil || !strings.Contains(err.Error(), "provinces.txt:") || !strings.Contains(err.Error(), "cham") {
		t.Errorf("err = %v, want provinces.txt:LINE and the unknown group", err)
	}
}
