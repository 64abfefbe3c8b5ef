package jsonld_test

import (
	"fmt"
	"os"

	"kg/export/jsonld"
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
		{Subject: "person:nguyễn văn a", Relation: graph.HoldsPosition, Object: "position:chủ tịch ubnd tỉnh bắc giang",
			AsOf: graph.Date{Year: 2020, Month: 5, Day: 16}},
		{Subject: "position:chủ tịch ubnd tỉnh bắc giang", Relation: graph.PositionIn, Object: "organization:ubnd tỉnh bắc giang"},
	} {
		if err := g.AddFact(f); err != nil {
			fmt.Println(err)
		}
	}
	if err := jsonld.Write(os.Stdout, g, jsonld.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "@context": {
	//     "@vocab": "https://schema.org/",
	//     "kg": "urn:kg:vocab:",
	//     "xsd": "http://www.w3.org/2001/XMLSchema#",
	//     "name": {"@language": "vi"},
	//     "alternateName": {"@language": "vi"},
	//     "headline": {"@language": "vi"},
	//     "roleName": {"@language": "vi"},
	//     "url": {"@type": "xsd:anyURI"}
	//   },
	//   "@graph": [
	//     {
	//       "@id": "urn:kg:organization:ubnd%20tỉnh%20bắc%20giang",
	//       "@type": "GovernmentOrganization",
	//       "name": "UBND tỉnh Bắc Giang"
	//     },
	//     {
	//       "@id": "urn:kg:person:nguyễn%20văn%20a",
	//       "@type": "Person",
	//       "name": "Nguyễn Văn A",
	//       "memberOf": [
	//         {
	//           "@id": "urn:kg:person:nguyễn%20văn%20a/position:chủ%20tịch%20ubnd%20tỉnh%20bắc%20giang",
	//           "@type": "OrganizationRole",
	//           "name": "Chủ tịch UBND tỉnh Bắc Giang",
	//           "roleName": "Chủ tịch",
	//           "memberOf": [
	//             {
	//               "@id": "urn:kg:organization:ubnd%20tỉnh%20bắc%20giang"
	//             }
	//           ],
	//           "kg:heldOn": {
	//             "@value": "2020-05-16",
	//             "@type": "xsd:date"
	//           }
	//         }
	//       ]
	//     }
	//   ]
	// }
}
