package app

import (
	"fmt"
	"time"
)

// Date is a calendar day without a time zone. The zero Date means "no date"
// and encodes as JSON null; any other Date encodes as "YYYY-MM-DD".
type Date struct {
	days int32 // days since 1970-01-01 plus dayBias; zero means unset
}

// dayBias keeps every representable day (year 1 onwards) above zero.
const dayBias = 1 << 20

// NewDate returns the Date for a year, month and day. Out-of-range values are
// normalized the way time.Date normalizes them.
func NewDate(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{days: int32(u.Unix()/86400) + dayBias}
}

// ParseDate parses "YYYY-MM-DD". The empty string gives the zero Date.
func ParseDate(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// MustDate is ParseDate for literals known to be valid; it panics otherwise.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.days == 0 }

// Time returns midnight UTC of d. The zero Date gives the zero time.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Unix(int64(d.days-dayBias)*86400, 0).UTC()
}

// String returns "YYYY-MM-DD", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.Time().Format(time.DateOnly)
}

// Before reports whether d is strictly before e.
func (d Date) Before(e Date) bool { return d.days < e.days }

// After reports whether d is strictly after e.
func (d Date) After(e Date) bool { return d.days > e.days }

// AddDays returns d moved by n days. The zero Date stays zero.
func (d Date) AddDays(n int) Date {
	if d.IsZero() {
		return d
	}
	return Date{days: d.days + int32(n)}
}

// AddMonths returns d moved by n calendar months, with the day clamped to the
// last day of the target month (Jan 31 + 1 month is Feb 28 or 29).
func (d Date) AddMonths(n int) Date {
	if d.IsZero() {
		return d
	}
	y, m, day := d.Time().Date()
	first := time.Date(y, m+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	if day > last {
		day = last
	}
	return NewDate(first.Year(), first.Month(), day)
}

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.days - d.days) }

// MarshalJSON encodes d as "YYYY-MM-DD" or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return []byte(`"` + d.String() + `"`), nil
}

// UnmarshalJSON decodes "YYYY-MM-DD", "" or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	if len(b) < 2 || b[0] != '"' || b[len(b)-1] != '"' {
		return fmt.Errorf("date: want a \"YYYY-MM-DD\" string or null, got %s", b)
	}
	v, err := ParseDate(string(b[1 : len(b)-1]))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Clock supplies the current time to the domain, so that tests and the
// --today flag can fix it.
type Clock interface {
	// Now returns the current instant.
	Now() time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns time.Now().
func (SystemClock) Now() time.Time { return time.Now() }

// FixedClock always returns the same instant.
type FixedClock struct{ T time.Time }

// Now returns the fixed instant.
func (c FixedClock) Now() time.Time { return c.T }

// Today returns the calendar day of c's current time, in the local zone.
func Today(c Clock) Date { return DateOf(c.Now()) }

// DayClock returns a clock fixed at noon UTC of d, for --today and tests.
func DayClock(d Date) FixedClock { return FixedClock{T: d.Time().Add(12 * time.Hour)} }
