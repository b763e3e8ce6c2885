package strategy

import (
	"fmt"

	"fyne.io/fyne/v2"

	"canopy/app"
	"canopy/ui/page"
)

// personaQuotes is how many of a persona's insights the card quotes;
// personaAsks how many of the items they ask for it names.
const (
	personaQuotes = 2
	personaAsks   = 3
)

// personaEvidence is the customer evidence on a persona's card: what the
// insights from that persona said (how many, the weightiest quotes) and
// the items they ask for most, each with how many insights ask. Archived
// insights are left out.
func personaEvidence(ws *app.Workspace, id string) []fyne.CanvasObject {
	ins := app.InsightsFor(ws, app.Key{Kind: app.KindPersona, ID: id})
	said := page.NewParagraph()
	var quotes []string
	for _, in := range ins[:min(len(ins), personaQuotes)] {
		q := "“" + in.Excerpt(80) + "”"
		if c := in.Customer(); c != "" {
			q += " — " + c
		}
		quotes = append(quotes, q)
	}
	if len(ins) > personaQuotes {
		quotes = append(quotes, fmt.Sprintf("and %d more in Insights", len(ins)-personaQuotes))
	}
	page.Bullets(said, quotes, "No insight from this persona yet.")
	asks := page.NewParagraph()
	var names []string
	for _, d := range app.PersonaAsks(ws, id, personaAsks) {
		n := "1 insight"
		if d.Evidence.Insights != 1 {
			n = fmt.Sprintf("%d insights", d.Evidence.Insights)
		}
		names = append(names, d.Name+" ("+n+")")
	}
	page.Bullets(asks, names, "Nothing linked yet.")
	return []fyne.CanvasObject{
		page.Field(fmt.Sprintf("What they said (%d)", len(ins)), said),
		page.Field("Asks for most", asks),
	}
}
