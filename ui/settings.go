package ui

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"canopy/app/team"
	"canopy/ui/form"
	"canopy/ui/page"
)

// maxAutoSync is the longest auto-sync interval Settings takes: a day.
const maxAutoSync = 24 * 60

// settingsPage is the sidebar's Settings: this machine's settings (your
// name, auto-sync) above the product's editor. The settings are
// preferences; the window follows them (shell.onPrefsChanged).
type settingsPage struct {
	page.Page
	name, autoSync *form.Entry
	content        fyne.CanvasObject
}

// newSettingsPage builds the Settings page of sec.
func newSettingsPage(sec *page.Section, env *page.Env, host page.Host) page.Page {
	inner := page.NewListPage(sec, env, host)
	p := &settingsPage{Page: inner}
	if host.Prefs == nil {
		p.content = inner.Object()
		return p
	}
	prefs := host.Prefs
	p.name = form.NewEntry(func(s string) error {
		prefs.SetString(page.PrefUserName, s)
		return nil
	})
	p.name.SetPlaceHolder(team.Author("", host.Dir))
	p.name.SetValue(prefs.String(page.PrefUserName))
	p.autoSync = form.NewNumberEntry(func(v float64) error {
		if v < 0 || v > maxAutoSync || v != math.Trunc(v) {
			return fmt.Errorf("auto-sync: %s is not a number of minutes from 0 (off) to %d", form.FormatNumber(v), maxAutoSync)
		}
		prefs.SetInt(page.PrefAutoSync, int(v))
		return nil
	})
	p.autoSync.SetPlaceHolder("0: off")
	p.autoSync.SetValue(fmt.Sprint(max(0, prefs.IntWithFallback(page.PrefAutoSync, 0))))
	onError := func(err error) {
		if env.Window != nil {
			dialog.ShowError(err, env.Window)
		}
	}
	p.name.OnError, p.autoSync.OnError = onError, onError
	f := widget.NewForm(
		widget.NewFormItem("Your name", p.name),
		widget.NewFormItem("Auto-sync every", p.autoSync),
	)
	f.Items[0].HintText = "recorded in decisions and commits; empty: git's user.name, else your account's name"
	f.Items[1].HintText = "minutes, when the workspace is in a git repository; 0 turns it off"
	head := widget.NewLabelWithStyle("On this machine", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	p.content = container.NewBorder(container.NewVBox(container.NewPadded(container.NewVBox(head, f)), widget.NewSeparator()),
		nil, nil, nil, inner.Object())
	return p
}

// Object returns this machine's settings above the product's editor.
func (p *settingsPage) Object() fyne.CanvasObject { return p.content }
