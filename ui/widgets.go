package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dimStyle is inline text in the theme's placeholder colour: secondary
// information that stays readable in light and dark themes.
func dimStyle() widget.RichTextStyle {
	return widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}
}

// newCaption returns the bold, dim title of a field ("Vision").
func newCaption(text string) *widget.RichText {
	s := dimStyle()
	s.TextStyle.Bold = true
	return widget.NewRichText(&widget.TextSegment{Style: s, Text: text})
}

// newDim returns dim text; wrap makes it wrap at word boundaries.
func newDim(text string, wrap bool) *widget.RichText {
	t := widget.NewRichText(&widget.TextSegment{Style: dimStyle(), Text: text})
	if wrap {
		t.Wrapping = fyne.TextWrapWord
	}
	return t
}

// setDim replaces the text of a RichText made by newDim.
func setDim(t *widget.RichText, text string) {
	t.Segments[0].(*widget.TextSegment).Text = text
	t.Refresh()
}

// newParagraph returns a label that wraps its text at word boundaries.
func newParagraph() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}

// newTruncated returns a one-line label that ends in "…" when too narrow.
func newTruncated(style fyne.TextStyle) *widget.Label {
	l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, style)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// setText sets a label's text, or a dim italic placeholder when text is blank.
func setText(l *widget.Label, text, placeholder string) {
	t, missing := orPlaceholder(text, placeholder)
	l.Text = t
	l.TextStyle.Italic = missing
	if missing {
		l.Importance = widget.LowImportance
	} else {
		l.Importance = widget.MediumImportance
	}
	l.Refresh()
}

// tightVBox stacks objects with the space between two labels' text halved:
// a caption over its text, a title over its details.
func tightVBox(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewCustomPaddedVBoxLayout(-theme.Size(theme.SizeNameInnerPadding)), objects...)
}

// field stacks a caption over its content.
func field(caption string, content fyne.CanvasObject) *fyne.Container {
	return tightVBox(newCaption(caption), content)
}

// indent offsets content from the leading edge by one inner padding.
func indent(content fyne.CanvasObject) *fyne.Container {
	pad := theme.Size(theme.SizeNameInnerPadding)
	return container.New(layout.NewCustomPaddedLayout(0, 0, pad, 0), content)
}
