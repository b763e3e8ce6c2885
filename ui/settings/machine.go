package settings

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

// machineTab is Settings' tab of this machine's settings: your name
// and auto-sync. They are preferences; the window follows them
// (the window's onPrefsChanged).
type machineTab struct {
	name, autoSync *form.Entry
	content        fyne.CanvasObject
}

// newMachineTab builds the tab; nil without preferences (tests).
func newMachineTab(env *page.Env, host page.Host) *machineTab {
	if host.Prefs == nil {
		return nil
	}
	prefs := host.Prefs
	m := &machineTab{}
	m.name = form.NewEntry(func(s string) error {
		prefs.SetString(page.PrefUserName, s)
		return nil
	})
	m.name.SetPlaceHolder(team.Author("", host.Dir))
	m.name.SetValue(prefs.String(page.PrefUserName))
	m.autoSync = form.NewNumberEntry(func(v float64) error {
		if v < 0 || v > maxAutoSync || v != math.Trunc(v) {
			return fmt.Errorf("auto-sync: %s is not a number of minutes from 0 (off) to %d", form.FormatNumber(v), maxAutoSync)
		}
		prefs.SetInt(page.PrefAutoSync, int(v))
		return nil
	})
	m.autoSync.SetPlaceHolder("0: off")
	m.autoSync.SetValue(fmt.Sprint(max(0, prefs.IntWithFallback(page.PrefAutoSync, 0))))
	onError := func(err error) {
		if env.Window != nil {
			dialog.ShowError(err, env.Window)
		}
	}
	m.name.OnError, m.autoSync.OnError = onError, onError
	f := widget.NewForm(
		widget.NewFormItem("Your name", m.name),
		widget.NewFormItem("Auto-sync every", m.autoSync),
	)
	f.Items[0].HintText = "recorded in decisions and commits; empty: git's user.name, else your account's name"
	f.Items[1].HintText = "minutes, when the workspace is in a git repository; 0 turns it off"
	intro := widget.NewLabel("These settings belong to this computer, not to the workspace: each of you sets them on their own machine.")
	intro.Wrapping = fyne.TextWrapWord
	m.content = container.NewPadded(container.NewVBox(intro, f))
	return m
}
