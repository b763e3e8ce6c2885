package dialogs

import (
	"io"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/export/html"
	"canopy/ui/page"
)

// The audiences of the roadmap page, as the dialog offers them.
const (
	pageExternal = "External: no backlog, no names"
	pageInternal = "Internal: with owners and the backlog"
)

// pageChoices are the roadmap page dialog's choices as the preferences
// keep them.
type pageChoices struct {
	audience html.Audience
	sections []html.Section // in html.Sections order, never empty
	from, to string         // valid dates or empty
}

// loadPageChoices reads the last choices from p (nil: the defaults, an
// external page of every section over the months that hold work). Each
// value that is not valid is the default.
func loadPageChoices(p fyne.Preferences) pageChoices {
	c := pageChoices{audience: html.External, sections: slices.Clone(html.Sections)}
	if p == nil {
		return c
	}
	if a, err := html.ParseAudience(p.String(page.PrefPageAudience)); err == nil && a == html.Internal {
		c.audience = html.Internal
	}
	c.sections = loadSections(p, page.PrefPageSections, html.Sections)
	c.from, c.to = loadRange(p, page.PrefPageFrom, page.PrefPageTo)
	return c
}

// savePageChoices keeps c in p for the next time the dialog opens.
func savePageChoices(p fyne.Preferences, c pageChoices) {
	p.SetString(page.PrefPageAudience, string(c.audience))
	saveSections(p, page.PrefPageSections, c.sections)
	p.SetString(page.PrefPageFrom, c.from)
	p.SetString(page.PrefPageTo, c.to)
}

// pageDialog asks what the roadmap page holds: the audience, the sections
// and the timeline's range.
type pageDialog struct {
	audience   *widget.RadioGroup
	*dateRange // the timeline's
	picks      *sectionChecks
	sections   []*widget.Check // picks', in html.Sections order
	content    fyne.CanvasObject
}

// newPageDialog builds the form set to the choices kept in p (nil: the
// defaults).
func newPageDialog(p fyne.Preferences) *pageDialog {
	c := loadPageChoices(p)
	d := &pageDialog{dateRange: newDateRange("timeline", c.from, c.to)}
	var grid fyne.CanvasObject
	d.picks, grid = newSectionChecks(html.Sections, c.sections, func(s app.DocSection) string {
		if s == app.DocAppendix {
			return html.SectionTitle(s) + " (internal only)"
		}
		return html.SectionTitle(s)
	})
	d.sections = d.picks.checks
	d.audience = widget.NewRadioGroup([]string{pageExternal, pageInternal}, nil)
	d.audience.SetSelected(pageExternal)
	if c.audience == html.Internal {
		d.audience.SetSelected(pageInternal)
	}
	form := widget.NewForm(append([]*widget.FormItem{widget.NewFormItem("Audience", d.audience)}, d.items("Timeline from", "Timeline to")...)...)
	d.content = container.NewVBox(form,
		widget.NewLabelWithStyle("Sections", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		grid)
	return d
}

// options reads the form; an error names the field that is wrong.
func (d *pageDialog) options() (html.Options, error) {
	opt := html.Options{Audience: html.External}
	if d.audience.Selected == pageInternal {
		opt.Audience = html.Internal
	}
	var err error
	if opt.From, opt.To, err = d.dates(); err != nil {
		return opt, err
	}
	if opt.Sections, err = d.picks.chosen(); err != nil {
		return opt, err
	}
	return opt, nil
}

// choices returns the form's choices as the preferences keep them; the
// options must have been read without error.
func (d *pageDialog) choices(opt html.Options) pageChoices {
	c := pageChoices{audience: opt.Audience, sections: opt.Sections}
	c.from, c.to = d.texts()
	return c
}

// OnExportRoadmapPage asks for the roadmap page's options, set to the last
// ones chosen, then where to write it (File ▸ Export ▸ Roadmap page
// (HTML)…); the options chosen are kept for the next time.
func (s *Host) OnExportRoadmapPage() {
	s.Win.Canvas().Unfocus()
	prefs := s.App.Preferences()
	form := newPageDialog(prefs)
	d := dialog.NewCustomConfirm("Roadmap page (HTML)", "Choose file…", "Cancel", form.content, func(ok bool) {
		if !ok {
			return
		}
		opt, err := form.options()
		if err != nil {
			dialog.ShowError(err, s.Win)
			return
		}
		savePageChoices(prefs, form.choices(opt))
		s.chooseExportFile(" roadmap.html", ".html", func(path string) { s.ExportRoadmapPageTo(path, opt) })
	}, s.Win)
	d.Resize(fyne.NewSize(600, 0))
	d.Show()
}

// ExportRoadmapPageTo writes the roadmap page to path with runExport and
// offers to open it in the browser.
func (s *Host) ExportRoadmapPageTo(path string, opt html.Options) {
	ws := s.WS
	opt.Date = ws.Today()
	s.runExport(path, exportJob{
		progress:       "Writing the roadmap page…",
		readsWorkspace: true,
		write:          func(w io.Writer) ([]string, error) { return nil, html.Write(w, ws, opt) },
		done: func(path string, _ []string) {
			s.showExported("Roadmap page exported", "Wrote "+path+"\n\nIt opens in any browser: mail it or put it on an intranet.", "Open the page", path)
		},
	})
}
