package page

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
)

// PositioningSegments writes the positioning statement in the shape of the
// classic template, one line per part with its keyword in bold:
//
//	For … who ….
//	Unlike …, our product ….
//
// becomes "For …" / "who …" / "Unlike …," / "our product …". Blank parts are
// left out. Each part is a paragraph of its own, so a part's text always
// starts right after its keyword: Fyne's RichText (v2.7) breaks a segment's
// first word in two when that word does not fit in what is left of a row
// ("enterpris|e"), which a running sentence of bold and plain segments hits
// at many widths.
func PositioningSegments(p app.Positioning) []widget.RichTextSegment {
	for _, part := range []*string{&p.For, &p.Who, &p.Unlike, &p.OurProduct} {
		*part = strings.TrimRight(strings.TrimSpace(*part), ".")
	}
	bold := widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}
	var out []widget.RichTextSegment
	add := func(keyword, text, end string) {
		if text == "" {
			return
		}
		out = append(out, &widget.TextSegment{Style: bold, Text: keyword + " "},
			&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: text + end})
	}
	who, our := "who", "our product"
	if p.For == "" {
		who = "Who"
	}
	if p.Unlike == "" {
		our = "Our product"
	}
	add("For", p.For, pick(p.Who != "", "", "."))
	add(who, p.Who, ".")
	add("Unlike", p.Unlike, pick(p.OurProduct != "", ",", "."))
	add(our, p.OurProduct, ".")
	if len(out) == 0 {
		s := DimStyle()
		s.TextStyle.Italic = true
		return []widget.RichTextSegment{&widget.TextSegment{Style: s, Text: "No positioning statement yet."}}
	}
	return out
}

// pick returns then when cond holds and otherwise els: the punctuation a
// positioning part ends with depends on whether the next part follows.
func pick(cond bool, then, els string) string {
	if cond {
		return then
	}
	return els
}
