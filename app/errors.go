package app

import (
	"errors"
)

// ErrNotFound is wrapped by errors about an entity that does not exist.
var ErrNotFound = errors.New("not found")

// ErrRule is wrapped by every violation of a domain rule.
var ErrRule = errors.New("rule violated")

// RuleError is a violation of a domain rule by one field of one entity.
// Its Error is a sentence in a person's words ("Live map shows the
// technician… can't move to Ready yet: give it an estimate"); the fields
// keep what a program needs: the entity's key, the field in JSON and what
// is wrong with it. A window shows Sentence beside the entity's card with a
// button opening Fix.
type RuleError struct {
	Key   Key    // the entity
	Label string // its name in logs, e.g. `item item-7f3k9q2m (Export to PDF)`
	Name  string // its name as people read it, e.g. "Export to PDF" (Called)
	Field string // the JSON name of the field, e.g. "estimate" or "criteria[2].text"
	Msg   string // what is wrong with the field, e.g. "must be above 0"
	// Say, when set, is the whole predicate of the sentence, for a rule
	// that reads better said another way ("can't move to Ready yet: give
	// it an estimate").
	Say string
	// Open is the field that puts it right when not Field itself (a move
	// refused for want of an estimate is put right in "estimate").
	Open string
}

// Error returns Sentence on one line whatever the title holds
// (EscapeControl).
func (e *RuleError) Error() string { return EscapeControl(e.Sentence()) }

// Sentence returns the refusal as a person reads it: the entity by its
// title, then what is wrong in plain words ("Export to PDF: the estimate
// must be above 0").
func (e *RuleError) Sentence() string {
	who := e.Name
	if who == "" {
		who = e.Label
	}
	if e.Say != "" {
		return who + " " + e.Say
	}
	if f := FieldWords(e.Field); f != "" {
		return who + ": " + f + " " + e.Msg
	}
	return who + ": " + e.Msg
}

// Detail returns the refusal for a log or a program: the entity by kind,
// ID and title, then the field in JSON ("item item-… (Title): field
// estimate: must be above 0"), on one line.
func (e *RuleError) Detail() string {
	if e.Field == "" {
		return EscapeControl(e.Label + ": " + e.Msg)
	}
	return EscapeControl(e.Label + ": field " + e.Field + ": " + e.Msg)
}

// Fix returns the JSON name of the field to open to put the refusal right.
func (e *RuleError) Fix() string {
	if e.Open != "" {
		return e.Open
	}
	return e.Field
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
