package document

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/unicode/norm"
)

// Names for Document.Encoding, besides the legacy encodings'.
const (
	encUTF16LE = "UTF-16LE"
	encUTF16BE = "UTF-16BE"
)

// minVietnamese is the share of words that must read as Vietnamese
// syllables for a legacy decoding to be accepted. Real text scores above
// 0.9 (foreign names are the misses); a wrong encoding scores below 0.3.
const minVietnamese = 0.75

// sampleBytes bounds how much of an input the detector scores; the
// encoding of the rest is taken to be the same.
const sampleBytes = 256 << 10

// Decode converts the bytes of a text or page to UTF-8 and reports the
// encoding it converted from ("" for UTF-8). It strips a byte order mark,
// reads UTF-16 (with a BOM, or without one when the zero bytes show it),
// and reads bytes that are not UTF-8 as Windows-1258, TCVN3 or VNI,
// whichever gives the most Vietnamese syllables; lines that are valid
// UTF-8 in such a file are kept as they are. UTF-8 that is mojibake of
// one of those (a legacy or UTF-8 file read once as Latin-1 and saved
// again) is read back the same way.
//
// The text is not yet cleaned: see [Clean]. Errors are [ErrBinary],
// [ErrEmpty] and [ErrEncoding].
func Decode(data []byte) (text, enc string, err error) {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return decodeUTF16(data, xunicode.LittleEndian, encUTF16LE)
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeUTF16(data, xunicode.BigEndian, encUTF16BE)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", fmt.Errorf("%w: no text", ErrEmpty)
	}
	if what := sniffBinary(data); what != "" {
		if what == hasNUL {
			if order, name := utf16Order(data); name != "" {
				return decodeUTF16(data, order, name)
			}
		}
		return "", "", fmt.Errorf("%w: %s", ErrBinary, what)
	}
	if utf8.Valid(data) {
		text := string(data)
		if t, e, ok := readMojibake(text); ok {
			return t, e, nil
		}
		return text, "", nil
	}
	if cut := cutPartialRune(data); utf8.Valid(cut) {
		// UTF-8 cut off in the middle of a character.
		return string(cut), "UTF-8 (invalid bytes dropped)", nil
	}
	return decodeLegacy(data)
}

// cutPartialRune drops the start of a multi-byte character that data ends
// with, if it does.
func cutPartialRune(data []byte) []byte {
	for i := len(data) - 1; i >= 0 && i >= len(data)-3; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				return data[:i]
			}
			break
		}
	}
	return data
}

func decodeUTF16(data []byte, order xunicode.Endianness, name string) (string, string, error) {
	dec := xunicode.UTF16(order, xunicode.ExpectBOM).NewDecoder()
	if !bytes.HasPrefix(data, []byte("\xFF\xFE")) && !bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		dec = xunicode.UTF16(order, xunicode.IgnoreBOM).NewDecoder()
	}
	out, err := dec.Bytes(data)
	if err != nil {
		return "", "", fmt.Errorf("%w: bad %s", ErrEncoding, name)
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return "", "", fmt.Errorf("%w: no text", ErrEmpty)
	}
	return string(out), name, nil
}

// utf16Order recognizes UTF-16 without a byte order mark: in Vietnamese
// text every other byte is the high byte of ASCII (0x00), of ơ ư ă đ
// (0x01) or of the toned letters (0x1E).
func utf16Order(data []byte) (xunicode.Endianness, string) {
	if len(data) < 4 || len(data)%2 != 0 {
		return xunicode.LittleEndian, ""
	}
	head := data[:min(len(data), 4096)]
	var zeroEven, zeroOdd int
	for i := 0; i+1 < len(head); i += 2 {
		if highByte(head[i]) {
			zeroEven++
		}
		if highByte(head[i+1]) {
			zeroOdd++
		}
	}
	pairs := len(head) / 2
	switch {
	case zeroOdd*10 >= pairs*9 && zeroEven*10 < pairs:
		return xunicode.LittleEndian, encUTF16LE
	case zeroEven*10 >= pairs*9 && zeroOdd*10 < pairs:
		return xunicode.BigEndian, encUTF16BE
	}
	return xunicode.LittleEndian, ""
}

func highByte(b byte) bool { return b == 0 || b == 1 || b == 0x1E }

// binaryMagic are the signatures of the non-text files that end up among
// articles: pictures saved from the page, the PDF of the print edition,
// an office document, an archive.
var binaryMagic = []struct {
	offset int
	magic  string
	what   string
}{
	{0, "\x89PNG\r\n\x1a\n", "a PNG image"},
	{0, "\xFF\xD8\xFF", "a JPEG image"},
	{0, "GIF87a", "a GIF image"},
	{0, "GIF89a", "a GIF image"},
	{0, "%PDF-", "a PDF document"},
	{0, "PK\x03\x04", "a ZIP archive (or .docx, .xlsx, .odt, .epub)"},
	{0, "PK\x05\x06", "an empty ZIP archive"},
	{0, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office document (.doc, .xls)"},
	{0, "\x1F\x8B", "a gzip archive"},
	{0, "7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
	{0, "Rar!\x1A\x07", "a RAR archive"},
	{0, "BZh", "a bzip2 archive"},
	{0, "\xFD7zXZ\x00", "an xz archive"},
	{0, "\x28\xB5\x2F\xFD", "a zstd archive"},
	{0, "\x7FELF", "an executable (ELF)"},
	{0, "II*\x00", "a TIFF image"},
	{0, "MM\x00*", "a TIFF image"},
	{8, "WEBP", "a WebP image"},
	{4, "ftyp", "an MP4 or QuickTime video"},
	{0, "OggS", "an Ogg audio or video file"},
	{0, "ID3", "an MP3 audio file"},
	{0, "SQLite format 3\x00", "an SQLite database"},
	{0, "\x00asm", "a WebAssembly module"},
	{257, "ustar", "a tar archive"},
}

const hasNUL = "contains NUL bytes"

// magicOf says what data looks like by its magic number, or "".
func magicOf(data []byte) string {
	for _, m := range binaryMagic {
		if len(data) >= m.offset+len(m.magic) && string(data[m.offset:m.offset+len(m.magic)]) == m.magic {
			return "looks like " + m.what
		}
	}
	return ""
}

// sniffBinary says what data looks like when it is not text, or "".
func sniffBinary(data []byte) string {
	if what := magicOf(data); what != "" {
		return what
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return hasNUL
	}
	// Text has no control characters but tab, newline, carriage return and
	// the odd form feed; a few stray ones are cleaned away later.
	var ctl int
	for _, b := range head {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F {
			ctl++
		}
	}
	if ctl*20 > len(head) {
		return fmt.Sprintf("%d%% control characters", ctl*100/len(head))
	}
	return ""
}

// decodeLegacy reads data that is not UTF-8 with the legacy encoding that
// scores best, line by line: lines that are valid UTF-8 (ASCII lines, or
// UTF-8 lines pasted into a legacy file) are kept, and so are UTF-8 lines
// with a few bad bytes (a file cut or damaged), without those bytes.
func decodeLegacy(data []byte) (string, string, error) {
	var sample []byte
	damaged := false
	for line := range bytes.Lines(data) {
		switch {
		case utf8.Valid(line):
		case damagedUTF8(line):
			damaged = true
		case len(sample) < sampleBytes:
			sample = append(sample, line...)
		}
	}
	var e legacyEncoding
	if len(sample) > 0 {
		best, score := bestLegacy(sample[:min(len(sample), 4096)])
		if !score.decisive() {
			best, score = bestLegacy(sample)
		}
		e = legacyEncodings[best]
		// A sample whose only non-ASCII bytes are punctuation (curly
		// quotes from Windows) has no word to score: every candidate
		// reads it alike.
		if score.words() > 0 && score.ratio() < minVietnamese {
			return "", "", fmt.Errorf("%w: best guess %s, %.0f%% of %d words are Vietnamese syllables", ErrEncoding, e.name, 100*score.ratio(), score.words())
		}
	}
	var out strings.Builder
	out.Grow(len(data) + len(data)/4)
	mixed := false
	for line := range bytes.Lines(data) {
		switch {
		case utf8.Valid(line):
			out.Write(line)
			mixed = mixed || !isASCII(line)
		case damagedUTF8(line):
			out.WriteString(strings.ToValidUTF8(string(line), ""))
			mixed = true
		default:
			e.decode(&out, line)
		}
	}
	var name string
	switch {
	case e.name == "":
		name = "UTF-8 (invalid bytes dropped)"
	case mixed && damaged:
		name = e.name + " (mixed with UTF-8, invalid bytes dropped)"
	case mixed:
		name = e.name + " (mixed with UTF-8)"
	default:
		name = e.name
	}
	return out.String(), name, nil
}

// damagedUTF8 reports whether a line that is not valid UTF-8 is UTF-8
// with a few bad bytes: its multi-byte characters outnumber the bad bytes
// well. Legacy text almost never forms a valid multi-byte sequence.
func damagedUTF8(line []byte) bool {
	var good, bad int
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRune(line[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bad++
		case n > 1:
			good++
		}
		i += n
	}
	return good >= 3 && good > 4*bad
}

// bestLegacy scores each legacy encoding's reading of sample.
func bestLegacy(sample []byte) (best int, score vnScore) {
	best = -1
	for i, e := range legacyEncodings {
		var b strings.Builder
		e.decode(&b, sample)
		s := scoreVietnamese(b.String())
		if best < 0 || s.better(score) {
			best, score = i, s
		}
	}
	return best, score
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// readMojibake recognizes valid UTF-8 that is a legacy or UTF-8 text read
// once as Latin-1 (Windows-1252) and saved again: "chaøo" for VNI's
// "chào", "§¹i" for TCVN3's "Đại", "Ä‘áº¡i" for UTF-8's "đại". It
// reports the text read back and the name of what it was, or ok=false
// when text is not such mojibake.
func readMojibake(text string) (out, enc string, ok bool) {
	if !suspectMojibake(text) {
		return "", "", false
	}
	sample := text[:validCut(text, sampleBytes)]
	as := scoreVietnamese(sample)
	if as.ratio() >= 0.5 {
		return "", "", false
	}
	raw, ok := latin1Bytes(text)
	if !ok {
		return "", "", false
	}
	rawSample := raw[:min(len(raw), sampleBytes)]
	type reading struct {
		name   string
		decode func([]byte) string
	}
	readings := []reading{{"UTF-8 (double-encoded)", func(b []byte) string { return strings.ToValidUTF8(string(b), "\uFFFD") }}}
	for _, e := range legacyEncodings {
		readings = append(readings, reading{e.name + " (read as Latin-1 and saved as UTF-8)", func(b []byte) string {
			var sb strings.Builder
			e.decode(&sb, b)
			return sb.String()
		}})
	}
	best, score := -1, as
	for i, r := range readings {
		if s := scoreVietnamese(r.decode(rawSample)); s.better(score) {
			best, score = i, s
		}
	}
	if best < 0 || score.ratio() < minVietnamese || score.ratio() < as.ratio()+0.25 {
		return "", "", false
	}
	return readings[best].decode(raw), readings[best].name, true
}

// suspectMojibake reports whether text has characters that Vietnamese
// text in UTF-8 does not use but mojibake does: C1 controls, Latin-1
// symbols (§ ¹ µ ¸ »), Latin-1 letters foreign to Vietnamese (ø ï ë ö).
func suspectMojibake(text string) bool {
	for _, r := range text {
		if r < 0x80 || r > 0xFF {
			continue
		}
		if r == 0xA0 || r == '«' || r == '»' || r == '°' || r == '·' || r == '©' || r == '®' {
			continue
		}
		if r < 0xC0 || !strings.ContainsRune("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý", r) {
			return true
		}
	}
	return false
}

// latin1Bytes writes text back as the Windows-1252 bytes it was read from
// (C1 controls standing for the five bytes 1252 leaves unassigned); false
// if a character has no such byte.
func latin1Bytes(text string) ([]byte, bool) {
	out := make([]byte, 0, len(text))
	for _, r := range text {
		if r <= 0xFF {
			out = append(out, byte(r))
			continue
		}
		b, ok := charmap.Windows1252.EncodeRune(r)
		if !ok {
			return nil, false
		}
		out = append(out, b)
	}
	return out, true
}

// validCut returns a length ≤ n at which s can be cut without splitting a
// character.
func validCut(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// nfcStable reports whether r is in NFC and starts a new composition
// whatever precedes and follows it, so that text made only of such
// characters (and ASCII) is in NFC and need not be normalized: the
// precomposed Latin letters, Vietnamese's among them, and the usual
// punctuation. TestNFCStable checks the ranges.
func nfcStable(r rune) bool {
	return r >= 0xC0 && r < 0x300 || r >= 0x1E00 && r < 0x1F00 ||
		r >= 0x2010 && r < 0x2028 || r >= 0x2030 && r < 0x205F
}

// Clean makes decoded text what every reader hands on: line ends are
// "\n"; no-break and other Unicode spaces are plain spaces; zero-width and
// other format characters, control characters but "\n" and "\t", and
// invalid bytes are removed; and the result is in NFC, since text from
// Macs comes decomposed. Dashes and quotes are left as they are.
func Clean(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < 0x20 && c != '\n' && c != '\t' || c == 0x7F {
			clean = false
			break
		}
	}
	if clean {
		return s // ASCII with nothing to remove: the common case for markup
	}
	var b strings.Builder
	b.Grow(len(s))
	start := 0       // of a run of characters kept as they are
	needNFC := false // a character that NFC may change was seen
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7F || c == '\n' || c == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if nfcStable(r) {
			i += size
			continue
		}
		if r >= 0x300 && r < 0x600 {
			i += size // combining marks, Greek, Cyrillic...: kept, composed below
			needNFC = true
			continue
		}
		b.WriteString(s[start:i])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			// invalid byte: drop
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\u2028' || r == '\u2029' || r == '\u0085' || r == '\v' || r == '\f':
			b.WriteByte('\n')
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			// control, zero-width, soft hyphen, BOM, direction marks: drop
		case unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
			needNFC = true
		}
		start = i
	}
	b.WriteString(s[start:])
	if !needNFC {
		return b.String()
	}
	return norm.NFC.String(b.String())
}
