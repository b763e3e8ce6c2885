package ui

import (
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Version is shown in the About dialog; main sets it from cli.Version, the
// one version of the build.
var Version = "dev"

// aboutText returns the About dialog's lines: the version, what Canopy is,
// and what it runs on, for bug reports.
func aboutText() []string {
	return []string{
		"Version " + Version,
		"Plan one product together: strategy, roadmap and backlog in a folder of JSON files.",
		runtime.GOOS + "/" + runtime.GOARCH + ", " + runtime.Version(),
	}
}

// showAbout shows Help ▸ About Canopy: the icon, the name and aboutText.
func (s *shell) showAbout() {
	name := widget.NewLabelWithStyle("Canopy", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	lines := container.NewVBox(name)
	for _, l := range aboutText() {
		lbl := widget.NewLabel(l)
		lbl.Wrapping = fyne.TextWrapWord
		lines.Add(lbl)
	}
	var content fyne.CanvasObject = lines
	if icon := s.app.Icon(); icon != nil {
		img := canvas.NewImageFromResource(icon)
		img.FillMode = canvas.ImageFillContain
		img.SetMinSize(fyne.NewSize(96, 96))
		content = container.NewBorder(nil, nil, container.NewVBox(img), nil, lines)
	}
	d := dialog.NewCustom("About Canopy", "Close", content, s.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}
