package team

import (
	"bufio"
	"fmt"
	"io"

	"canopy/app/diff"
)

// EntityChanges is what changed in one entity, for "what came in".
type EntityChanges struct {
	// Entity is the kind as the diff names it (diff.EntityItem…); ID and
	// Title name the entity.
	Entity, ID, Title string
	// Changes lists the changes, in the diff's order.
	Changes []diff.Change
}

// ByEntity groups a diff's changes per entity, in the order the entities
// first appear; priority moves are grouped apart as the entity "priority".
func ByEntity(d *diff.Diff) []EntityChanges {
	if d == nil {
		return nil
	}
	var out []EntityChanges
	at := map[[2]string]int{}
	for _, c := range d.Changes {
		k := [2]string{c.Entity, c.ID}
		title := c.Title
		if c.Field == diff.FieldPriority {
			k, title = [2]string{diff.FieldPriority, ""}, "What next"
		}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, EntityChanges{Entity: k[0], ID: k[1], Title: title})
		}
		out[i].Changes = append(out[i].Changes, c)
	}
	return out
}

// WriteIncoming writes what came in with a sync, per entity: its title,
// then each change on a line of its own.
func WriteIncoming(w io.Writer, d *diff.Diff, from, to string) error {
	bw := bufio.NewWriter(w)
	groups := ByEntity(d)
	if len(groups) == 0 {
		fmt.Fprintf(bw, "Came in (%s → %s): no change to the plan.\n", from, to)
		return bw.Flush()
	}
	fmt.Fprintf(bw, "Came in (%s → %s):\n", from, to)
	for _, g := range groups {
		if g.Entity == diff.FieldPriority {
			fmt.Fprintf(bw, "  %s\n", g.Title)
		} else {
			fmt.Fprintf(bw, "  %s (%s)\n", g.Title, g.Entity)
		}
		for _, c := range g.Changes {
			if c.Field == diff.FieldPriority {
				fmt.Fprintf(bw, "    %s %s: %s\n", c.Mark(), c.Title, c.Summary())
				continue
			}
			fmt.Fprintf(bw, "    %s %s\n", c.Mark(), c.Summary())
		}
	}
	return bw.Flush()
}
