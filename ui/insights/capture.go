package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/insights"
)

// captureKey is the quick capture's shortcut from anywhere: Mod+Shift+K
// ("keep what the customer said"; Mod+Shift+I is taken by Import).
const captureKey = fyne.KeyK

// onCapture asks for what a customer said and adds it to the Insights
// inbox as new, without leaving the page in sight; Open shows it after.
func (s *shell) onCapture() {
	if s.env == nil {
		return
	}
	text := widget.NewMultiLineEntry()
	text.SetPlaceHolder("What the customer said or asked for, in their words")
	text.SetMinRowsVisible(4)
	d := dialog.NewForm("Capture an insight", "Add to the inbox", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("What they said", text)}, func(ok bool) {
			if !ok {
				return
			}
			if id, err := insights.Capture(s.env, text.Text); err == nil {
				s.env.Open(app.Key{Kind: app.KindInsight, ID: id})
			} else if text.Text == "" {
				dialog.ShowError(err, s.win)
			}
		}, s.win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	s.win.Canvas().Focus(text)
}
