package rdf

import (
	"fmt"
	"net/url"
	"testing"
	"unicode"
)

func TestIRI(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"person:abc", "urn:kg:person:abc"},
		{"person:nguyễn đức chung", "urn:kg:person:nguyễn%20đức%20chung"},
		{"a/b%c", "urn:kg:a%2Fb%25c"},
		{"x\u202ey", "urn:kg:x%E2%80%AEy"},
		{"x\xffy", "urn:kg:x%FFy"},
		{"", "urn:kg:"},
	} {
		if got := EntityIRI(tc.id); got != tc.want {
			t.Errorf("EntityIRI(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
	if got, want := RoleIRI(EntityIRI("person:a b"), "position:c/d"), "urn:kg:person:a%20b/position:c%2Fd"; got != want {
		t.Errorf("RoleIRI = %q, want %q", got, want)
	}
}

func TestIsParty(t *testing.T) {
	for name, want := range map[string]bool{
		"Đảng Cộng sản Việt Nam":      true,
		"Đảng Nhân dân Cách mạng Lào": true,
		"Đảng bộ tỉnh Bắc Giang":      false,
		"Đảng ủy Khối các cơ quan":    false,
		"Đảng uỷ Khối":                false,
		"Đảng đoàn Quốc hội":          false,
		"Tỉnh ủy Bắc Giang":           false,
		"Đảng":                        false,
	} {
		if got := IsParty(name); got != want {
			t.Errorf("IsParty(%q) = %v, want %v", name, got, want)
		}
	}
}

// checkIRI checks an absolute IRI for characters RFC 3987 does not allow
// unescaped.
func checkIRI(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return err
	}
	if u.Scheme != "urn" {
		return fmt.Errorf("scheme %q", u.Scheme)
	}
	for _, r := range s {
		if r < 0x80 && !keepASCII(byte(r)) && r != '%' && r != '/' {
			return fmt.Errorf("unescaped %q", r)
		}
		if r >= 0x80 && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			return fmt.Errorf("unescaped %U", r)
		}
	}
	return nil
}
