package app

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	tests := []struct {
		in      string
		months  int
		want    string
		wantErr bool
	}{
		{"2026-01-31", 1, "2026-02-28", false},
		{"2024-01-31", 1, "2024-02-29", false},
		{"2026-11-15", 3, "2027-02-15", false},
		{"2026-03-31", -1, "2026-02-28", false},
		{"0001-01-01", 0, "0001-01-01", false},
		{"9999-12-31", 0, "9999-12-31", false},
		{"2026-02-30", 0, "", true},
		{"26-1-1", 0, "", true},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		if tt.wantErr {
			if err == nil {
				t.Errorf("ParseDate(%q) = %v, want an error", tt.in, d)
			}
			continue
		}
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tt.in, err)
		}
		if d.String() != tt.in {
			t.Errorf("round trip %q = %q", tt.in, d)
		}
		if got := d.AddMonths(tt.months).String(); got != tt.want {
			t.Errorf("%s + %d months = %s, want %s", tt.in, tt.months, got, tt.want)
		}
	}
	a, b := MustDate("2026-12-30"), MustDate("2027-01-02")
	if a.DaysUntil(b) != 3 || !a.Before(b) || !b.After(a) || a.AddDays(3) != b {
		t.Errorf("day arithmetic wrong: %v %v", a, b)
	}
	if got := DateOf(time.Date(2026, 5, 6, 23, 59, 0, 0, time.UTC)); got.String() != "2026-05-06" {
		t.Errorf("DateOf = %s", got)
	}
}

func TestDateJSON(t *testing.T) {
	var v struct {
		A Date `json:"a"`
		B Date `json:"b"`
	}
	if err := json.Unmarshal([]byte(`{"a":"2026-04-01","b":null}`), &v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != `{"a":"2026-04-01","b":null}` {
		t.Errorf("Marshal = %s", out)
	}
	for _, bad := range []string{`{"a":1}`, `{"a":"April"}`, `{"a":"2026-13-01"}`} {
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("Unmarshal(%s) accepted", bad)
		}
	}
}
