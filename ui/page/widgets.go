package page

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"canopy/ui/internal/themed"
)

// DimStyle is inline text in the theme's placeholder colour: secondary
// information that stays readable in light and dark themes.
func DimStyle() widget.RichTextStyle {
	return widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePlaceHolder}
}

// NewCaption returns the bold, dim title of a Field ("Vision").
func NewCaption(text string) *widget.RichText {
	s := DimStyle()
	s.TextStyle.Bold = true
	return widget.NewRichText(&widget.TextSegment{Style: s, Text: text})
}

// NewDim returns dim text; wrap makes it wrap at word boundaries.
func NewDim(text string, wrap bool) *widget.RichText {
	t := widget.NewRichText(&widget.TextSegment{Style: DimStyle(), Text: text})
	if wrap {
		t.Wrapping = fyne.TextWrapWord
	}
	return t
}

// SetDim replaces the text of a RichText made by NewDim.
func SetDim(t *widget.RichText, text string) {
	t.Segments[0].(*widget.TextSegment).Text = text
	t.Refresh()
}

// NewParagraph returns a label that wraps its text at word boundaries.
func NewParagraph() *widget.Label {
	l := widget.NewLabel("")
	l.Wrapping = fyne.TextWrapWord
	return l
}

// NewTruncated returns a one-line label that ends in "…" when too narrow.
func NewTruncated(style fyne.TextStyle) *widget.Label {
	l := widget.NewLabelWithStyle("", fyne.TextAlignLeading, style)
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

// SetText sets a label's text, or a dim italic placeholder when text is blank.
func SetText(l *widget.Label, text, placeholder string) {
	t, missing := OrPlaceholder(text, placeholder)
	l.Text = t
	l.TextStyle.Italic = missing
	if missing {
		l.Importance = widget.LowImportance
	} else {
		l.Importance = widget.MediumImportance
	}
	l.Refresh()
}

// TightVBox stacks objects with the space between two labels' text halved:
// a caption over its text, a title over its details.
func TightVBox(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(layout.NewCustomPaddedVBoxLayout(-theme.Size(theme.SizeNameInnerPadding)), objects...)
}

// Field stacks a caption over its content.
func Field(caption string, content fyne.CanvasObject) *fyne.Container {
	return TightVBox(NewCaption(caption), content)
}

// Indent offsets content from the leading edge by one inner padding.
func Indent(content fyne.CanvasObject) *fyne.Container {
	pad := theme.Size(theme.SizeNameInnerPadding)
	return container.New(layout.NewCustomPaddedLayout(0, 0, pad, 0), content)
}

// PageColumn lays a page out in a column at most w wide, scrolling
// vertically: long lines are hard to read.
func PageColumn(w float32, objs ...fyne.CanvasObject) *container.Scroll {
	return container.NewVScroll(container.NewPadded(Column(w, container.NewVBox(objs...))))
}

// PanelCard is a titled block of a page on a subtle background, with
// buttons at the trailing end of its title.
func PanelCard(title string, content fyne.CanvasObject, buttons ...fyne.CanvasObject) fyne.CanvasObject {
	head := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: title})
	head.Wrapping = fyne.TextWrapWord
	top := container.NewBorder(nil, nil, nil, container.NewHBox(buttons...), head)
	bg := themed.NewRect(theme.ColorNameInputBackground)
	bg.Radius = theme.SizeNameInputRadius
	return container.NewStack(bg, container.NewPadded(container.NewBorder(top, nil, nil, nil, content)))
}

// IconButton returns a low-importance button with an icon and a short label.
func IconButton(label string, icon fyne.Resource, f func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, f)
	b.Importance = widget.LowImportance
	return b
}

// Bullets writes lines as a dim-free bulleted paragraph, or placeholder
// (dim, italic) when there are none.
func Bullets(l *widget.Label, lines []string, placeholder string) {
	var b strings.Builder
	for _, s := range lines {
		if strings.TrimSpace(s) == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString("• " + strings.TrimSpace(s))
	}
	SetText(l, b.String(), placeholder)
}

// SplitLines returns the non-blank lines of text, trimmed: a list typed
// one entry per line.
func SplitLines(text string) []string {
	out := []string{}
	for _, s := range strings.Split(text, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Enable enables or disables each control.
func Enable(on bool, cs ...fyne.Disableable) {
	for _, c := range cs {
		if on == !c.Disabled() {
			continue
		}
		if on {
			c.Enable()
		} else {
			c.Disable()
		}
	}
}

// SwatchRect returns a small filled square, a legend's key.
func SwatchRect(c color.Color, size float32) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSquareSize(size))
	return r
}

// NewCardBackground returns the outlined background of a card inside a
// page block (a persona).
func NewCardBackground() *themed.Rect {
	r := themed.NewRect(theme.ColorNameBackground)
	r.Stroke, r.StrokeWidth = theme.ColorNameSeparator, 1
	r.Radius = theme.SizeNameInputRadius
	return r
}

// NameOrUnnamed returns s, or "(unnamed)" when blank.
func NameOrUnnamed(s string) string {
	if strings.TrimSpace(s) == "" {
		return "(unnamed)"
	}
	return s
}

// PageHeading returns a section heading of a page.
func PageHeading(text string) fyne.CanvasObject {
	return widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: text})
}
