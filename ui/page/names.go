package page

import "canopy/app"

// KeysOf returns the keys of es, in order.
func KeysOf[E app.Entity](es []E) []app.Key {
	out := make([]app.Key, len(es))
	for i, e := range es {
		out[i] = app.KeyOf(e)
	}
	return out
}

// TitleOf returns the name of an entity in the lists; the two settings
// pages have names of their own.
func TitleOf(e app.Entity) string {
	switch e.(type) {
	case *app.Product:
		return "Product settings"
	case *app.Strategy:
		return "Vision and positioning"
	}
	return app.Name(e)
}

// SubtitleOf is the short fact shown beside an entity in a list: an
// item's status, an initiative's dates or horizon, a release's date.
func SubtitleOf(e app.Entity) string {
	switch v := e.(type) {
	case *app.Item:
		return v.Status.Title()
	case *app.Initiative:
		if v.Dated() {
			return v.Start.Time().Format("Jan 2") + " – " + v.End.Time().Format("Jan 2 '06")
		}
		return v.Horizon.Title()
	case *app.Milestone:
		return v.Date.Time().Format("Jan 2, 2006")
	case *app.Release:
		if !v.Date.IsZero() {
			return v.Date.Time().Format("Jan 2, 2006")
		}
	}
	return ""
}
