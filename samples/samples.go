// Package samples carries the articles kg is shown with, so that the
// binary can run its demonstration anywhere: `kg demo` ingests them.
//
// 000_a21479502d55c4f4.txt is the project's seed article, a report by
// Kinh tế & Đô thị of the 8th congress of the Party organization of the
// Hanoi People's Committee office (16 May 2020).
package samples

import (
	"embed"
	"io/fs"
)

//go:embed *.txt
var files embed.FS

// FS returns the sample articles, one .txt file each.
func FS() fs.FS { return files }
