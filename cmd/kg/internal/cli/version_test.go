package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestReadBuildVersion(t *testing.T) {
	platform := runtime.GOOS + "/" + runtime.GOARCH
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		ok   bool
		want string
	}{
		{"no build info", nil, false, "kg (devel)\ncommit unknown (built without version control information)\n" + runtime.Version() + " " + platform + "\n"},
		{"a release", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.0"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.time", Value: "2026-03-01T08:00:00Z"},
			{Key: "vcs.modified", Value: "false"},
		}}, true, "kg v1.2.0\ncommit 0123456789abcdef0123456789abcdef01234567 (2026-03-01T08:00:00Z)\ngo1.26.0 " + platform + "\n"},
		{"a build with changes", &debug.BuildInfo{GoVersion: "go1.26.1", Main: debug.Module{Version: "v0.0.0-20260301080000-0123456789ab+dirty"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "0123456789abcdef0123456789abcdef01234567"},
			{Key: "vcs.modified", Value: "true"},
		}}, true, "kg v0.0.0-20260301080000-0123456789ab+dirty\ncommit 0123456789abcdef0123456789abcdef01234567, with uncommitted changes\ngo1.26.1 " + platform + "\n"},
		{"go build without VCS", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}}, true, "kg (devel)\ncommit unknown (built without version control information)\ngo1.26.0 " + platform + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := readBuildVersion(tt.bi, tt.ok).String(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestVersionCommand: kg version and kg --version print the same lines
// on standard output, with the Go version.
func TestVersionCommand(t *testing.T) {
	t.Parallel()
	a := runKG(t, "", "version")
	b := runKG(t, "", "--version")
	if a.code != 0 || b.code != 0 || a.stderr != "" || a.stdout != b.stdout {
		t.Fatalf("kg version: %v\nkg --version: %v", a, b)
	}
	if !strings.HasPrefix(a.stdout, "kg ") || !strings.Contains(a.stdout, runtime.Version()) || strings.Count(a.stdout, "\n") != 3 {
		t.Errorf("kg version: %q", a.stdout)
	}
	if r := runKG(t, "", "version", "extra"); r.code != ExitUsage {
		t.Errorf("kg version extra: %v", r)
	}
}

// TestVersionStamped: kg built by go build from a git checkout says its
// commit, as git names it.
func TestVersionStamped(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds kg; skipped with -short")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build kg with")
	}
	gitCmd, err := exec.LookPath("git")
	if err != nil {
		t.Skip("no git command to ask the commit")
	}
	top, err := exec.Command(gitCmd, "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not in a git checkout: %v", err)
	}
	if fi, err := os.Stat(filepath.Join(strings.TrimSpace(string(top)), ".git")); err != nil || !fi.IsDir() {
		t.Skip("a git worktree (.git is a file): go build stamps no commit there (cmd/go looks for a .git folder)")
	}
	head, err := exec.Command(gitCmd, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(t.TempDir(), "kg")
	// -buildvcs=true over a GOFLAGS=-buildvcs=false of the environment
	if out, err := exec.Command(goCmd, "build", "-buildvcs=true", "-o", bin, "kg/cmd/kg").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin, "--version").Output()
	if err != nil {
		t.Fatal(err)
	}
	if want := "commit " + strings.TrimSpace(string(head)); !strings.Contains(string(out), want) {
		t.Errorf("kg --version:\n%s\nwant %q", out, want)
	}
}
