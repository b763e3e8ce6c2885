package app

import (
	"fmt"
	"slices"
	"strings"
)

// decisionKind returns the kind of decision a move from one status to another is.
func decisionKind(from, to Status) DecisionKind {
	switch {
	case to == StatusAccepted:
		return DecisionAccepted
	case from == StatusAccepted:
		return DecisionReopened
	case from == StatusDone && to == StatusInProgress:
		return DecisionRejected
	}
	return DecisionMoved
}

// refusal is why a status change is refused: msg names the rule beside
// the status field, say tells a person what to do, open is the field that
// puts it right. The zero refusal allows the change.
type refusal struct{ msg, say, open string }

// on returns the refusal as the error of item it.
func (r refusal) on(it *Item) *RuleError {
	re := ruleError(it, "status", r.msg)
	re.Say, re.Open = r.say, r.open
	return re
}

// moveProblem returns why an item cannot move from its status to `to` with
// the reason given, or the zero refusal when it can. It is the single
// statement of the status rules.
func moveProblem(it *Item, from, to Status, reason string) refusal {
	fi, ti := from.Index(), to.Index()
	if fi < 0 || ti < 0 || from == to {
		return refusal{}
	}
	reason = strings.TrimSpace(reason)
	if ti > fi {
		if fi < 1 && ti >= 1 {
			yet := "can't move to " + to.Title() + " yet: "
			if len(it.Criteria) == 0 && it.Estimate <= 0 {
				return refusal{"moving to Ready needs at least one acceptance criterion and an estimate",
					yet + "give it an acceptance criterion and an estimate", "criteria"}
			}
			if len(it.Criteria) == 0 {
				return refusal{"moving to Ready needs at least one acceptance criterion",
					yet + "give it an acceptance criterion", "criteria"}
			}
			if it.Estimate <= 0 {
				return refusal{"moving to Ready needs an estimate", yet + "give it an estimate", "estimate"}
			}
		}
		if to == StatusAccepted {
			if from != StatusDone {
				return refusal{fmt.Sprintf("only Done items can be accepted; this one is %s", from.Title()),
					fmt.Sprintf("can't be accepted while it is %s: finish it and move it to Done first", from.Title()), "status"}
			}
			if met, total := it.CriteriaMet(); met < total && reason == "" {
				return refusal{fmt.Sprintf("%d of %d acceptance criteria are not met: accept with an override reason", total-met, total),
					fmt.Sprintf("has %d of its %d acceptance criteria not met: tick them, or accept it anyway with a reason", total-met, total), "criteria"}
			}
		}
		return refusal{}
	}
	switch {
	case from == StatusAccepted && reason == "":
		return refusal{"reopening an accepted item needs a reason", "was accepted: say why it is reopened", "status"}
	case from == StatusDone && to == StatusInProgress && reason == "":
		return refusal{"rejecting a done item needs a reason", "can't go back to In progress without a reason: say why it is rejected", "status"}
	}
	return refusal{}
}

// CanMove reports whether item id may move to status `to` with the reason
// given; the error names the rule. The board uses it to refuse a drop.
func CanMove(ws *Workspace, id string, to Status, reason string) error {
	it, ok := ws.Item(id)
	if !ok {
		return fmt.Errorf("item %s: %w", id, ErrNotFound)
	}
	if r := moveProblem(it, it.Status, to, reason); r.msg != "" {
		return r.on(it)
	}
	return nil
}

// checkTransition checks a status change of an item within one change.
func checkTransition(before, after *Item, ch *change) Problems {
	c := &checker{e: after}
	if before == nil {
		// A new item may start in any status whose gates it passes, as if it
		// had moved there from New.
		if r := creationProblem(after); r.msg != "" {
			c.out = append(c.out, r.on(after))
		}
		return c.out
	}
	if len(after.History) < len(before.History) || !slices.EqualFunc(after.History[:len(before.History)], before.History, func(a, b Decision) bool {
		return a == b || ch.retime && a.Kind == b.Kind && a.By == b.By && a.From == b.From && a.To == b.To && a.Reason == b.Reason
	}) {
		c.add("history", "decisions are kept: the history can only grow")
		return c.out
	}
	if before.Status == after.Status {
		return c.out
	}
	if len(after.History) != len(before.History)+1 {
		c.add("status", "change the status with a move, accept or reject, which records the decision")
		return c.out
	}
	d := after.History[len(after.History)-1]
	if d.From != before.Status || d.To != after.Status || d.Kind != decisionKind(before.Status, after.Status) {
		c.add("history", "the last decision must record the move from %s to %s", before.Status, after.Status)
		return c.out
	}
	if r := moveProblem(after, before.Status, after.Status, d.Reason); r.msg != "" {
		c.out = append(c.out, r.on(after))
	}
	return c.out
}

// creationProblem returns why an item cannot be created in its status.
func creationProblem(it *Item) refusal {
	if it.Status.Index() >= StatusReady.Index() {
		if r := moveProblem(it, StatusNew, StatusReady, ""); r.msg != "" {
			r.say = "can't start as " + it.Status.Title() + ": " + r.say[strings.Index(r.say, ": ")+2:]
			return r
		}
	}
	if it.Status == StatusAccepted {
		if met, total := it.CriteriaMet(); met < total && acceptReason(it) == "" {
			return refusal{fmt.Sprintf("%d of %d acceptance criteria are not met and no acceptance records an override reason", total-met, total),
				fmt.Sprintf("is accepted with %d of its %d acceptance criteria not met and no reason recorded for it", total-met, total), "criteria"}
		}
	}
	return refusal{}
}

// acceptReason returns the reason of the latest acceptance in the history.
func acceptReason(it *Item) string {
	if d, ok := it.LastDecision(); ok && d.Kind == DecisionAccepted && d.To == StatusAccepted {
		return d.Reason
	}
	return ""
}

// Move changes the status of item id, recording the decision in its history.
// Moving to Accepted is an acceptance (all criteria met, or reason is the
// override); Done to In progress is a rejection and needs a reason; leaving
// Accepted is a reopening and needs a reason.
func Move(id string, to Status, reason string) Command {
	return Func{Desc: "Move to " + to.Title(), Fn: func(tx *Tx) error {
		it, err := Edit[*Item](tx, KindItem, id)
		if err != nil {
			return err
		}
		if to.Index() < 0 {
			return ruleError(it, "status", fmt.Sprintf("unknown status %q", to))
		}
		MoveTo(tx, it, to, reason)
		return nil
	}}
}

// Accept accepts a Done item. overrideReason is required when some
// acceptance criteria are not met.
func Accept(id, overrideReason string) Command {
	c := Move(id, StatusAccepted, overrideReason).(Func)
	c.Desc = "Accept item"
	return c
}

// Reject sends a Done item back to In progress with the reason kept.
func Reject(id, reason string) Command {
	return Func{Desc: "Reject item", Fn: func(tx *Tx) error {
		it, ok := tx.ws.Item(id)
		if !ok {
			return fmt.Errorf("item %s: %w", id, ErrNotFound)
		}
		if it.Status != StatusDone {
			re := ruleError(it, "status", fmt.Sprintf("only Done items can be rejected; this one is %s", it.Status.Title()))
			re.Say = fmt.Sprintf("can't be rejected while it is %s: only Done items are", it.Status.Title())
			return re
		}
		return Move(id, StatusInProgress, reason).Apply(tx)
	}}
}
