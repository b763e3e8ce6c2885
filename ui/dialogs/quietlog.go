package dialogs

import (
	"bytes"
	"io"
	"log"
	"sync"
)

// quietFavorites runs show (the opening of a Fyne file dialog) with the
// standard logger's output filtered: Fyne logs "Fyne error: Getting
// favorite locations … this computer does not define a VIDEOS folder" on
// every open on a machine without the usual Desktop, Music or Videos
// folders, which says nothing to the user (the dialog simply lists fewer
// places). That report, its Cause and its At lines are dropped; everything
// else is written as before.
func quietFavorites(show func()) {
	out := log.Writer()
	log.SetOutput(&dropFavorites{out: out})
	defer log.SetOutput(out)
	show()
}

// dropFavorites passes log lines to out except Fyne's report that a
// favourite folder is missing, with the lines that belong to it.
type dropFavorites struct {
	out      io.Writer
	mu       sync.Mutex
	dropping bool
}

// Write implements io.Writer; the standard logger writes one entry a call.
func (d *dropFavorites) Write(p []byte) (int, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case bytes.Contains(p, []byte("Fyne error: ")):
		d.dropping = bytes.Contains(p, []byte("Getting favorite locations"))
	case bytes.Contains(p, []byte("  Cause:")), bytes.Contains(p, []byte("  At:")):
		// belongs to the report before it
	default:
		d.dropping = false
	}
	if d.dropping {
		return len(p), nil
	}
	return d.out.Write(p)
}
