package export

import (
	"fmt"
	"slices"
	"strings"
)

// Graphviz layout engines, as Graphviz names them.
var layouts = []string{"circo", "dot", "fdp", "neato", "nop", "nop1", "nop2", "osage", "patchwork", "sfdp", "twopi"}

// MaxDotNodes is the largest number of nodes laid out with dot when no
// layout is asked for: dot reads best, but its time grows too fast above
// (0.39 s on 100 nodes, 1.6 s on 300).
const MaxDotNodes = 100

// Layouts lists Graphviz's layout engines.
func Layouts() []string { return slices.Clone(layouts) }

// CheckLayout returns an error unless name is a Graphviz layout engine.
func CheckLayout(name string) error {
	if !slices.Contains(layouts, name) {
		return fmt.Errorf("unknown Graphviz layout %q: want one of %s", name, strings.Join(layouts, ", "))
	}
	return nil
}

// LayoutFor returns the layout engine for a drawing of n nodes: "dot" up
// to MaxDotNodes, "sfdp" above.
func LayoutFor(n int) string {
	if n <= MaxDotNodes {
		return "dot"
	}
	return "sfdp"
}

// LayoutAttrs returns the graph attributes that suit a layout engine:
// nodes drawn over edges; for the force-directed and other non-ranked
// engines, overlaps removed by scaling (sfdp's default Voronoi adjustment
// took 55 s on 2,000 nodes, overlap=scale 2.9 s) and straight edges
// (routing splines around thousands of nodes takes longer than the
// layout).
func LayoutAttrs(layout string) map[string]string {
	attrs := map[string]string{"outputorder": "edgesfirst"}
	if layout != "dot" {
		attrs["overlap"] = "scale"
		attrs["splines"] = "false"
	}
	return attrs
}
