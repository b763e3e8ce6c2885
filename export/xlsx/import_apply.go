package xlsx

import (
	"errors"
	"fmt"

	"canopy/app"
)

// ErrInvalidRows is returned by the command of a plan with invalid rows,
// unless the plan's SkipInvalid is set.
var ErrInvalidRows = errors.New("the sheet has invalid cells")

// Command returns the import as one undoable command: the new rows become
// items (IDs from the domain when the sheet gives none) and the updated rows
// change their items field by field. Every status change goes through the
// domain's move rules and is kept in the item's history. The rules check
// item by item: an updated item they refuse is left as it was, a new item
// whose status they refuse stays New, and both are listed in p.Result with
// the rule; the others still apply. Unchanged and invalid rows are left
// alone; with invalid rows the command fails unless p.SkipInvalid is set.
func (p *ImportPlan) Command() app.Command {
	desc := fmt.Sprintf("Import backlog (%d new, %d updated)", p.New, p.Updated)
	return app.Func{Desc: desc, Fn: func(tx *app.Tx) error {
		p.Result = ImportResult{}
		if p.Invalid > 0 && !p.SkipInvalid {
			return fmt.Errorf("%w: %d invalid row(s)", ErrInvalidRows, p.Invalid)
		}
		ws := tx.Workspace()
		last := 0.0
		if items := ws.Items(); len(items) > 0 {
			last = items[len(items)-1].Rank
		}
		byID := map[string]*RowPlan{}
		var ids []string
		for _, r := range p.Rows {
			if r.Kind != RowNew {
				continue
			}
			it := app.Clone(r.item)
			if it.Rank == 0 {
				last += app.RankStep
				it.Rank = last
			}
			target := it.Status
			it.Status = app.StatusNew
			if err := app.Create(it).Apply(tx); err != nil {
				return fmt.Errorf("row %d: %w", r.Row, err)
			}
			p.Result.Created = append(p.Result.Created, it.ID)
			if target == app.StatusNew {
				continue
			}
			// A new item may start in any status whose gates it passes, as
			// if it had moved there from New; one that does not stays New.
			if err := startProblem(ws, it.ID, target); err != nil {
				p.Result.Refusals = append(p.Result.Refusals, ImportRefusal{Row: r, ID: it.ID, Created: true, Err: err})
				continue
			}
			c, err := app.Edit[*app.Item](tx, app.KindItem, it.ID)
			if err != nil {
				return err
			}
			c.Status = target
		}
		for _, r := range p.Rows {
			if r.Kind == RowUpdated {
				byID[r.ID] = r
				ids = append(ids, r.ID)
			}
		}
		if len(ids) == 0 {
			return nil
		}
		var res app.BulkResult
		err := app.BulkEdit(ids, desc, func(tx *app.Tx, it *app.Item) error {
			r := byID[it.ID]
			for _, set := range r.sets {
				set(it)
			}
			if r.moveTo != "" {
				app.MoveTo(tx, it, r.moveTo, "")
			}
			return nil
		}, &res).Apply(tx)
		if err != nil && len(res.Refusals) == 0 {
			return err
		}
		// Every item refused is no failure of the import: the refusals are
		// the result, and the new items stand.
		p.Result.Changed = res.Changed
		for _, ref := range res.Refusals {
			p.Result.Refusals = append(p.Result.Refusals, ImportRefusal{Row: byID[ref.ID], ID: ref.ID, Err: ref.Err})
		}
		return nil
	}}
}

// startProblem says why the new item id (New for now) cannot start in
// status to: the gate into Ready, and for Accepted every criterion met (an
// import gives no override reason).
func startProblem(ws *app.Workspace, id string, to app.Status) error {
	if to.Index() >= app.StatusReady.Index() {
		if err := app.CanMove(ws, id, app.StatusReady, ""); err != nil {
			return err
		}
	}
	if it, ok := ws.Item(id); ok && to == app.StatusAccepted {
		if met, total := it.CriteriaMet(); met < total {
			return &app.RuleError{Key: app.KeyOf(it), Label: it.Label(), Name: app.Called(it), Field: "status", Open: "criteria",
				Msg: fmt.Sprintf("%d of %d acceptance criteria are not met; accept it in Canopy with an override reason", total-met, total)}
		}
	}
	return nil
}

// Lines returns what applying the plan did, one line each.
func (r *ImportResult) Lines(ws *app.Workspace) []string {
	var out []string
	label := func(id string) string {
		if it, ok := ws.Item(id); ok {
			return it.Label()
		}
		return "item " + id
	}
	for _, id := range r.Created {
		out = append(out, "created  "+label(id))
	}
	for _, id := range r.Changed {
		out = append(out, "updated  "+label(id))
	}
	for _, ref := range r.Refusals {
		out = append(out, "refused  "+ref.String())
	}
	return out
}
