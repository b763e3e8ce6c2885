package dialogs

import (
	"fyne.io/fyne/v2/dialog"

	"canopy/ui/page"
)

// askChangesSheet calls then with the comparison whose Changes sheet the
// workbook gets: while the window compares the plan with an earlier
// version, it asks first (nil when the answer is no); otherwise at once,
// with nil.
func (s *Host) askChangesSheet(then func(*page.Comparison)) {
	cmp := s.Compare.Current()
	if cmp == nil {
		then(nil)
		return
	}
	dialog.ShowConfirm("Add the Changes sheet?",
		"The workbook can end with a Changes sheet: every change since "+cmp.Name+", one a row.",
		func(yes bool) {
			if yes {
				then(cmp)
			} else {
				then(nil)
			}
		}, s.Win)
}
