//go:build linux

package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFullDisk runs kg on a 4 MiB tmpfs filled to the last byte: an
// ingest exits 4 with one line saying the disk is full and what to do,
// and leaves the store as it was; an export to a file exits 5 naming the
// file and leaves nothing behind; once there is room, the same ingest
// completes. It needs root to mount the file system, and is skipped
// otherwise.
func TestFullDisk(t *testing.T) {
	t.Parallel()
	if os.Geteuid() != 0 {
		t.Skip("mounting a small file system needs root")
	}
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=4m,mode=0755"); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(mnt, syscall.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", mnt, err)
		}
	})
	e := &kgEnv{t: t, dir: mnt, store: filepath.Join(mnt, "kg.db")}
	e.must(append([]string{"ingest", "-q"}, corpus(t)...)...)
	before := readState(t, e.store)

	// new articles, outside the small file system
	src := t.TempDir()
	seed := mustRead(t, seedArticle)
	var articles []string
	for i := range 40 {
		p := filepath.Join(src, fmt.Sprintf("copy%02d.txt", i))
		if err := os.WriteFile(p, fmt.Appendf(seed, "\nBản tin số %d.\n", i), 0o644); err != nil {
			t.Fatal(err)
		}
		articles = append(articles, p)
	}

	filler := filepath.Join(mnt, "filler")
	fill(t, filler)

	r := e.kg(append([]string{"ingest", "-q", "--batch", "1000"}, articles...)...)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	last := lines[len(lines)-1]
	if r.code != ExitStore || !strings.Contains(last, "full") || !strings.Contains(last, "free some disk space") {
		t.Errorf("ingest on a full disk: %v\nwant exit 4 and a line saying the disk is full", r)
	}
	t.Logf("ingest on a full disk: %s", last)
	if after := readState(t, e.store); after.articles != before.articles || after.exports[0] != before.exports[0] || after.exports[1] != before.exports[1] {
		t.Errorf("a failed ingest changed the store: %d articles, was %d", after.articles, before.articles)
	}

	out := filepath.Join(mnt, "graph.jsonld")
	r = e.kg("export", "--format", "jsonld", "-o", out)
	if want := "kg: write $DIR/graph.jsonld: no space left on device\n"; r.code != ExitError || stable(r.stderr, mnt) != want {
		t.Errorf("export to a full disk: %v\nwant exit 5 and %q", r, want)
	}
	if m, _ := filepath.Glob(filepath.Join(mnt, "*graph.jsonld*")); len(m) > 0 {
		t.Errorf("a failed export left %v", m)
	}

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	e.must(append([]string{"ingest", "-q", "--batch", "1000"}, articles...)...)
	if got := readState(t, e.store).articles; got != before.articles+len(articles) {
		t.Errorf("%d articles after the disk had room again, want %d", got, before.articles+len(articles))
	}
}

// fill writes to path until the file system is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return
		}
	}
}
