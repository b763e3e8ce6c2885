package app

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// calledMax is the longest title, in characters, that a message quotes
// whole; a longer one is cut with "…".
const calledMax = 40

// Called returns an entity as a person reads it in a message: its title or
// name, cut with "…" past calledMax characters ("Live map shows the
// technician…"). An entity without one goes by its kind and ID ("the item
// item-x"); the product settings and the strategy by what they are.
func Called(e Entity) string {
	switch e.(type) {
	case *Product:
		return "The product settings"
	case *Strategy:
		return "The strategy"
	}
	if n := strings.TrimSpace(Name(e)); n != "" {
		return Shorten(n, calledMax)
	}
	return "The " + e.EntityKind().Singular() + " " + e.EntityID()
}

// Shorten returns the first line of s cut to at most n characters, ending
// with "…" when it was cut; it cuts at a word where one ends near n.
func Shorten(s string, n int) string {
	s, _, more := strings.Cut(strings.TrimSpace(s), "\n")
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= n && !more {
		return s
	}
	if utf8.RuneCountInString(s) > n {
		r := []rune(s)[:n]
		cut := len(r)
		for i := len(r) - 1; i > n*2/3; i-- {
			if unicode.IsSpace(r[i]) {
				cut = i
				break
			}
		}
		s = strings.TrimRightFunc(string(r[:cut]), func(c rune) bool { return unicode.IsSpace(c) || unicode.IsPunct(c) })
	}
	return s + "…"
}

// fieldWords names the fields of messages in a person's words; one of a
// list, with its index, by fieldWord.
var fieldWords = map[string]string{
	"dependsOn":       "dependencies",
	"keyResults":      "key results",
	"criteria":        "acceptance criteria",
	"tasks":           "launch tasks",
	"rice":            "RICE",
	"wsjf":            "WSJF",
	"ice":             "ICE",
	"valueEffort":     "value/effort",
	"moscow":          "MoSCoW",
	"howWeDiffer":     "how we differ",
	"wipLimits":       "WIP limits",
	"scores":          "",
	"history":         "decision history",
	"fiscalYearStart": "fiscal year's first month",
}

// wholeFieldWords names the fields whose words depend on the whole path.
var wholeFieldWords = map[string]string{
	"ice":     "the ICE formula", // the product's; scores.ice.impact is "the ICE impact"
	"formula": "",                // its messages start with the formula itself
}

// fieldWord names one element of a listed field ("criteria" →
// "acceptance criterion").
var fieldWord = map[string]string{
	"criteria": "acceptance criterion",
	"history":  "decision",
}

// FieldWords returns the JSON name of a field as a person says it, for a
// message: "estimate" → "the estimate", "criteria[2].text" → "acceptance
// criterion 3's text", "scores.rice.reach" → "the RICE reach",
// "dependsOn" → "the dependencies". "" stays "".
func FieldWords(field string) string {
	if w, ok := wholeFieldWords[field]; ok {
		return w
	}
	if strings.HasPrefix(field, "fields.") {
		return "" // a custom field's message names it by its name
	}
	if st, ok := strings.CutPrefix(field, "wipLimits."); ok {
		return "the WIP limit of " + Status(st).Title()
	}
	var parts []string
	indexed := false
	for _, seg := range strings.Split(field, ".") {
		name, idx, ok := strings.Cut(seg, "[")
		w, known := fieldWords[name]
		if !known {
			w = camelWords(name)
		}
		if ok {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			if err == nil {
				one, known := fieldWord[name]
				if !known {
					one = strings.TrimSuffix(w, "s")
				}
				w = one + " " + strconv.Itoa(n+1)
				indexed = true
			}
		}
		if w != "" {
			parts = append(parts, w)
		}
	}
	switch {
	case len(parts) == 0:
		return ""
	case strings.HasPrefix(parts[0], "our "):
		return strings.Join(parts, " ")
	case indexed:
		// "acceptance criterion 3's text"
		for i := range parts[:len(parts)-1] {
			if unicode.IsDigit(rune(parts[i][len(parts[i])-1])) {
				parts[i] += "'s"
			}
		}
		return strings.Join(parts, " ")
	}
	return "the " + strings.Join(parts, " ")
}

// camelWords splits a camelCase name into lower-case words ("launchNotes" →
// "launch notes").
func camelWords(s string) string {
	var b strings.Builder
	for i, r := range s {
		if unicode.IsUpper(r) && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// ruleError returns the refusal of field of e for msg, named for people.
func ruleError(e Entity, field, msg string) *RuleError {
	return &RuleError{Key: KeyOf(e), Label: e.Label(), Name: Called(e), Field: field, Msg: msg}
}

// CycleNames returns the cycle path of IDs (the last repeating the first)
// as the titles of the entities of kind k, for CycleText. Where two
// entities of the cycle share a title, or one has none, its ID follows.
func CycleNames(ws *Workspace, k Kind, path []string) []string {
	out := make([]string, len(path))
	owner := map[string]string{} // title → the first ID with it, or "" when shared
	for i, id := range path {
		if e, ok := ws.Get(Key{Kind: k, ID: id}); ok {
			out[i] = Shorten(Name(e), calledMax)
		}
		if out[i] == "" {
			continue
		}
		if first, seen := owner[out[i]]; !seen {
			owner[out[i]] = id
		} else if first != id {
			owner[out[i]] = ""
		}
	}
	for i, id := range path {
		switch {
		case out[i] == "":
			out[i] = id
		case owner[out[i]] == "":
			out[i] += " (" + id + ")"
		}
	}
	return out
}
