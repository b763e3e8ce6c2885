package brief

import (
	"strings"

	"canopy/app"
)

// initDescLines is how many lines of its description an initiative shows in
// the Strategic initiatives table; a longer one is cut with "…" and given
// whole in the appendix.
const initDescLines = 3

// initiativeSub returns the muted part under an initiative's name in the
// Strategic initiatives table, its lane and what it is, for a column w wide
// (cell padding included); cut reports whether the description was cut.
func (b *brief) initiativeSub(in *app.Initiative, w float64) (sub string, cut bool) {
	d := b.d
	desc := strings.TrimSpace(b.clean(in, "description", in.Description))
	lane := b.laneName(in.Lane)
	if desc == "" {
		return lane, false
	}
	d.setFont("", sizeTable)
	w -= 2 * cellPad
	lines := d.wrap(desc, w)
	if len(lines) > initDescLines {
		lines = lines[:initDescLines]
		last := strings.TrimRight(lines[initDescLines-1], " ")
		lines[initDescLines-1] = d.ellipsize(last+" …", w)
		if !strings.HasSuffix(lines[initDescLines-1], "…") {
			lines[initDescLines-1] += "…"
		}
		cut = true
	}
	text := strings.Join(lines, "\n")
	if lane == "" {
		return text, cut
	}
	return lane + "\n" + text, cut
}

// initiativesInFull writes, in the appendix, the whole description of each
// initiative whose description the Strategic initiatives table cut.
func (b *brief) initiativesInFull() {
	if len(b.cutInitiatives) == 0 {
		return
	}
	d := b.d
	d.heading("Initiatives in full", 1, 80)
	d.setFont("", sizeBody)
	d.color(colMuted)
	d.para("The initiatives whose description the Strategic initiatives table cut short, in full.", 0)
	d.color(colText)
	d.gap(4)
	rows := make([][]cell, 0, len(b.cutInitiatives))
	for _, in := range b.cutInitiatives {
		rows = append(rows, []cell{{s: b.clean(in, "name", in.Name), bold: true}, txt(b.clean(in, "description", in.Description))})
	}
	d.table([]tcol{{head: "Initiative", w: 1.6}, {head: "Description", w: 4.4}}, rows)
}
