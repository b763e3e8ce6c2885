// Package assets embeds the files Canopy ships inside its binary: the
// sample workspace (and, as they come, the icon and fonts).
package assets

import (
	"embed"
	"io/fs"
)

//go:embed all:sample
var files embed.FS

// Sample returns the embedded sample workspace, with the manifest at its root.
// It is never edited: `canopy sample` and the first start write a copy.
func Sample() fs.FS {
	sub, err := fs.Sub(files, "sample")
	if err != nil {
		panic(err) // "sample" is a valid path, so fs.Sub cannot fail
	}
	return sub
}
