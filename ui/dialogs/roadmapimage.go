package dialogs

import (
	"io"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/app/timeline/picture"
)

// roadmapImageDialog asks for the roadmap picture's range and width.
type roadmapImageDialog struct {
	*dateRange
	width *widget.Entry
	form  *widget.Form
}

// newRoadmapImageDialog builds the form: the range of the work by default,
// 1 920 pixels wide.
func newRoadmapImageDialog() *roadmapImageDialog {
	d := &roadmapImageDialog{dateRange: newDateRange("range", "", ""), width: widget.NewEntry()}
	d.width.SetText(strconv.Itoa(picture.DefaultWidth))
	width := widget.NewFormItem("Width", d.width)
	width.HintText = "pixels: 1920 fits a 1080p slide"
	d.form = widget.NewForm(append(d.items("From", "To"), width)...)
	return d
}

// options reads the form; an error names the field that is wrong.
func (d *roadmapImageDialog) options(ws *app.Workspace) (picture.Options, error) {
	o := picture.Options{Title: ws.Product().Name + " roadmap", FiscalYearStart: ws.Product().FiscalYearStart}
	var err error
	if o.From, o.To, err = d.dates(); err != nil {
		return o, err
	}
	if o.Width, err = picture.ParseWidth(strings.TrimSpace(d.width.Text)); err != nil {
		return o, err
	}
	return o, nil
}

// onExportRoadmapImage asks for the range and the width, then where to
// write the PNG.
func (s *Host) onExportRoadmapImage() {
	s.Win.Canvas().Unfocus()
	form := newRoadmapImageDialog()
	d := dialog.NewCustomConfirm("Roadmap image", "Choose file…", "Cancel", form.form, func(ok bool) {
		if !ok {
			return
		}
		o, err := form.options(s.WS)
		if err != nil {
			dialog.ShowError(err, s.Win)
			return
		}
		s.chooseRoadmapImageFile(o)
	}, s.Win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// chooseRoadmapImageFile asks where to write the picture.
func (s *Host) chooseRoadmapImageFile(o picture.Options) {
	s.chooseExportFile(" roadmap.png", ".png", func(path string) { s.ExportRoadmapImageTo(path, o) })
}

// ExportRoadmapImageTo draws the picture to path with runExport. The plan
// is built here, on the UI goroutine; the drawing reads only the plan, so
// changes from disk need not wait for it.
func (s *Host) ExportRoadmapImageTo(path string, o picture.Options) {
	plan := timeline.NewPlan(s.WS, s.WS.Today())
	s.runExport(path, exportJob{
		progress: "Drawing the roadmap…",
		write:    func(w io.Writer) ([]string, error) { return nil, picture.WritePNG(w, plan, o) },
		done: func(path string, _ []string) {
			dialog.ShowInformation("Roadmap image exported", "Wrote "+path, s.Win)
		},
	})
}
