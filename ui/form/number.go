package form

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
)

// NumberError is a commit refused because the text is not a number.
type NumberError struct {
	Text string
}

// Error returns `"abc" is not a number`.
func (e *NumberError) Error() string { return fmt.Sprintf("%q is not a number", e.Text) }

// ParseNumber parses a decimal number such as "3", "0.5" or "-2"; blank text
// is 0. Anything else, including NaN and infinities, is a *NumberError.
func ParseNumber(s string) (float64, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, nil
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, &NumberError{Text: t}
	}
	return v, nil
}

// FormatNumber prints v with at most two decimals and no trailing zeros, as
// number fields show it.
func FormatNumber(v float64) string {
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

// NewNumberEntry returns a single-line field for a number that commits like
// an Entry. Text that is not a number is refused with a *NumberError (passed
// to OnError) and the last good value comes back.
func NewNumberEntry(commit func(float64) error) *Entry {
	e := NewEntry(func(s string) error {
		v, err := ParseNumber(s)
		if err != nil {
			return err
		}
		return commit(v)
	})
	e.Wrapping = fyne.TextWrapOff
	return e
}

// FormatEstimate prints an estimate in points ("1 pt", "2.5 pts"), or says
// there is none.
func FormatEstimate(e float64) string {
	switch {
	case e <= 0:
		return "no estimate"
	case e == 1:
		return "1 pt"
	}
	return FormatNumber(e) + " pts"
}

// Plural returns "1 item" or "3 items".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
