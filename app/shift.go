package app

// ShiftDates moves every date of the plan by a number of calendar months:
// initiatives, milestones, releases and their launch tasks, and the
// timestamps of item decisions, and the dates of insights. The sample uses it to start in the current
// quarter.
func ShiftDates(months int) Command {
	return Func{Desc: "Shift the plan's dates", Fn: func(tx *Tx) error {
		if months == 0 {
			return nil
		}
		tx.ch.retime = true
		ws := tx.Workspace()
		for _, in := range ws.Initiatives() {
			if in.Start.IsZero() && in.End.IsZero() {
				continue
			}
			c, err := Edit[*Initiative](tx, KindInitiative, in.ID)
			if err != nil {
				return err
			}
			c.Start, c.End = c.Start.AddMonths(months), c.End.AddMonths(months)
		}
		for _, m := range ws.Milestones() {
			c, err := Edit[*Milestone](tx, KindMilestone, m.ID)
			if err != nil {
				return err
			}
			c.Date = c.Date.AddMonths(months)
		}
		for _, r := range ws.Releases() {
			c, err := Edit[*Release](tx, KindRelease, r.ID)
			if err != nil {
				return err
			}
			c.Start, c.Date = c.Start.AddMonths(months), c.Date.AddMonths(months)
			for i := range c.Tasks {
				c.Tasks[i].Due = c.Tasks[i].Due.AddMonths(months)
			}
		}
		for _, it := range ws.Items() {
			if len(it.History) == 0 {
				continue
			}
			c, err := Edit[*Item](tx, KindItem, it.ID)
			if err != nil {
				return err
			}
			for i := range c.History {
				c.History[i].At = c.History[i].At.AddDate(0, months, 0)
			}
		}
		return shiftInsights(tx, months)
	}}
}
