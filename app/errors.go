package app

import (
	"errors"
	"fmt"
)

// ErrNotFound is wrapped by errors about an entity that does not exist.
var ErrNotFound = errors.New("not found")

// ErrRule is wrapped by every violation of a domain rule.
var ErrRule = errors.New("rule violated")

// RuleError is a violation of a domain rule by one field of one entity.
type RuleError struct {
	Key   Key    // the entity
	Label string // its human name, e.g. `item item-7f3k9q2m (Export to PDF)`
	Field string // the JSON name of the field, e.g. "estimate" or "criteria[2].text"
	Msg   string // what is wrong
}

// Error returns "item item-… (Title): field estimate: must be above 0",
// on one line whatever the title holds (EscapeControl).
func (e *RuleError) Error() string {
	if e.Field == "" {
		return EscapeControl(fmt.Sprintf("%s: %s", e.Label, e.Msg))
	}
	return EscapeControl(fmt.Sprintf("%s: field %s: %s", e.Label, e.Field, e.Msg))
}

// Unwrap returns ErrRule.
func (e *RuleError) Unwrap() error { return ErrRule }

// Problems is a list of rule violations, reported together.
type Problems []*RuleError

// Error joins the problems, one a line.
func (ps Problems) Error() string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += "\n"
		}
		s += p.Error()
	}
	return s
}

// Unwrap returns ErrRule.
func (ps Problems) Unwrap() error { return ErrRule }

// err returns ps as an error, or nil when empty.
func (ps Problems) err() error {
	switch len(ps) {
	case 0:
		return nil
	case 1:
		return ps[0]
	}
	return ps
}
