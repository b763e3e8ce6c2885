package form

import (
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestParseNumber(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"3", 3, true}, {" 0.5 ", 0.5, true}, {"", 0, true}, {"-2", -2, true},
		{"abc", 0, false}, {"1,5", 0, false}, {"NaN", 0, false}, {"inf", 0, false}, {"3 pts", 0, false},
	} {
		got, err := ParseNumber(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
		}
		var ne *NumberError
		if err != nil && !errors.As(err, &ne) {
			t.Errorf("ParseNumber(%q): error %T, want *NumberError", tc.in, err)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	for in, want := range map[float64]string{3: "3", 0.5: "0.5", 0.25: "0.25", 1.0 / 3: "0.33", 0: "0", -0.001: "0"} {
		if got := FormatNumber(in); got != want {
			t.Errorf("FormatNumber(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestNumberEntryRefusesText(t *testing.T) {
	test.NewTempApp(t)
	var commits []float64
	var shown error
	e := NewNumberEntry(func(v float64) error { commits = append(commits, v); return nil })
	e.OnError = func(err error) { shown = err }
	e.SetValue("5")
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(200, 60))

	w.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, "abc")
	w.Canvas().Unfocus()
	var ne *NumberError
	if len(commits) != 0 || !errors.As(shown, &ne) || ne.Text != "abc" || e.Text != "5" {
		t.Fatalf("abc: commits %v error %v text %q", commits, shown, e.Text)
	}
	w.Canvas().Focus(e)
	e.SetText("")
	test.Type(e, "8.5")
	w.Canvas().Unfocus()
	if len(commits) != 1 || commits[0] != 8.5 || e.Value() != "8.5" {
		t.Fatalf("8.5: commits %v value %q", commits, e.Value())
	}
}
