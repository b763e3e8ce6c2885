package xlsx

import "strings"

// insightColumns are the Insights sheet's headers. Importing the sheet back
// with ReadInsights matches every row by its ID: a second import adds
// nothing.
var insightColumns = []string{"ID", "Text", "Customer", "Person", "Segment", "Source", "Link", "Date", "Importance", "State",
	"Persona", "Items", "Item titles" + ComputedSuffix, "Initiatives", "Initiative names" + ComputedSuffix, "Tags"}

// insights writes the Insights sheet: one row per insight, latest first.
// Every text is a plain text cell, never a formula, whatever it starts with.
func (b *workbook) insights() error {
	s := b.sheet(SheetInsights, 18, 60, 24, 18, 16, 14, 30, 11, 13, 10, 24, 18, 36, 18, 30, 18)
	s.header(insightColumns...)
	s.check(b.f.SetRowHeight(SheetInsights, 1, 30))
	s.freeze(2, 1)
	st := &b.st
	for _, in := range b.ws.Insights() {
		who := in.Label()
		s.row++
		persona := ""
		if p, ok := b.ws.Persona(in.Persona); ok {
			persona = p.Name
		}
		var titles, names []string
		for _, id := range in.Items {
			if it, ok := b.ws.Item(id); ok {
				titles = append(titles, it.Title)
			}
		}
		for _, id := range in.Initiatives {
			if i, ok := b.ws.Initiative(id); ok {
				names = append(names, i.Name)
			}
		}
		s.set(1, in.ID, st.label, who, "ID")
		s.set(2, in.Text, st.wrap, who, "text")
		s.set(3, in.Company, st.wrap, who, "company")
		s.set(4, in.Person, st.wrap, who, "person")
		s.set(5, in.Segment, st.wrap, who, "segment")
		s.set(6, in.Source, st.wrap, who, "source")
		s.set(7, in.Link, st.wrap, who, "link")
		s.set(8, dateOrNil(in.Date), st.date, who, "")
		s.set(9, string(in.Importance), st.wrap, who, "importance")
		s.set(10, string(in.State), st.wrap, who, "state")
		s.set(11, persona, st.wrap, who, "persona")
		s.set(12, strings.Join(in.Items, "\n"), st.wrap, who, "items")
		s.set(13, strings.Join(titles, "\n"), st.wrap, who, "item titles")
		s.set(14, strings.Join(in.Initiatives, "\n"), st.wrap, who, "initiatives")
		s.set(15, strings.Join(names, "\n"), st.wrap, who, "initiative names")
		s.set(16, strings.Join(in.Tags, ", "), st.wrap, who, "tags")
	}
	return s.err
}
