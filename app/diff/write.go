package diff

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"unicode/utf8"
)

// longText is the length from which a text value is printed on lines of
// its own.
const longText = 50

// WriteText writes the changes for a terminal, grouped by section, each
// line naming the entity by title: "  Mobile app: end 2026-03-01 →
// 2026-04-12 (slipped 6 w)". from and to name the two sides.
func WriteText(w io.Writer, d *Diff, from, to string) error {
	bw := bufio.NewWriter(w)
	if d.Empty() {
		fmt.Fprintf(bw, "No changes from %s to %s.\n", from, to)
	} else {
		fmt.Fprintf(bw, "%d change(s) from %s to %s.\n", len(d.Changes), from, to)
	}
	for _, s := range Sections {
		cs := d.Section(s)
		if len(cs) == 0 {
			continue
		}
		fmt.Fprintf(bw, "\n%s\n", s)
		for _, c := range cs {
			writeLine(bw, c)
		}
	}
	for _, warn := range d.Warnings {
		fmt.Fprintf(bw, "\nwarning: %s\n", warn)
	}
	return bw.Flush()
}

// Mark is the sign a change is listed with: + added, − removed, ~ changed.
func (c Change) Mark() string {
	switch c.Kind {
	case Added:
		return "+"
	case Removed:
		return "-"
	}
	return "~"
}

func writeLine(w io.Writer, c Change) {
	o, oLong := c.Old.(string)
	n, nLong := c.New.(string)
	if c.Kind == Changed && oLong && nLong && (utf8.RuneCountInString(o) > longText || utf8.RuneCountInString(n) > longText) {
		fmt.Fprintf(w, "  %s %s: %s changed\n      before: %s\n      after:  %s\n", c.Mark(), c.Title, c.Field, Text(c.Old), Text(c.New))
		return
	}
	fmt.Fprintf(w, "  %s %s: %s\n", c.Mark(), c.Title, c.Summary())
}

// report is the JSON form of a diff.
type report struct {
	From     string   `json:"from"`
	To       string   `json:"to"`
	Changes  []Change `json:"changes"`
	Warnings []string `json:"warnings,omitzero"`
}

// WriteJSON writes the diff as {"from", "to", "changes": [{kind, entity,
// id, title, field, old, new, …}]}, indented, the same bytes every time.
func WriteJSON(w io.Writer, d *Diff, from, to string) error {
	r := report{From: from, To: to, Changes: d.Changes, Warnings: d.Warnings}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("write the changes as JSON: %w", err)
	}
	return nil
}
