package xlsx

import (
	"slices"
	"strconv"
	"strings"

	"canopy/app"
)

// Sheets exported by other trackers (Jira, GitHub issues) are read by the
// same row pipeline as Canopy's own Backlog sheet: their headers and values
// are mapped to Canopy's first (see mapTracker), in place, so every message
// still names the cell of the file the user has, with the tracker's header.
//
// The tracker's key is kept on the item as the tag "jira:KEY" (Jira's Issue
// key, or Issue id without a key) or "github:NUMBER" (GitHub's issue number).
// Canopy has no field for a foreign key and an import never changes the
// schema, so the tag is it: a later import of the same file matches each row
// to the item carrying its key tag and updates that item instead of creating
// a duplicate. A tracker row's tags are the tracker's labels plus the key
// tag, and replace the item's tags. Without a key column every row is new.

// The special targets of a tracker header.
const (
	trackerKey    = "\x00key"    // the tracker's key: matched to an item by tag
	trackerLabels = "\x00labels" // labels: merged into Tags with the key tag
)

// tracker describes the CSV or xlsx export of another tracker.
type tracker struct {
	name string // "Jira"
	tag  string // the prefix of the key tag: "jira:"
	// headers maps lower-case tracker headers to a Canopy header or one of
	// the special targets, in order of preference when several map to one.
	headers [][2]string
	// values maps, per Canopy header, a lower-case tracker value to the
	// Canopy value; a header listed here accepts only those values (and an
	// empty cell).
	values map[string]map[string]string
	// labelSep splits one labels cell into labels ("" for one label a cell).
	labelSep string
	// detect says whether a sheet with these lower-case headers is one.
	detect func(has func(string) bool) bool
}

var trackers = []*tracker{
	{
		name: "Jira", tag: "jira:",
		headers: [][2]string{
			{"issue key", trackerKey}, {"issue id", trackerKey},
			{"summary", "Title"}, {"description", "Description"}, {"status", "Status"},
			{"labels", trackerLabels},
			{"story points", "Estimate"}, {"custom field (story points)", "Estimate"},
			{"issue type", "Type"}, {"assignee", "Assignee"},
			{"custom field (acceptance criteria)", "Acceptance criteria"}, {"acceptance criteria", "Acceptance criteria"},
		},
		values: map[string]map[string]string{
			"Status": {"to do": string(app.StatusNew), "in progress": string(app.StatusInProgress), "done": string(app.StatusDone)},
			"Type":   {"bug": string(app.TypeBug), "story": string(app.TypeStory), "task": string(app.TypeChore), "epic": string(app.TypeFeature)},
		},
		detect: func(has func(string) bool) bool {
			return has("issue key") || has("issue id") || has("summary") && has("issue type")
		},
	},
	{
		name: "GitHub", tag: "github:",
		headers: [][2]string{
			{"number", trackerKey}, {"title", "Title"}, {"body", "Description"}, {"state", "Status"},
			{"labels", trackerLabels}, {"assignee", "Assignee"}, {"assignees", "Assignee"},
		},
		values: map[string]map[string]string{
			"Status": {"open": string(app.StatusNew), "closed": string(app.StatusDone)},
		},
		labelSep: ",",
		detect: func(has func(string) bool) bool {
			return has("number") && has("title") && (has("state") || has("body") || has("labels"))
		},
	},
}

// trackerMap is a tracker sheet mapped onto Canopy's columns: the errors
// found while mapping and the tracker's headers, to put back into the row
// plans (see fix).
type trackerMap struct {
	errs   map[int][]CellError // 1-based row → invalid cells
	header map[int]string      // 1-based column → the tracker's header
}

// mapTracker returns cells unchanged, and nil, unless its header row looks
// like a tracker's export. Then it returns a copy with the tracker's headers
// and values turned into Canopy's: the key column becomes the ID column
// holding the ID of the item tagged with the key (empty for a new item), the
// labels columns become one Tags column with the key tag added, and the
// columns Canopy does not read are noted and blanked.
func mapTracker(p *ImportPlan, cells [][]string, ws *app.Workspace) ([][]string, *trackerMap) {
	lower := make([]string, len(cells[0]))
	for i, h := range cells[0] {
		lower[i] = strings.ToLower(strings.TrimSpace(h))
	}
	has := func(h string) bool { return slices.Contains(lower, h) }
	if has("id") && has("rank") { // Canopy's own export
		return cells, nil
	}
	var tr *tracker
	for _, t := range trackers {
		if t.detect(has) {
			tr = t
			break
		}
	}
	if tr == nil {
		return cells, nil
	}
	tm := &trackerMap{errs: map[int][]CellError{}, header: map[int]string{}}
	// Pick one column per target, in the order of preference.
	target := map[int]string{} // column → Canopy header or special target
	taken := map[string]bool{}
	var labelCols []int
	for _, hm := range tr.headers {
		for i, h := range lower {
			if h != hm[0] {
				continue
			}
			if hm[1] == trackerLabels {
				labelCols = append(labelCols, i)
				target[i] = trackerLabels
				continue
			}
			if taken[hm[1]] {
				continue
			}
			taken[hm[1]] = true
			target[i] = hm[1]
		}
	}
	keyCol, tagsCol := -1, -1
	width := len(cells[0])
	out := make([][]string, len(cells))
	out[0] = make([]string, width)
	for i, h := range cells[0] {
		t, ok := target[i]
		switch {
		case strings.TrimSpace(h) == "":
		case !ok:
			p.note("%s (%s): not a %s column Canopy reads; ignored", cellRef(p.Sheet, i+1, 1), oneLine(h), tr.name)
		case t == trackerKey:
			keyCol = i
			out[0][i] = "ID"
		case t == trackerLabels:
			if tagsCol < 0 {
				tagsCol = i
				out[0][i] = "Tags"
			}
		default:
			out[0][i] = t
		}
		if ok {
			tm.header[i+1] = strings.TrimSpace(h)
		}
	}
	if tagsCol < 0 && keyCol >= 0 {
		tagsCol = width // a Tags column of its own, after the others
		out[0] = append(out[0], "Tags")
		tm.header[tagsCol+1] = tr.name + " key"
	}
	if keyCol >= 0 {
		p.note("read as a %s export: the %s column is kept as the tag %sKEY, which later imports match", tr.name, cells[0][keyCol], tr.tag)
	} else {
		p.note("read as a %s export without a key column: every row is new", tr.name)
	}
	byTag := map[string][]string{} // key tag → IDs of the items with it
	for _, it := range ws.Items() {
		for _, t := range it.Tags {
			if strings.HasPrefix(t, tr.tag) {
				byTag[t] = append(byTag[t], it.ID)
			}
		}
	}
	seen := map[string]int{} // new keys → their first row
	for n, row := range cells[1:] {
		rowNum := n + 2
		o := make([]string, max(len(row), tagsCol+1))
		copy(o, row)
		out[n+1] = o
		if blank(row) {
			continue
		}
		for i, t := range target {
			vals, ok := tr.values[t]
			if !ok || i >= len(row) {
				continue
			}
			v := strings.ToLower(strings.TrimSpace(row[i]))
			if v == "" {
				continue
			}
			if cv, ok := vals[v]; ok {
				o[i] = cv
				continue
			}
			wants := trackerValueOrder(tr, t)
			tm.errs[rowNum] = append(tm.errs[rowNum], CellError{Sheet: p.Sheet, Row: rowNum, Col: i + 1, Header: strings.TrimSpace(cells[0][i]),
				Msg: `"` + oneLine(row[i]) + `" is not a ` + tr.name + " " + strings.ToLower(t) + "; want " + want(wants)})
		}
		var tags []string
		for _, i := range labelCols {
			if i >= len(row) {
				continue
			}
			if tr.labelSep == "" {
				tags = append(tags, strings.TrimSpace(row[i]))
			} else {
				tags = append(tags, strings.Split(row[i], tr.labelSep)...)
			}
			if i != tagsCol {
				o[i] = ""
			}
		}
		if keyCol >= 0 && keyCol < len(row) {
			o[keyCol] = ""
			if key := strings.TrimSpace(row[keyCol]); key != "" {
				tag := tr.tag + key
				tags = append(tags, tag)
				ids := slices.Sorted(slices.Values(byTag[tag]))
				switch {
				case len(ids) > 0:
					o[keyCol] = ids[0]
					if len(ids) > 1 {
						p.note("%s: %s is on %d items (%s); the row updates %s", cellRef(p.Sheet, keyCol+1, rowNum), tag, len(ids), strings.Join(ids, ", "), ids[0])
					}
				case seen[key] > 0:
					tm.errs[rowNum] = append(tm.errs[rowNum], CellError{Sheet: p.Sheet, Row: rowNum, Col: keyCol + 1,
						Header: strings.TrimSpace(cells[0][keyCol]), Msg: key + " appears again: already in row " + strconv.Itoa(seen[key])})
				default:
					seen[key] = rowNum
				}
			}
		}
		if tagsCol >= 0 {
			var clean []string
			for _, t := range tags {
				if t = strings.TrimSpace(t); t != "" {
					clean = append(clean, t)
				}
			}
			o[tagsCol] = strings.Join(clean, ", ")
		}
	}
	return out, tm
}

// trackerValueOrder returns the tracker's values of a Canopy header in the
// order they are listed to the user.
func trackerValueOrder(tr *tracker, header string) []string {
	order := map[string][]string{
		"Jira Status":   {"To Do", "In Progress", "Done"},
		"Jira Type":     {"Bug", "Story", "Task", "Epic"},
		"GitHub Status": {"open", "closed"},
	}
	if o, ok := order[tr.name+" "+header]; ok {
		return o
	}
	var out []string
	for v := range tr.values[header] {
		out = append(out, v)
	}
	slices.Sort(out)
	return out
}

// fix puts the mapping's findings into a planned row: its invalid cells
// (replacing the pipeline's own about the same cells) and the tracker's
// headers in the messages.
func (tm *trackerMap) fix(rp *RowPlan) {
	if tm == nil {
		return
	}
	if errs := tm.errs[rp.Row]; len(errs) > 0 {
		rp.Errors = slices.DeleteFunc(rp.Errors, func(e CellError) bool {
			return slices.ContainsFunc(errs, func(x CellError) bool { return x.Col == e.Col })
		})
		rp.Errors = append(rp.Errors, errs...)
		slices.SortStableFunc(rp.Errors, func(a, b CellError) int { return a.Col - b.Col })
		rp.Kind = RowInvalid
		rp.sets, rp.moveTo, rp.item, rp.Changes = nil, "", nil, nil
	}
	for i := range rp.Errors {
		if h, ok := tm.header[rp.Errors[i].Col]; ok && rp.Errors[i].Header != "row" {
			rp.Errors[i].Header = h
		}
	}
}
