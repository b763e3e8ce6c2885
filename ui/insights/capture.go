package insights

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/page"
)

// CaptureKey is the quick capture's shortcut from anywhere, with Mod and
// Shift: Mod+Shift+K ("keep what the customer said"; Mod+Shift+I is taken
// by Import).
const CaptureKey = fyne.KeyK

// ShowCapture asks for what a customer said and adds it to the Insights
// inbox as new, without leaving the page in sight; env.Open shows it after.
func ShowCapture(env *page.Env) {
	win := env.Window
	text := widget.NewMultiLineEntry()
	text.SetPlaceHolder("What the customer said or asked for, in their words")
	text.SetMinRowsVisible(4)
	d := dialog.NewForm("Capture an insight", "Add to the inbox", "Cancel",
		[]*widget.FormItem{widget.NewFormItem("What they said", text)}, func(ok bool) {
			if !ok {
				return
			}
			if id, err := Capture(env, text.Text); err == nil {
				env.Open(app.Key{Kind: app.KindInsight, ID: id})
			} else if text.Text == "" {
				dialog.ShowError(err, win)
			}
		}, win)
	d.Resize(fyne.NewSize(520, 260))
	d.Show()
	win.Canvas().Focus(text)
}
