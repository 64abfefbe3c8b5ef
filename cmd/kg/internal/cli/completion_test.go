package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph"
)

// complete runs cobra's hidden __complete command, as a shell does on
// Tab, and returns the values offered (descriptions cut off) and the
// directive line.
func complete(t *testing.T, store string, args ...string) (values []string, directive string) {
	t.Helper()
	r := runKG(t, "", append([]string{"__complete", "--store", store}, args...)...)
	if r.code != 0 {
		t.Fatalf("__complete %q: %v", args, r)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	directive = lines[len(lines)-1]
	for _, l := range lines[:len(lines)-1] {
		value, _, _ := strings.Cut(l, "\t")
		values = append(values, value)
	}
	return values, directive
}

// TestCompleteFlagValues: Tab after --format, --layout and --lexicon
// offers their values (and no file names where a file makes no sense).
func TestCompleteFlagValues(t *testing.T) {
	t.Parallel()
	store := filepath.Join(t.TempDir(), "kg.db")
	const noFiles, dirsOnly = ":4", ":16"
	tests := []struct {
		args      []string
		want      []string
		directive string
	}{
		{[]string{"export", "--format", ""}, []string{"dot", "svg", "jsonld", "nquads", "turtle", "graphml", "neo4j", "html"}, noFiles},
		{[]string{"export", "--format="}, []string{"dot", "svg", "jsonld", "nquads", "turtle", "graphml", "neo4j", "html"}, noFiles}, // the shell puts back "--format="
		{[]string{"demo", "--format", ""}, []string{"dot", "svg", "jsonld"}, noFiles},
		{[]string{"ingest", "--format", ""}, []string{"auto", "txt", "html", "jsonl"}, noFiles},
		{[]string{"query", "attendees", "--format", ""}, []string{"table", "json", "csv"}, noFiles},
		{[]string{"query", "--format", ""}, []string{"table", "json", "csv"}, noFiles},
		{[]string{"export", "--format", "svg", "--layout", ""}, []string{"circo", "dot", "fdp", "neato", "nop", "nop1", "nop2", "osage", "patchwork", "sfdp", "twopi"}, noFiles},
		{[]string{"--lexicon", ""}, nil, dirsOnly},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			got, directive := complete(t, store, tt.args...)
			if !slices.Equal(got, tt.want) || directive != tt.directive {
				t.Errorf("got %q %s, want %q %s", got, directive, tt.want, tt.directive)
			}
		})
	}
	if _, err := os.Stat(store); err == nil {
		t.Error("completion created the store")
	}
}

// TestCompleteFocus: Tab after --focus offers the names in the store
// that begin with what is typed, accents and case aside; with no store,
// nothing, and no error.
func TestCompleteFocus(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	tests := []struct {
		typed   string
		want    []string // among the values
		notWant []string
	}{
		{"Nguyễn", []string{"Nguyễn Đức Chung"}, nil},
		{"nguyen duc", []string{"Nguyễn Đức Chung"}, []string{"Phùng Khải Lợi"}},
		{"Nguyễn Đức Ch", []string{"Nguyễn Đức Chung"}, nil},
		{"Phùng", []string{"Phùng Khải Lợi"}, []string{"Nguyễn Đức Chung"}},
		{"Zzz", nil, []string{"Nguyễn Đức Chung"}},
		{"", nil, []string{"Nguyễn Đức Chung"}},
	}
	for _, tt := range tests {
		t.Run(tt.typed, func(t *testing.T) {
			got, directive := complete(t, e.store, "export", "--format", "dot", "--focus", tt.typed)
			if directive != ":4" {
				t.Errorf("directive %s, want :4 (no file names)", directive)
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("%q not offered: %q", w, got)
				}
			}
			for _, w := range tt.notWant {
				if slices.Contains(got, w) {
					t.Errorf("%q offered: %q", w, got)
				}
			}
			for _, g := range got {
				if !strings.HasPrefix(graph.Fold(g), graph.Fold(tt.typed)) {
					t.Errorf("%q offered for %q", g, tt.typed)
				}
			}
		})
	}

	missing := filepath.Join(t.TempDir(), "none.db")
	if got, directive := complete(t, missing, "export", "--format", "dot", "--focus", "Nguyễn"); len(got) != 0 || directive != ":4" {
		t.Errorf("with no store: %q %s", got, directive)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("completion created a store")
	}
	notStore := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(notStore, []byte("không phải kho dữ liệu"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := complete(t, notStore, "export", "--format", "dot", "--focus", "Nguyễn"); len(got) != 0 {
		t.Errorf("with a file that is no store: %q", got)
	}
}

// TestCompleteQueryNames: the arguments of a query complete with the
// names of the store, as --focus does.
func TestCompleteQueryNames(t *testing.T) {
	t.Parallel()
	e := richStore(t)
	r := e.must("__complete", "query", "positions", "Phùng Khải")
	if !strings.Contains(r.stdout, "Phùng Khải Lợi\tperson") {
		t.Errorf("query positions: completions %q lack Phùng Khải Lợi", r.stdout)
	}
	r = e.must("__complete", "query", "path", "Phùng Khải Lợi", "Vũ Đăng")
	if !strings.Contains(r.stdout, "Vũ Đăng Định") {
		t.Errorf("path's second argument: completions %q lack Vũ Đăng Định", r.stdout)
	}
	r = e.must("__complete", "query", "positions", "Phùng Khải Lợi", "")
	if strings.Contains(r.stdout, "\t") {
		t.Errorf("a command with its arguments given completes nothing more: %q", r.stdout)
	}
}
