package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"kg/export/dot"
	"kg/graph"
)

// svgProgram is the companion program that lays out and draws SVG.
//
// go-graphviz compiles Graphviz's WebAssembly when its package is
// initialized: 1.3 s and 49 MB in a fresh process, 0.05 s once its cache
// under $TMPDIR is warm. Linking it into kg would make every command pay
// that, so kg writes DOT and kg-svg, built from cmd/kg-svg beside kg,
// renders it in its own process with go-graphviz.
const svgProgram = "kg-svg"

// findSVGProgram looks for kg-svg beside the running kg, then on $PATH.
func findSVGProgram() (string, error) {
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), svgProgram)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	p, err := exec.LookPath(svgProgram)
	if err != nil {
		return "", fmt.Errorf("svg needs the %s program, found neither beside kg nor on $PATH: build both with go build -o bin/ ./cmd/... (or write DOT with --format dot)", svgProgram)
	}
	return p, nil
}

// renderSVG writes g as SVG through kg-svg.
func renderSVG(ctx context.Context, w io.Writer, g *graph.Graph, opts dot.Options, layout string) error {
	prog, err := findSVGProgram()
	if err != nil {
		return err
	}
	opts, layout, err = dot.ForLayout(g, opts, layout)
	if err != nil {
		return withCode(ExitUsage, err)
	}
	src, err := dotBytes(g, opts)
	if err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, prog, "--layout", layout)
	cmd.Stdin = bytes.NewReader(src)
	cmd.Stdout = w
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		var ee *exec.ExitError
		if errors.As(err, &ee) && msg != "" {
			return fmt.Errorf("render svg: %s", strings.TrimPrefix(msg, svgProgram+": "))
		}
		return fmt.Errorf("render svg with %s: %w", prog, err)
	}
	return nil
}
