package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// banner is a strip across the window with a tinted background, an icon and
// a wrapped message: the read-only notice, and later other notices.
type banner struct {
	widget.BaseWidget

	// colorName tints the background and the icon.
	colorName fyne.ThemeColorName
	icon      fyne.Resource
	title     string
	message   string
}

var _ fyne.Widget = (*banner)(nil)

// newWarningBanner returns a banner in the theme's warning colour.
func newWarningBanner() *banner {
	b := &banner{colorName: theme.ColorNameWarning, icon: theme.WarningIcon()}
	b.ExtendBaseWidget(b)
	return b
}

// set changes the banner's bold title and message.
func (b *banner) set(title, message string) {
	b.title, b.message = title, message
	b.Refresh()
}

// CreateRenderer returns the banner's renderer.
func (b *banner) CreateRenderer() fyne.WidgetRenderer {
	b.ExtendBaseWidget(b)
	r := &bannerRenderer{
		b:    b,
		bg:   canvas.NewRectangle(color.Transparent),
		icon: widget.NewIcon(nil),
		text: widget.NewRichText(),
	}
	r.text.Wrapping = fyne.TextWrapWord
	r.content = container.NewBorder(nil, nil, container.NewCenter(r.icon), nil, r.text)
	r.Refresh()
	return r
}

// bannerRenderer draws a banner: a rounded tinted rectangle behind an icon
// and the text.
type bannerRenderer struct {
	b       *banner
	bg      *canvas.Rectangle
	icon    *widget.Icon
	text    *widget.RichText
	content *fyne.Container
}

func (r *bannerRenderer) padding() float32 {
	return r.b.Theme().Size(theme.SizeNameInnerPadding)
}

// Layout places the content inside the background, padded.
func (r *bannerRenderer) Layout(size fyne.Size) {
	p := r.padding()
	r.bg.Resize(size)
	r.content.Move(fyne.NewPos(p, p/2))
	r.content.Resize(size.Subtract(fyne.NewSize(2*p, p)))
}

// MinSize is the content's plus the padding.
func (r *bannerRenderer) MinSize() fyne.Size {
	p := r.padding()
	return r.content.MinSize().Add(fyne.NewSize(2*p, p))
}

// Refresh applies the theme and the banner's text.
func (r *bannerRenderer) Refresh() {
	tint := theme.ColorForWidget(r.b.colorName, r.b)
	r.bg.FillColor = withAlpha(tint, 0x30)
	r.bg.StrokeColor = tint
	r.bg.StrokeWidth = 1
	r.bg.CornerRadius = r.b.Theme().Size(theme.SizeNameInputRadius)
	r.bg.Refresh()
	if r.b.icon != nil {
		r.icon.SetResource(theme.NewColoredResource(r.b.icon, r.b.colorName))
	}
	r.text.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Style: widget.RichTextStyle{Inline: true, TextStyle: fyne.TextStyle{Bold: true}}, Text: r.b.title},
		&widget.TextSegment{Style: widget.RichTextStyleInline, Text: " " + r.b.message},
	}
	r.text.Refresh()
}

// Objects returns the background and the content.
func (r *bannerRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.content}
}

// Destroy does nothing: the banner holds no resources.
func (r *bannerRenderer) Destroy() {}

// withAlpha returns c with its alpha replaced by a (colour kept, not premultiplied).
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}
