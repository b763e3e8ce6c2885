package fonts

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"testing"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestPatchHyphenGoFonts patches each Go font and checks the result is a
// valid font in which '-' draws the soft hyphen's glyph and nothing else
// moved.
func TestPatchHyphenGoFonts(t *testing.T) {
	for _, face := range Faces {
		t.Run(face.String(), func(t *testing.T) {
			orig, err := face.original()
			if err != nil {
				t.Fatal(err)
			}
			keep := slices.Clone(orig)
			got, err := PatchHyphen(orig)
			if err != nil {
				t.Fatalf("PatchHyphen: %v", err)
			}
			if !bytes.Equal(orig, keep) {
				t.Fatal("PatchHyphen changed its input")
			}
			again, err := PatchHyphen(orig)
			if err != nil || !bytes.Equal(got, again) {
				t.Fatalf("PatchHyphen is not deterministic (err %v)", err)
			}
			checkChecksums(t, got)

			before, err := sfnt.Parse(orig)
			if err != nil {
				t.Fatal(err)
			}
			after, err := sfnt.Parse(got)
			if err != nil {
				t.Fatalf("the patched font does not parse: %v", err)
			}
			var buf sfnt.Buffer
			soft, _ := before.GlyphIndex(&buf, softHyphen)
			minus, _ := before.GlyphIndex(&buf, hyphenMinus)
			if soft == 0 || soft == minus {
				t.Fatalf("the original font: soft hyphen glyph %d, hyphen-minus %d", soft, minus)
			}
			for r := rune(0); r < 0x10000; r++ {
				want, err := before.GlyphIndex(&buf, r)
				if err != nil {
					t.Fatalf("original GlyphIndex(%U): %v", r, err)
				}
				if r == hyphenMinus {
					want = soft
				}
				g, err := after.GlyphIndex(&buf, r)
				if err != nil || g != want {
					t.Fatalf("patched GlyphIndex(%U) = %d, %v; want %d", r, g, err, want)
				}
			}
			if before.NumGlyphs() != after.NumGlyphs() {
				t.Errorf("glyphs: %d, want %d", after.NumGlyphs(), before.NumGlyphs())
			}

			// A face drawn from it advances '-' as far as the soft hyphen,
			// less than the original's minus-wide hyphen.
			of, err := opentype.Parse(got)
			if err != nil {
				t.Fatal(err)
			}
			fc, err := opentype.NewFace(of, &opentype.FaceOptions{Size: 1000, DPI: 72, Hinting: font.HintingNone})
			if err != nil {
				t.Fatal(err)
			}
			adv := func(r rune) fixed.Int26_6 { a, _ := fc.GlyphAdvance(r); return a }
			if adv('-') != adv('\u00ad') || adv('-') >= adv('\u2212') {
				t.Errorf("advances: '-' %v, soft hyphen %v, minus %v", adv('-'), adv('\u00ad'), adv('\u2212'))
			}
		})
	}
}

// checkChecksums checks each table's checksum in the directory and the
// whole font's checksum.
func checkChecksums(t *testing.T, ttf []byte) {
	t.Helper()
	tables, err := readDirectory(ttf)
	if err != nil {
		t.Fatal(err)
	}
	for i, tb := range tables {
		want := binary.BigEndian.Uint32(ttf[12+16*i+4:])
		data := tb.data
		if tb.tag == "head" {
			data = slices.Clone(data)
			binary.BigEndian.PutUint32(data[8:], 0)
		}
		if got := checksum(data); got != want {
			t.Errorf("table %q: checksum %#08x, directory says %#08x", tb.tag, got, want)
		}
		if tb.offset%4 != 0 {
			t.Errorf("table %q at %d: not on four bytes", tb.tag, tb.offset)
		}
	}
	if got := checksum(ttf); got != checksumMagic {
		t.Errorf("font checksum %#08x, want %#08x", got, uint32(checksumMagic))
	}
}

// TestFPDFWidth checks fpdf reads the patched map: its '-' is as wide as
// the soft hyphen, not the minus.
func TestFPDFWidth(t *testing.T) {
	for _, face := range Faces {
		t.Run(face.String(), func(t *testing.T) {
			ttf, err := face.TTF()
			if err != nil {
				t.Fatal(err)
			}
			orig, _ := face.original()
			pdf := fpdf.New("P", "pt", "A4", "")
			pdf.AddUTF8FontFromBytes("patched", "", ttf)
			pdf.AddUTF8FontFromBytes("original", "", slices.Clone(orig))
			if err := pdf.Error(); err != nil {
				t.Fatal(err)
			}
			width := func(fam, s string) float64 {
				pdf.SetFont(fam, "", 1000)
				return pdf.GetStringWidth(s)
			}
			if got, want := width("patched", "-"), width("original", "\u00ad"); got != want || got == 0 {
				t.Errorf("patched '-' is %g wide, want the soft hyphen's %g", got, want)
			}
			if got, orig := width("patched", "-"), width("original", "-"); got >= orig {
				t.Errorf("patched '-' is %g wide, not narrower than the original's %g", got, orig)
			}
			if got, want := width("patched", "a-b"), width("original", "a\u00adb"); got != want {
				t.Errorf("patched \"a-b\" is %g wide, want %g", got, want)
			}
		})
	}
}

// TestFaceTTF checks each call gives a fresh copy.
func TestFaceTTF(t *testing.T) {
	a, err := Bold.TTF()
	if err != nil {
		t.Fatal(err)
	}
	a[0] = 0xff
	b, err := Bold.TTF()
	if err != nil {
		t.Fatal(err)
	}
	if b[0] != 0 {
		t.Error("Bold.TTF returned bytes a caller had changed")
	}
	if _, err := Face(7).TTF(); err == nil {
		t.Error("Face(7).TTF: no error")
	}
}

// TestPatchHyphenErrors feeds fonts the patcher must refuse.
func TestPatchHyphenErrors(t *testing.T) {
	orig, _ := Regular.original()
	renamed := func(from, to string) []byte {
		b := slices.Clone(orig)
		i := bytes.Index(b[:12+16*14], []byte(from))
		copy(b[i:], to)
		return b
	}
	pastEnd := slices.Clone(orig)
	binary.BigEndian.PutUint32(pastEnd[12+16*13+12:], 1<<30) // the last table's length
	tests := []struct {
		name string
		ttf  []byte
		want string
	}{
		{"empty", nil, "patch the hyphen"},
		{"header only", orig[:12], "patch the hyphen"},
		{"collection", append([]byte("ttcf"), orig[4:]...), "patch the hyphen"},
		{"no cmap", renamed("cmap", "cmaq"), "patch the hyphen"},
		{"table past the end", pastEnd, "patch the hyphen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := PatchHyphen(tt.ttf)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("PatchHyphen: %v, want an error with %q", err, tt.want)
			}
		})
	}
	if _, err := readDirectory(pastEnd); err == nil || !strings.Contains(err.Error(), "past the end") {
		t.Errorf("readDirectory of a table past the end: %v", err)
	}
	if _, err := patchCmap([]byte{0, 0, 0, 0}, 16, 111); err == nil {
		t.Error("patchCmap of a cmap without encodings: no error")
	}
}

// lookup4 finds code c in a format 4 subtable, the way a reader does.
func lookup4(s []byte, c uint16) uint16 {
	segX2 := int(binary.BigEndian.Uint16(s[6:]))
	for i := 0; i < segX2; i += 2 {
		end := binary.BigEndian.Uint16(s[14+i:])
		start := binary.BigEndian.Uint16(s[16+segX2+i:])
		if c < start || c > end {
			continue
		}
		delta := binary.BigEndian.Uint16(s[16+2*segX2+i:])
		ro := int(binary.BigEndian.Uint16(s[16+3*segX2+i:]))
		if ro == 0 {
			return c + delta
		}
		g := binary.BigEndian.Uint16(s[16+3*segX2+i+ro+2*int(c-start):])
		if g == 0 {
			return 0
		}
		return g + delta
	}
	return 0
}

// format4 builds a format 4 subtable of segments; a segment with glyphs
// maps through the glyph array, one without by its delta.
func format4(segs []struct {
	start, end, delta uint16
	glyphs            []uint16
}) []byte {
	n := len(segs)
	var arr []uint16
	out := make([]byte, 16+8*n)
	binary.BigEndian.PutUint16(out, 4)
	binary.BigEndian.PutUint16(out[6:], uint16(2*n))
	for i, sg := range segs {
		binary.BigEndian.PutUint16(out[14+2*i:], sg.end)
		binary.BigEndian.PutUint16(out[16+2*n+2*i:], sg.start)
		binary.BigEndian.PutUint16(out[16+4*n+2*i:], sg.delta)
		if sg.glyphs != nil {
			// from idRangeOffset[i] to glyphIdArray[len(arr)]
			binary.BigEndian.PutUint16(out[16+6*n+2*i:], uint16(2*(n-i)+2*len(arr)))
			arr = append(arr, sg.glyphs...)
		}
	}
	for _, g := range arr {
		out = binary.BigEndian.AppendUint16(out, g)
	}
	binary.BigEndian.PutUint16(out[2:], uint16(len(out)))
	return out
}

// TestPatchFormat4 patches format 4 subtables that map by delta and by
// glyph array and compares every code.
func TestPatchFormat4(t *testing.T) {
	type seg = struct {
		start, end, delta uint16
		glyphs            []uint16
	}
	tests := []struct {
		name string
		segs []seg
	}{
		{"delta", []seg{{0x20, 0x7e, 0xffe3, nil}, {0xa0, 0xff, 0xffc0, nil}, {0xffff, 0xffff, 1, nil}}},
		{"glyph array", []seg{{0x28, 0x30, 0, []uint16{5, 6, 0, 7, 9, 8, 10, 11, 12}}, {0xffff, 0xffff, 1, nil}}},
		{"glyph array with delta", []seg{{0x2d, 0x2e, 100, []uint16{1, 2}}, {0xffff, 0xffff, 1, nil}}},
		{"no hyphen", []seg{{0x41, 0x5a, 0xffd0, nil}, {0xffff, 0xffff, 1, nil}}},
		{"hyphen alone", []seg{{0x2d, 0x2d, 0xffe3, nil}, {0xffff, 0xffff, 1, nil}}},
	}
	const to = 111
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := format4(tt.segs)
			out, err := patchFormat4(in, to)
			if err != nil {
				t.Fatal(err)
			}
			if got := int(binary.BigEndian.Uint16(out[2:])); got != len(out) {
				t.Errorf("length field %d, subtable %d bytes", got, len(out))
			}
			for c := 0; c <= 0xffff; c++ {
				want := lookup4(in, uint16(c))
				if c == hyphenMinus {
					want = to
				}
				if got := lookup4(out, uint16(c)); got != want {
					t.Fatalf("code %#04x: glyph %d, want %d", c, got, want)
				}
			}
		})
	}
}

// TestPatchFormat12 patches format 12 subtables whose groups lie around
// 0x2D in every way.
func TestPatchFormat12(t *testing.T) {
	type group = [3]uint32
	tests := []struct {
		name   string
		groups []group
	}{
		{"spanning", []group{{0x20, 0x7e, 3}, {0x1f600, 0x1f64f, 900}}},
		{"starts at it", []group{{0x2d, 0x40, 3}}},
		{"ends at it", []group{{0x21, 0x2d, 3}, {0x41, 0x5a, 40}}},
		{"alone", []group{{0x2d, 0x2d, 16}}},
		{"before and after", []group{{0x20, 0x2c, 3}, {0x2e, 0x7e, 20}}},
		{"only after", []group{{0x41, 0x5a, 40}}},
		{"only before", []group{{0x20, 0x21, 3}}},
		{"none", nil},
	}
	const to = 111
	lookup := func(groups []group, c uint32) uint32 {
		for _, g := range groups {
			if c >= g[0] && c <= g[1] {
				return g[2] + c - g[0]
			}
		}
		return 0
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := make([]byte, 16)
			binary.BigEndian.PutUint16(in, 12)
			binary.BigEndian.PutUint32(in[8:], 7) // language, kept
			binary.BigEndian.PutUint32(in[12:], uint32(len(tt.groups)))
			for _, g := range tt.groups {
				for _, v := range g {
					in = binary.BigEndian.AppendUint32(in, v)
				}
			}
			binary.BigEndian.PutUint32(in[4:], uint32(len(in)))
			out, err := patchFormat12(in, to)
			if err != nil {
				t.Fatal(err)
			}
			if got := binary.BigEndian.Uint32(out[4:]); int(got) != len(out) {
				t.Errorf("length field %d, subtable %d bytes", got, len(out))
			}
			if got := binary.BigEndian.Uint32(out[8:]); got != 7 {
				t.Errorf("language %d, want 7", got)
			}
			var groups []group
			n := int(binary.BigEndian.Uint32(out[12:]))
			if 16+12*n != len(out) {
				t.Fatalf("%d groups in %d bytes", n, len(out))
			}
			for i := range n {
				g := out[16+12*i:]
				groups = append(groups, group{binary.BigEndian.Uint32(g), binary.BigEndian.Uint32(g[4:]), binary.BigEndian.Uint32(g[8:])})
				if i > 0 && groups[i][0] <= groups[i-1][1] {
					t.Errorf("groups %d and %d overlap or are out of order: %v", i-1, i, groups)
				}
			}
			for _, c := range []uint32{0, 0x1f, 0x20, 0x21, 0x2c, 0x2d, 0x2e, 0x40, 0x41, 0x5a, 0x7e, 0x7f, 0x1f600, 0x1f64f} {
				want := lookup(tt.groups, c)
				if c == hyphenMinus {
					want = to
				}
				if got := lookup(groups, c); got != want {
					t.Errorf("code %#x: glyph %d, want %d", c, got, want)
				}
			}
		})
	}
}

// TestPatchMacRoman checks the byte-encoded Macintosh maps follow the
// Unicode ones only where code 0x2D drew the old glyph.
func TestPatchMacRoman(t *testing.T) {
	format0 := func(g byte) []byte {
		s := make([]byte, 262)
		binary.BigEndian.PutUint16(s[2:], 262)
		s[6+hyphenMinus] = g
		return s
	}
	format6 := func(first uint16, glyphs ...uint16) []byte {
		s := make([]byte, 10)
		binary.BigEndian.PutUint16(s, 6)
		binary.BigEndian.PutUint16(s[6:], first)
		binary.BigEndian.PutUint16(s[8:], uint16(len(glyphs)))
		for _, g := range glyphs {
			s = binary.BigEndian.AppendUint16(s, g)
		}
		binary.BigEndian.PutUint16(s[2:], uint16(len(s)))
		return s
	}
	const from, to = 16, 111
	tests := []struct {
		name    string
		in      []byte
		at      int // where the glyph of 0x2D is, or -1
		want    uint16
		wide    bool // the glyph is two bytes
		unmoved bool
	}{
		{"format 0", format0(from), 6 + hyphenMinus, to, false, false},
		{"format 0, another glyph", format0(17), 6 + hyphenMinus, 17, false, false},
		{"format 6", format6(0x2c, 15, from, 17), 12, to, true, false},
		{"format 6, another glyph", format6(0x2c, 15, 18, 17), 12, 18, true, false},
		{"format 6, out of range", format6(0x30, from), -1, 0, true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keep := slices.Clone(tt.in)
			out := patchMacRoman(tt.in, from, to)
			if !bytes.Equal(tt.in, keep) {
				t.Fatal("patchMacRoman changed its input")
			}
			if tt.unmoved {
				if !bytes.Equal(out, tt.in) {
					t.Error("the subtable changed")
				}
				return
			}
			got := uint16(out[tt.at])
			if tt.wide {
				got = binary.BigEndian.Uint16(out[tt.at:])
			}
			if got != tt.want {
				t.Errorf("glyph of 0x2D: %d, want %d", got, tt.want)
			}
		})
	}
}
