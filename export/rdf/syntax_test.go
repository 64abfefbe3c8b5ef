package rdf

import "testing"

func TestAppendIRI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"urn:kg:person:nguyễn%20văn%20a", "<urn:kg:person:nguyễn%20văn%20a>"},
		{"https://schema.org/name", "<https://schema.org/name>"},
		{"a b<c>\"d", `<a\u0020b\u003Cc\u003E\u0022d>`},
		{"x\xffy", `<x\uFFFDy>`},
		{"", "<>"},
	} {
		if got := string(AppendIRI(nil, tc.in)); got != tc.want {
			t.Errorf("AppendIRI(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func BenchmarkAppendIRI(b *testing.B) {
	iri := EntityIRI("event:đại hội | đảng bộ văn phòng ủy ban nhân dân thành phố hà nội | 8")
	var buf []byte
	for b.Loop() {
		buf = AppendIRI(buf[:0], iri)
	}
}
