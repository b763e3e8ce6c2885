package dialogs

import (
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/export/brief"
)

// The choices of the brief's options dialog.
const (
	briefFull    = "Full brief"
	briefSummary = "One-page executive summary"
	paperA4      = "A4"
	paperLetter  = "Letter"
	orientPort   = "Portrait"
	orientLand   = "Landscape"
)

// briefDialog asks how to lay out the strategy brief: paper, orientation,
// audience (the full brief or the executive summary), the roadmap's dates
// and the sections to include.
type briefDialog struct {
	paper, orient, audience *widget.RadioGroup
	*dateRange              // the roadmap's
	picks                   *sectionChecks
	sections                []*widget.Check // picks', in brief.Sections order
	content                 fyne.CanvasObject
	// changes is the choice of "What changed since …" (briefchanges.go).
	changes *changesChoice
	// fields is the choice of the backlog excerpt's fields (brieffields.go).
	fields *fieldsChoice
}

// newBriefDialog builds the options form, set to the choices kept in p
// (see loadBriefChoices; p may be nil): the full brief on A4 the first time.
func newBriefDialog(p fyne.Preferences) *briefDialog {
	c := loadBriefChoices(p)
	b := &briefDialog{}
	b.paper = widget.NewRadioGroup([]string{paperA4, paperLetter}, nil)
	b.paper.Horizontal = true
	b.paper.SetSelected(paperA4)
	if c.paper == brief.PaperLetter {
		b.paper.SetSelected(paperLetter)
	}
	b.orient = widget.NewRadioGroup([]string{orientPort, orientLand}, nil)
	b.orient.Horizontal = true
	b.orient.SetSelected(orientPort)
	if c.landscape {
		b.orient.SetSelected(orientLand)
	}
	var grid fyne.CanvasObject
	b.picks, grid = newSectionChecks(brief.Sections, c.sections, brief.SectionTitle)
	b.sections = b.picks.checks
	b.audience = widget.NewRadioGroup([]string{briefFull, briefSummary}, func(v string) {
		for _, c := range b.sections {
			if v == briefSummary {
				c.Disable()
			} else {
				c.Enable()
			}
		}
	})
	b.audience.Horizontal = true
	b.audience.SetSelected(briefFull)
	if c.summary {
		b.audience.SetSelected(briefSummary)
	}
	b.dateRange = newDateRange("roadmap", c.from, c.to)
	form := widget.NewForm(append([]*widget.FormItem{
		widget.NewFormItem("Audience", b.audience),
		widget.NewFormItem("Paper", b.paper),
		widget.NewFormItem("Orientation", b.orient),
	}, b.items("Roadmap from", "Roadmap to")...)...)
	b.content = container.NewVBox(form, widget.NewLabelWithStyle("Sections of the full brief", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		grid)
	return b
}

// options reads the form; an error names the field that is wrong.
func (b *briefDialog) options() (brief.BriefOptions, error) {
	opt := brief.BriefOptions{Paper: brief.PaperA4, Landscape: b.orient.Selected == orientLand, Summary: b.audience.Selected == briefSummary}
	if b.paper.Selected == paperLetter {
		opt.Paper = brief.PaperLetter
	}
	var err error
	if opt.From, opt.To, err = b.dates(); err != nil {
		return opt, err
	}
	if !opt.To.IsZero() {
		opt.To = opt.To.AddDays(1) // the brief's range ends before To
	}
	if !opt.Summary {
		if opt.Sections, err = b.picks.chosen(); err != nil {
			return opt, err
		}
	}
	opt.Changes = b.changes.option()
	opt.Fields = b.fields.chosen()
	return opt, nil
}

// choices returns the form's choices as the preferences keep them; the
// options must have been read without error.
func (b *briefDialog) choices() briefChoices {
	c := briefChoices{paper: brief.PaperA4, landscape: b.orient.Selected == orientLand, summary: b.audience.Selected == briefSummary}
	c.from, c.to = b.texts()
	if b.paper.Selected == paperLetter {
		c.paper = brief.PaperLetter
	}
	c.sections, _ = b.picks.chosen()
	return c
}

// OnExportBrief asks for the brief's options, set to the last ones chosen,
// then where to write it; the options chosen are kept for the next time.
func (s *Host) OnExportBrief() {
	s.Win.Canvas().Unfocus()
	prefs := s.App.Preferences()
	b := newBriefDialog(prefs)
	b.offerChanges(s.Compare.Current())
	b.offerFields(s.WS.Product())
	d := dialog.NewCustomConfirm("Strategy brief", "Choose file…", "Cancel", b.content, func(ok bool) {
		if !ok {
			return
		}
		opt, err := b.options()
		if err != nil {
			dialog.ShowError(err, s.Win)
			return
		}
		saveBriefChoices(prefs, b.choices())
		s.chooseBriefFile(opt)
	}, s.Win)
	d.Resize(fyne.NewSize(600, 0))
	d.Show()
}

// chooseBriefFile asks where to write the brief.
func (s *Host) chooseBriefFile(opt brief.BriefOptions) {
	what := " strategy brief.pdf"
	if opt.Summary {
		what = " executive summary.pdf"
	}
	s.chooseExportFile(what, ".pdf", func(path string) { s.ExportBriefTo(path, opt) })
}

// ExportBriefTo writes the brief to path with runExport and offers to open
// it.
func (s *Host) ExportBriefTo(path string, opt brief.BriefOptions) {
	ws := s.WS
	opt.Date = ws.Today()
	s.runExport(path, exportJob{
		progress:       "Writing the strategy brief…",
		readsWorkspace: true,
		write:          func(w io.Writer) ([]string, error) { return brief.WriteBrief(w, ws, opt) },
		done:           s.showBriefDone,
	})
}

// showBriefDone says where the brief went, lists the warnings, and offers
// to open it.
func (s *Host) showBriefDone(path string, warnings []string) {
	msg := "Wrote " + path
	if len(warnings) > 0 {
		const show = 8
		lines := warnings[:min(show, len(warnings))]
		msg += "\n\nSome text could not be printed as it is:\n" + strings.Join(lines, "\n")
		if len(warnings) > show {
			msg += fmt.Sprintf("\nand %d more", len(warnings)-show)
		}
	}
	s.showExported("Strategy brief exported", msg, "Open the brief", path)
}
