package document

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseHTML(t *testing.T) {
	const para = "Chiều 12/3, đồng chí Phó Chủ tịch UBND tỉnh đã có buổi làm việc với đoàn công tác của Bộ Kế hoạch và Đầu tư."
	tcvn, tcvnWant := encodeTCVN3(t, para)
	tests := []struct {
		name  string
		page  []byte
		check func(t *testing.T, d *Document)
	}{
		{
			name: "TCVN3 page declared Latin-1, drawn with .VnTime",
			page: []byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><h1>Tin</h1><p><font face=\".VnTime\">" + string(tcvn) + "</font></p></body></html>"),
			check: func(t *testing.T, d *Document) {
				wantEncoding(t, d, "TCVN3")
				wantBlock(t, d, 1, Paragraph, tcvnWant)
			},
		},
		{
			name: "declared UTF-8, bytes are Windows-1258",
			page: append([]byte("<html><head><meta charset=\"utf-8\"></head><body><p>"), append(encode1258(t, para), "</p></body></html>"...)...),
			check: func(t *testing.T, d *Document) {
				wantEncoding(t, d, "windows-1258")
				wantBlock(t, d, 0, Paragraph, para)
			},
		},
		{
			name: "declared Windows-1258, bytes are UTF-8 (a page saved again)",
			page: []byte("<html><head><meta charset=\"windows-1258\"></head><body><p>" + para + "</p></body></html>"),
			check: func(t *testing.T, d *Document) {
				wantEncoding(t, d, "")
				wantBlock(t, d, 0, Paragraph, para)
			},
		},
		{
			name: "no h1: og:title without the site's name; publisher from the title",
			page: []byte(`<html><head><title>Hà Nội - Hà Nam: Tăng cường hợp tác | Báo Hà Nội Mới</title>
				<meta property="og:title" content="Hà Nội - Hà Nam: Tăng cường hợp tác - Báo Hà Nội Mới"></head>
				<body><div class="detail"><p>` + para + `</p></div></body></html>`),
			check: func(t *testing.T, d *Document) {
				wantBlock(t, d, 0, Headline, "Hà Nội - Hà Nam: Tăng cường hợp tác")
				if d.Title != "Hà Nội - Hà Nam: Tăng cường hợp tác" || d.Publisher != "Báo Hà Nội Mới" {
					t.Errorf("Title %q, Publisher %q", d.Title, d.Publisher)
				}
			},
		},
		{
			name: "old page: text in divs and line breaks",
			page: []byte(`<html><body><table><tr><td class="tieude"><h1>Tiếp xúc cử tri</h1></td></tr>
				<tr><td class="noidung">Sáng 5/6, đại biểu HĐND tỉnh tiếp xúc cử tri.<br><br>Cử tri kiến nghị nhiều vấn đề dân sinh.<br>
				<i>Ảnh: Văn Thành</i></td></tr></table></body></html>`),
			check: func(t *testing.T, d *Document) {
				wantBlock(t, d, 0, Headline, "Tiếp xúc cử tri")
				wantBlock(t, d, 1, Paragraph, "Sáng 5/6, đại biểu HĐND tỉnh tiếp xúc cử tri.")
				wantBlock(t, d, 2, Paragraph, "Cử tri kiến nghị nhiều vấn đề dân sinh.")
				wantBlock(t, d, 3, Paragraph, "Ảnh: Văn Thành")
			},
		},
		{
			name: "a wrapper with a junk-looking class holds the article: kept",
			page: []byte(`<html><body><div class="container has-share-bar"><h1>Tiêu đề</h1><p>` + para + `</p><p>` + para + `</p>
				<div class="share">Chia sẻ</div></div><div class="related"><p>Tin khác ngắn hơn nhiều.</p></div></body></html>`),
			check: func(t *testing.T, d *Document) {
				if len(d.Blocks) != 3 {
					t.Errorf("blocks = %v, want headline and two paragraphs", d.Blocks)
				}
			},
		},
		{
			name: "today's date in the site's header is not the date line",
			page: []byte(`<html><body><div class="top"><span class="date">Thứ Hai, 25/11/2024</span></div>
				<h1>Tiêu đề</h1><div class="post-date">12/03/2019 15:30</div><div class="content"><p>` + para + `</p></div></body></html>`),
			check: func(t *testing.T, d *Document) {
				wantBlock(t, d, 1, Meta, "12/03/2019 15:30")
				if d.Published != "12/03/2019 15:30" {
					t.Errorf("Published = %q", d.Published)
				}
			},
		},
		{
			name: "JSON-LD gives the metadata; img alt is not text; entities decoded",
			page: []byte(`<html><head><script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"Tiêu đề LD",
				"datePublished":"2024-01-19","author":[{"@type":"Person","name":"Lan Anh"},{"name":"Hoàng Hà"}],"publisher":{"name":"Báo Bắc Giang"},
				"mainEntityOfPage":{"@id":"https://bg.example.vn/a.html"}}]</script></head>
				<body><p>Hội nghị &quot;Diên Hồng&quot; &amp; các đại biểu <img alt="ẢNH ALT"> dự lễ khai mạc sáng nay.</p></body></html>`),
			check: func(t *testing.T, d *Document) {
				wantBlock(t, d, 0, Headline, "Tiêu đề LD")
				wantBlock(t, d, 1, Paragraph, `Hội nghị "Diên Hồng" & các đại biểu dự lễ khai mạc sáng nay.`)
				if d.Published != "2024-01-19" || d.Author != "Lan Anh, Hoàng Hà" || d.Publisher != "Báo Bắc Giang" || d.URL != "https://bg.example.vn/a.html" {
					t.Errorf("metadata: %+v", d)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ParseHTML(tt.page, "page.html")
			if err != nil {
				t.Fatal(err)
			}
			checkDocument(t, d)
			tt.check(t, d)
		})
	}
}

func wantEncoding(t *testing.T, d *Document, enc string) {
	t.Helper()
	if d.Encoding != enc {
		t.Errorf("Encoding = %q, want %q", d.Encoding, enc)
	}
}

func wantBlock(t *testing.T, d *Document, i int, kind BlockKind, text string) {
	t.Helper()
	if i >= len(d.Blocks) {
		t.Fatalf("no block %d in %v", i, d.Blocks)
	}
	if b := d.Blocks[i]; b.Kind != kind || b.Text != text {
		t.Errorf("block %d = %s %q, want %s %q", i, b.Kind, b.Text, kind, text)
	}
}

func TestParseHTMLNoText(t *testing.T) {
	pages := []string{
		"<html><head><title>Trang chủ</title></head><body><nav><a href='/'>Trang chủ</a></nav><script>var x=1</script></body></html>",
		"<html><body><h1>Chỉ có tiêu đề</h1></body></html>",
		"<!DOCTYPE html>",
	}
	for _, p := range pages {
		if _, err := ParseHTML([]byte(p), "p.html"); !errors.Is(err, ErrEmpty) {
			t.Errorf("ParseHTML(%q): err = %v, want ErrEmpty", p, err)
		}
	}
}

// TestParseHTMLDeep: a hostile page nested 200,000 deep is refused
// quickly; one nested 500 deep is read.
func TestParseHTMLDeep(t *testing.T) {
	const p = "<p>Đoạn văn nằm rất sâu trong trang.</p>"
	start := time.Now()
	_, err := ParseHTML([]byte(strings.Repeat("<div>", 200000)+p+strings.Repeat("</div>", 200000)), "deep.html")
	if !errors.Is(err, ErrBadHTML) {
		t.Errorf("200,000 deep: err = %v, want ErrBadHTML", err)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v", d)
	}
	d, err := ParseHTML([]byte(strings.Repeat("<div>", 500)+p+strings.Repeat("</div>", 500)), "deep.html")
	if err != nil {
		t.Fatalf("500 deep: %v", err)
	}
	wantBlock(t, d, 0, Paragraph, "Đoạn văn nằm rất sâu trong trang.")
}
