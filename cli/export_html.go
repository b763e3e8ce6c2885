package cli

import (
	"bytes"
	"fmt"
	"slices"

	"canopy/app"
	"canopy/export/html"
)

// pageOptions reads the roadmap page's options from the export command's
// flags: the audience, the sections (the brief's names) and the range of
// the timeline; to is the range's last day plus one, as the brief takes it.
func pageOptions(audience, sections string, from, to app.Date) (html.Options, error) {
	var opt html.Options
	var err error
	if opt.Audience, err = html.ParseAudience(audience); err != nil {
		return opt, usageError("export: --audience: %v", err)
	}
	if sections != "" {
		if opt.Sections, err = app.ParseDocSections(sections); err != nil {
			return opt, usageError("export: --sections: %v", err)
		}
	}
	opt.From = from
	if !to.IsZero() {
		opt.To = to.AddDays(-1) // the page's range holds its last day
	}
	return opt, nil
}

// writePage writes the roadmap page of ws to path.
func writePage(env *Env, ws *app.Workspace, path string, opt html.Options) error {
	opt.Date = ws.Today()
	var buf bytes.Buffer
	if err := html.Write(&buf, ws, opt); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := writeExport(path, &buf); err != nil {
		return err
	}
	note := ""
	if opt.Audience == html.External && slices.Contains(opt.Sections, app.DocAppendix) {
		note = "; the backlog is on internal pages only (--audience internal)"
	}
	fmt.Fprintf(env.Stdout, "wrote %s (roadmap page for an %s audience, %d KB%s)\n", path, opt.Audience, (buf.Len()+1023)>>10, note)
	return nil
}
