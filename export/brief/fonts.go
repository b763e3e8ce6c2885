package brief

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font/sfnt"

	"canopy/assets/fonts"
)

// briefFamily is the name the brief registers the Go fonts under.
const briefFamily = "Go"

// ReplacementChar is drawn in place of a character the brief's fonts lack:
// a visible mark rather than an empty box.
const ReplacementChar = '\uFFFD'

// briefFaces lists the embedded faces by fpdf style: regular, bold, italic.
// They are the Go fonts with U+002D drawn as a short hyphen rather than the
// fonts' own minus-wide one (see package assets/fonts); the character stays
// U+002D, so text extracted from the PDF still reads "-".
var briefFaces = []struct {
	style string
	face  fonts.Face
}{{"", fonts.Regular}, {"B", fonts.Bold}, {"I", fonts.Italic}}

// BriefFaces is the number of font faces a brief embeds.
var BriefFaces = len(briefFaces)

// coverage records which characters every embedded face can draw: a bit per
// code point of the Basic Multilingual Plane. Characters above it are not in
// the Go fonts. It is computed once and never changes afterwards.
type coverage [0x10000 / 64]uint64

// has reports whether every face has a glyph for r.
func (c *coverage) has(r rune) bool {
	if r < 0 || r >= 0x10000 {
		return false
	}
	return c[r/64]&(1<<(uint(r)%64)) != 0
}

// fontCoverage parses the faces and returns the characters all of them hold.
var fontCoverage = sync.OnceValues(func() (*coverage, error) {
	var all *coverage
	var buf sfnt.Buffer
	for _, face := range briefFaces {
		ttf, err := face.face.TTF()
		if err != nil {
			return nil, err
		}
		f, err := sfnt.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("parse the Go font %q: %w", face.style, err)
		}
		c := new(coverage)
		for r := rune(0); r < 0x10000; r++ {
			g, err := f.GlyphIndex(&buf, r)
			if err == nil && g != 0 {
				c[r/64] |= 1 << (uint(r) % 64)
			}
		}
		if all == nil {
			all = c
			continue
		}
		for i := range all {
			all[i] &= c[i]
		}
	}
	return all, nil
})

// glyphs cleans text before it is drawn: control characters go, tabs become
// spaces, and characters the fonts lack become ReplacementChar with one
// warning per entity and field naming them.
type glyphs struct {
	cov *coverage
	// core is set for the core-font baseline: only Latin-1 can be drawn.
	core     bool
	warnings []string
	warned   map[string]bool
}

// clean returns s ready to draw; who and field name where it came from in
// the warning.
func (g *glyphs) clean(who, field, s string) string {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c >= 0x7f {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var missing []rune
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteByte(' ')
		case r == utf8.RuneError || unicode.IsControl(r) || r == '\u00ad':
			// invalid bytes, controls and soft hyphens draw nothing
			if r == utf8.RuneError {
				b.WriteRune(ReplacementChar)
			}
		case g.core && r > 0xff:
			b.WriteByte('?')
		case g.core || g.cov.has(r):
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
			// combining marks and format characters the fonts lack (zero
			// width joiners, variation selectors) are dropped, not replaced.
			if !slices.Contains(missing, r) && unicode.Is(unicode.Mn, r) {
				missing = append(missing, r)
			}
		default:
			b.WriteRune(ReplacementChar)
			if !slices.Contains(missing, r) {
				missing = append(missing, r)
			}
		}
	}
	if len(missing) > 0 {
		g.warn(who, field, missing)
	}
	return b.String()
}

// warn records one warning per who and field.
func (g *glyphs) warn(who, field string, missing []rune) {
	key := who + "\x00" + field
	if g.warned[key] {
		return
	}
	if g.warned == nil {
		g.warned = map[string]bool{}
	}
	g.warned[key] = true
	const show = 12
	var chars []string
	for i, r := range missing {
		if i == show {
			chars = append(chars, fmt.Sprintf("and %d more", len(missing)-show))
			break
		}
		chars = append(chars, fmt.Sprintf("%c (U+%04X)", r, r))
	}
	g.warnings = append(g.warnings, fmt.Sprintf("%s: %s has characters the PDF fonts lack, printed as %c: %s",
		who, field, ReplacementChar, strings.Join(chars, ", ")))
}
