// Package fonts gives Canopy's exports the Go fonts with a short hyphen.
//
// The Go fonts draw U+002D HYPHEN-MINUS as a wide minus sign, the same
// shape as U+2212, so "re-planning" reads like "re–planning". They do hold
// a proper hyphen: the glyph of U+00AD SOFT HYPHEN. PatchHyphen rewrites a
// font's character maps so that U+002D draws that glyph; the character is
// still U+002D, so text copied or extracted from a PDF still reads "-".
//
// The package has no Fyne and no Canopy imports, so both the PDF brief
// (export) and the roadmap picture (app/timeline/picture) can use it.
package fonts

import (
	"fmt"
	"slices"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Face names one of the embedded Go fonts.
type Face int

// The faces the exports draw with.
const (
	Regular Face = iota
	Bold
	Italic
)

// Faces lists every Face, in the order of the constants.
var Faces = []Face{Regular, Bold, Italic}

// String returns the face's name, "regular", "bold" or "italic".
func (f Face) String() string {
	switch f {
	case Regular:
		return "regular"
	case Bold:
		return "bold"
	case Italic:
		return "italic"
	}
	return fmt.Sprintf("Face(%d)", int(f))
}

// original returns the face's bytes as the gofont packages ship them.
func (f Face) original() ([]byte, error) {
	switch f {
	case Regular:
		return goregular.TTF, nil
	case Bold:
		return gobold.TTF, nil
	case Italic:
		return goitalic.TTF, nil
	}
	return nil, fmt.Errorf("fonts: unknown face %d", int(f))
}

// patched holds each face's patched bytes, computed on first use and never
// changed afterwards.
var patched = [...]func() ([]byte, error){
	Regular: patchOnce(Regular),
	Bold:    patchOnce(Bold),
	Italic:  patchOnce(Italic),
}

func patchOnce(f Face) func() ([]byte, error) {
	return sync.OnceValues(func() ([]byte, error) {
		ttf, err := f.original()
		if err != nil {
			return nil, err
		}
		out, err := PatchHyphen(ttf)
		if err != nil {
			return nil, fmt.Errorf("fonts: the Go %s font: %w", f, err)
		}
		return out, nil
	})
}

// TTF returns the face's TrueType bytes with U+002D drawn as a short
// hyphen (see PatchHyphen). Each call returns a new copy, which the caller
// may keep or change: fpdf, for one, keeps the bytes it is given.
func (f Face) TTF() ([]byte, error) {
	if f < 0 || int(f) >= len(patched) {
		return nil, fmt.Errorf("fonts: unknown face %d", int(f))
	}
	b, err := patched[f]()
	if err != nil {
		return nil, err
	}
	return slices.Clone(b), nil
}
