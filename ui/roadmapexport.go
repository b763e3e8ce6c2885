package ui

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/natefinch/atomic"

	"canopy/app"
	"canopy/app/timeline"
	"canopy/app/timeline/picture"
)

// roadmapImageDialog asks for the roadmap picture's range and width.
type roadmapImageDialog struct {
	from, to, width *widget.Entry
	form            *widget.Form
}

// newRoadmapImageDialog builds the form: the range of the work by default,
// 1 920 pixels wide.
func newRoadmapImageDialog() *roadmapImageDialog {
	d := &roadmapImageDialog{from: widget.NewEntry(), to: widget.NewEntry(), width: widget.NewEntry()}
	d.from.SetPlaceHolder("first month with work")
	d.to.SetPlaceHolder("last month with work")
	d.width.SetText(strconv.Itoa(picture.DefaultWidth))
	d.form = widget.NewForm(
		widget.NewFormItem("From", d.from),
		widget.NewFormItem("To", d.to),
		widget.NewFormItem("Width", d.width),
	)
	d.form.Items[0].HintText = "YYYY-MM-DD, or empty"
	d.form.Items[1].HintText = "YYYY-MM-DD, or empty"
	d.form.Items[2].HintText = "pixels: 1920 fits a 1080p slide"
	return d
}

// options reads the form; an error names the field that is wrong.
func (d *roadmapImageDialog) options(ws *app.Workspace) (picture.Options, error) {
	o := picture.Options{Title: ws.Product().Name + " roadmap", FiscalYearStart: ws.Product().FiscalYearStart}
	var err error
	if o.From, err = app.ParseDate(strings.TrimSpace(d.from.Text)); err != nil {
		return o, fmt.Errorf("from: %w", err)
	}
	if o.To, err = app.ParseDate(strings.TrimSpace(d.to.Text)); err != nil {
		return o, fmt.Errorf("to: %w", err)
	}
	if !o.From.IsZero() && !o.To.IsZero() && o.To.Before(o.From) {
		return o, fmt.Errorf("the range ends (%s) before it starts (%s)", o.To, o.From)
	}
	if o.Width, err = picture.ParseWidth(strings.TrimSpace(d.width.Text)); err != nil {
		return o, err
	}
	return o, nil
}

// onExportRoadmapImage asks for the range and the width, then where to
// write the PNG.
func (s *shell) onExportRoadmapImage() {
	s.win.Canvas().Unfocus()
	form := newRoadmapImageDialog()
	d := dialog.NewCustomConfirm("Roadmap image", "Choose file…", "Cancel", form.form, func(ok bool) {
		if !ok {
			return
		}
		o, err := form.options(s.ws)
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		s.chooseRoadmapImageFile(o)
	}, s.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// chooseRoadmapImageFile asks where to write the picture.
func (s *shell) chooseRoadmapImageFile(o picture.Options) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		w.Close() // written again below, atomically, from a temp file
		s.exportRoadmapImageTo(path, o)
	}, s.win)
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`\/:*?"<>|`, r) {
			return '-'
		}
		return r
	}, s.ws.Product().Name)
	d.SetFileName(name + " roadmap.png")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png"}))
	d.Resize(fyne.NewSize(900, 600))
	d.Show()
}

// exportRoadmapImageTo draws the picture off the UI goroutine behind a
// progress dialog and replaces the file at path atomically. The plan is
// built here, on the UI goroutine; the drawing reads only the plan.
func (s *shell) exportRoadmapImageTo(path string, o picture.Options) {
	if rel, err := filepath.Rel(s.sess.Dir, path); s.sess.Dir != "" && err == nil && !strings.HasPrefix(rel, "..") {
		dialog.ShowError(errors.New("choose a place outside the workspace folder: exports are not part of the plan"), s.win)
		return
	}
	plan := timeline.NewPlan(s.ws, s.ws.Today())
	wait := dialog.NewCustomWithoutButtons("Drawing the roadmap…", widget.NewProgressBarInfinite(), s.win)
	wait.Show()
	go func() {
		var buf bytes.Buffer
		err := picture.WritePNG(&buf, plan, o)
		if err == nil {
			err = atomic.WriteFile(path, &buf)
		}
		fyne.Do(func() {
			wait.Hide()
			if err != nil {
				dialog.ShowError(fmt.Errorf("export to %s: %w", path, err), s.win)
				return
			}
			dialog.ShowInformation("Roadmap image exported", "Wrote "+path, s.win)
		})
	}()
}
