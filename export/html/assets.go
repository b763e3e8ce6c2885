package html

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"image/color"
	"io"
	"strings"

	"canopy/app"
	"canopy/app/timeline"
)

var (
	//go:embed page.css
	baseCSS string
	//go:embed page.js
	pageJS string
	//go:embed page.tmpl
	pageTmpl string
)

// pageCSS is the page's one style sheet: page.css and the status colours
// of the timeline's palette, so that the page's bars match the window's.
var pageCSS = baseCSS + paletteCSS()

// paletteCSS gives each initiative status (class s-STATUS) and late bars
// (class late) their colour in the variable --st.
func paletteCSS() string {
	var b strings.Builder
	hex := func(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }
	for _, s := range app.InitiativeStatuses {
		fmt.Fprintf(&b, ".s-%s{--st:%s}", s, hex(timeline.StatusColor(s)))
	}
	fmt.Fprintf(&b, ".late{--st:%s}\n", hex(timeline.LateColor))
	return b.String()
}

// hash is the CSP source of a script or style's text.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// CSP is the page's Content-Security-Policy: nothing from elsewhere, and
// only the page's own style sheet and script, by their hashes.
var CSP = "default-src 'none'; style-src " + hash(pageCSS) + "; script-src " + hash(pageJS) +
	"; img-src data:; base-uri 'none'; form-action 'none'"

var pageTemplate = template.Must(template.New("page").Parse(pageTmpl))

// doc is what the template executes on: the page and its assets.
type doc struct {
	*page
	CSP string
	CSS template.CSS
	JS  template.JS
}

// execute writes the page with its assets.
func execute(w io.Writer, p *page) error {
	return pageTemplate.Execute(w, doc{page: p, CSP: CSP, CSS: template.CSS(pageCSS), JS: template.JS(pageJS)})
}
