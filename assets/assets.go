// Package assets embeds the files Canopy ships inside its binary: the
// sample workspace and the app icon (and, as they come, the fonts).
package assets

import (
	"embed"
	"io/fs"
)

//go:embed all:sample
var files embed.FS

// icon is the app icon at 256 pixels, rendered from icon/canopy.svg.
//
//go:embed icon/canopy-256.png
var icon []byte

// IconPNG returns the app icon as a 256×256 PNG, for the window and the
// About dialog. The SVG source and every size the platforms need are in
// the icon folder; `make icons` renders them.
func IconPNG() []byte { return icon }

// Sample returns the embedded sample workspace, with the manifest at its root.
// It is never edited: `canopy sample` and the first start write a copy.
func Sample() fs.FS {
	sub, err := fs.Sub(files, "sample")
	if err != nil {
		panic(err) // "sample" is a valid path, so fs.Sub cannot fail
	}
	return sub
}
