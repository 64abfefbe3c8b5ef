package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// buildVersion is what a kg binary knows of how it was built: the
// module's version, the commit and its date (when built from a git
// checkout), and the Go that compiled it.
type buildVersion struct {
	module   string // "v1.2.3", a pseudo-version, or "(devel)"
	commit   string // full revision; "" when the build had no VCS information
	date     string // commit time, RFC 3339
	modified bool   // built with uncommitted changes
	goVer    string // "go1.26.0"
	platform string // "linux/amd64"
}

// readBuildVersion reads the version from the binary's build
// information; ok is false when the binary has none (built without
// module support).
func readBuildVersion(bi *debug.BuildInfo, ok bool) buildVersion {
	v := buildVersion{module: "(devel)", goVer: runtime.Version(), platform: runtime.GOOS + "/" + runtime.GOARCH}
	if !ok || bi == nil {
		return v
	}
	if bi.Main.Version != "" {
		v.module = bi.Main.Version
	}
	if bi.GoVersion != "" {
		v.goVer = bi.GoVersion
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			v.commit = s.Value
		case "vcs.time":
			v.date = s.Value
		case "vcs.modified":
			v.modified = s.Value == "true"
		}
	}
	return v
}

// String is the version as kg version and kg --version print it:
//
//	kg v0.0.0-20260101120000-24eadb4c1e0f
//	commit 24eadb4c1e0f... (2026-01-01T12:00:00Z)
//	go1.26.0 linux/amd64
func (v buildVersion) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "kg %s\n", v.module)
	switch {
	case v.commit == "":
		b.WriteString("commit unknown (built without version control information)\n")
	default:
		fmt.Fprintf(&b, "commit %s", v.commit)
		if v.date != "" {
			fmt.Fprintf(&b, " (%s)", v.date)
		}
		if v.modified {
			b.WriteString(", with uncommitted changes")
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%s %s\n", v.goVer, v.platform)
	return b.String()
}

// binaryVersion is the running binary's version.
func binaryVersion() buildVersion { return readBuildVersion(debug.ReadBuildInfo()) }

func newVersionCmd(io *IO) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print kg's version, commit and Go version",
		Long: `Print the version of kg's module, the commit it was built from and that
commit's date (when built from a git checkout: go build stamps them), and the
Go version and platform it was built with. kg --version prints the same.`,
		Example: `  kg version`,
		Args:    cobra.NoArgs,
		RunE: func(c *cobra.Command, args []string) error {
			_, err := fmt.Fprint(io.Out, binaryVersion())
			return err
		},
	}
}
