package overview

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/app"
	"canopy/ui/form"
	"canopy/ui/page"
)

// nextRow is one line of the what-next list, on two lines of text:
//
//	3  Export the roadmap to PDF                         12.5
//	   item-7f3k9q2m · Feature · Ready · 3 pts   ⚠ Blocked by …
type nextRow struct {
	widget.BaseWidget

	pos     *widget.Label
	posCol  *sampleWidthLayout // as wide as the last position
	title   *widget.Label
	meta    *widget.RichText
	blocked *fyne.Container
	blocker *widget.Label
	score   *widget.Label
}

// newNextRow returns an empty row; set fills it.
func newNextRow() *nextRow {
	r := &nextRow{
		pos:     widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
		posCol:  &sampleWidthLayout{style: fyne.TextStyle{Bold: true}, size: theme.SizeNameText},
		title:   page.NewTruncated(fyne.TextStyle{Bold: true}),
		meta:    widget.NewRichText(),
		blocker: page.NewTruncated(fyne.TextStyle{}),
		score:   widget.NewLabelWithStyle("", fyne.TextAlignTrailing, fyne.TextStyle{Bold: true}),
	}
	r.blocker.Importance = widget.DangerImportance
	r.score.SizeName = theme.SizeNameSubHeadingText
	r.blocked = container.NewBorder(nil, nil,
		widget.NewIcon(theme.NewErrorThemedResource(theme.WarningIcon())), nil, r.blocker)
	r.ExtendBaseWidget(r)
	return r
}

// set shows entry e at position pos of n.
func (r *nextRow) set(pos, n int, e app.NextEntry, blocked string) {
	r.posCol.sample = strings.Repeat("0", len(strconv.Itoa(n)))
	r.pos.SetText(strconv.Itoa(pos))
	r.title.SetText(e.Item.Title)
	id := widget.RichTextStyleCodeInline
	id.ColorName = theme.ColorNamePlaceHolder
	r.meta.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Style: id, Text: e.Item.ID},
		&widget.TextSegment{Style: page.DimStyle(), Text: " · " + e.Item.Type.Title() + " · " + e.Item.Status.Title() + " · " + form.FormatEstimate(e.Item.Estimate)},
	}
	r.meta.Refresh()
	if blocked == "" {
		r.blocked.Hide()
	} else {
		r.blocker.SetText(blocked)
		r.blocked.Show()
	}
	r.score.SetText(app.FormatScore(e.Score, e.Scored))
}

// CreateRenderer lays the row out: position, then title over details, then
// the score.
func (r *nextRow) CreateRenderer() fyne.WidgetRenderer {
	details := container.NewBorder(nil, nil, r.meta, nil, r.blocked)
	body := page.TightVBox(r.title, details)
	// Scores up to 9999.99 keep the score column one width.
	scoreCol := &sampleWidthLayout{sample: "9999.99", style: r.score.TextStyle, size: r.score.SizeName}
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil,
		container.New(r.posCol, r.pos), container.New(scoreCol, r.score), body))
}
