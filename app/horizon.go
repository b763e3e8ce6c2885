package app

// dropHorizons clears the horizon of each initiative whose dates ch
// changed and that is dated after it (one created by ch is left as made): dated work sits on the calendar, not
// on Now, Next or Later, whichever command set the dates (the roadmap's
// drag from the tray, the editor's date fields). An initiative whose file
// holds both (written before this rule, or by hand) stays valid and keeps
// its bytes until its dates are edited. Shifting the whole plan's dates
// (ShiftDates) is no such edit.
func dropHorizons(ch *change) {
	if ch.retime {
		return
	}
	for _, k := range ch.keys {
		after, ok := ch.after[k].(*Initiative)
		if !ok || !after.Dated() || after.Horizon == HorizonNone {
			continue
		}
		before, ok := ch.before[k].(*Initiative)
		if !ok || before.Start == after.Start && before.End == after.End {
			continue // a new one is as it was made; an old one kept its dates
		}
		after.Horizon = HorizonNone
	}
}
