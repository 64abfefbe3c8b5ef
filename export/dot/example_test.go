package dot_test

import (
	"fmt"
	"os"

	"kg/export/dot"
	"kg/graph"
)

func ExampleWrite() {
	g := graph.New()
	g.AddEntity(graph.Entity{ID: "person:nguyễn văn a", Kind: graph.Person, Name: "Nguyễn Văn A"})
	g.AddEntity(graph.Entity{ID: "position:chủ tịch ubnd tỉnh bắc giang", Kind: graph.Position,
		Name: "Chủ tịch UBND tỉnh Bắc Giang", Role: "Chủ tịch"})
	g.AddEntity(graph.Entity{ID: "organization:ubnd tỉnh bắc giang", Kind: graph.Organization,
		Name: "UBND tỉnh Bắc Giang", Class: graph.OrgState})
	for _, f := range []graph.Fact{
		{Subject: "person:nguyễn văn a", Relation: graph.HoldsPosition, Object: "position:chủ tịch ubnd tỉnh bắc giang", Former: true},
		{Subject: "position:chủ tịch ubnd tỉnh bắc giang", Relation: graph.PositionIn, Object: "organization:ubnd tỉnh bắc giang"},
	} {
		if err := g.AddFact(f); err != nil {
			fmt.Println(err)
		}
	}
	if err := dot.Write(os.Stdout, g, dot.Options{NoLegend: true}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// digraph kg {
	// 	charset="UTF-8";
	// 	fontname="DejaVu Sans";
	// 	nodesep="0.25";
	// 	rankdir="LR";
	// 	ranksep="0.6";
	// 	node [fontname="DejaVu Sans", fontsize=11, style="filled", penwidth=0.8, margin="0.12,0.06"];
	// 	edge [fontname="DejaVu Sans", fontsize=9, color="#5c636a", fontcolor="#41464b", arrowsize=0.7];
	// 	"organization:ubnd tỉnh bắc giang" [label="UBND tỉnh Bắc Giang", shape="box", fillcolor="#d1e7dd"];
	// 	"person:nguyễn văn a" [label="Nguyễn Văn A", shape="ellipse", fillcolor="#cfe2ff"];
	// 	"position:chủ tịch ubnd tỉnh bắc giang" [label="Chủ tịch UBND tỉnh Bắc\nGiang", shape="note", fillcolor="#fff3cd"];
	// 	"person:nguyễn văn a" -> "position:chủ tịch ubnd tỉnh bắc giang" [label="giữ chức", style="dashed"];
	// 	"position:chủ tịch ubnd tỉnh bắc giang" -> "organization:ubnd tỉnh bắc giang" [label="thuộc"];
	// }
}
