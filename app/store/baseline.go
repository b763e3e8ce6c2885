package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"canopy/app"
)

// BaselineDir is the folder of the workspace that holds the baselines. The
// loader reads only the kind folders, so it never takes a baseline for
// part of the plan.
const BaselineDir = "baselines"

// baselineName is what a baseline's name may be: it is also its file's.
var baselineName = regexp.MustCompile(`^[a-z0-9._-]{1,64}$`)

// ErrNoBaseline is wrapped when a baseline asked for does not exist.
var ErrNoBaseline = errors.New("no such baseline")

// CheckBaselineName returns an error saying what is wrong with name.
func CheckBaselineName(name string) error {
	switch {
	case !baselineName.MatchString(name):
		return fmt.Errorf("baseline name %q: use 1 to 64 lowercase letters, digits, dots, dashes and underscores", name)
	case strings.Trim(name, ".") == "":
		return fmt.Errorf("baseline name %q: a name of dots only is not allowed", name)
	}
	return nil
}

// BaselinePath returns the slash-separated path of the baseline's file in
// the workspace: "baselines/NAME.json".
func BaselinePath(name string) string { return path.Join(BaselineDir, name+".json") }

// Baseline describes one saved baseline.
type Baseline struct {
	Name    string
	SavedAt time.Time
}

// baselineHead is the start of a baseline file: what List reads.
type baselineHead struct {
	Schema  int       `json:"schema"`
	Name    string    `json:"name"`
	SavedAt time.Time `json:"savedAt"`
}

// baselineFile is the whole of a baseline, in the order it is written: the
// head, the product settings, the strategy, then each kind in app.Kinds
// order, each entity by ID, each encoded as its own file would be.
type baselineFile struct {
	baselineHead
	Product     *app.Product  `json:"product"`
	Strategy    *app.Strategy `json:"strategy"`
	Personas    []app.Entity  `json:"personas"`
	Goals       []app.Entity  `json:"goals"`
	Competitors []app.Entity  `json:"competitors"`
	Lanes       []app.Entity  `json:"lanes"`
	Initiatives []app.Entity  `json:"initiatives"`
	Risks       []app.Entity  `json:"risks"`
	Milestones  []app.Entity  `json:"milestones"`
	Releases    []app.Entity  `json:"releases"`
	Items       []app.Entity  `json:"items"`
	// Insights are left out while there are none, so that a baseline of a
	// plan without them has the bytes it had before they existed.
	Insights []app.Entity `json:"insights,omitempty"`
}

// EncodeBaseline returns the canonical bytes of a baseline of ws named
// name, saved at the instant at: the same workspace and instant give the
// same bytes.
func EncodeBaseline(ws *app.Workspace, name string, at time.Time) ([]byte, error) {
	if err := CheckBaselineName(name); err != nil {
		return nil, err
	}
	f := baselineFile{baselineHead: baselineHead{Schema: app.SchemaVersion, Name: name, SavedAt: at.UTC().Truncate(time.Second)},
		Product: ws.Product(), Strategy: ws.Strategy()}
	lists := map[app.Kind]*[]app.Entity{
		app.KindPersona: &f.Personas, app.KindGoal: &f.Goals, app.KindCompetitor: &f.Competitors,
		app.KindLane: &f.Lanes, app.KindInitiative: &f.Initiatives, app.KindRisk: &f.Risks,
		app.KindMilestone: &f.Milestones, app.KindRelease: &f.Releases, app.KindItem: &f.Items,
		app.KindInsight: &f.Insights,
	}
	for _, k := range app.Kinds {
		*lists[k] = append([]app.Entity{}, ws.Entities(k)...)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		return nil, fmt.Errorf("encode baseline %s: %w", name, err)
	}
	return buf.Bytes(), nil
}

// SaveBaseline writes a baseline of ws named name into the workspace in
// dir, stamped with the workspace's clock. An existing baseline of that
// name is never replaced: delete it first.
func SaveBaseline(dir string, ws *app.Workspace, name string) (string, error) {
	data, err := EncodeBaseline(ws, name, ws.Clock().Now())
	if err != nil {
		return "", err
	}
	folder := filepath.Join(dir, BaselineDir)
	if err := checkLink(dir, BaselineDir); err != nil {
		return "", fmt.Errorf("save baseline %s: %w", name, err)
	}
	if err := os.MkdirAll(folder, 0o755); err != nil {
		return "", fmt.Errorf("save baseline %s: %w", name, err)
	}
	file := filepath.Join(folder, name+".json")
	if _, err := os.Lstat(file); err == nil {
		return "", fmt.Errorf("save baseline %s: %s already exists: delete it first, or choose another name", name, BaselinePath(name))
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("save baseline %s: %w", name, err)
	}
	if err := writeAtomic(file, data); err != nil {
		return "", fmt.Errorf("save baseline %s: %w", name, err)
	}
	return file, nil
}

// ListBaselines returns the baselines of the workspace in dir, oldest
// first (then by name). Files in the folder that are not baselines are left
// out; a baseline whose head cannot be read is returned as a problem.
func ListBaselines(dir string) ([]Baseline, []error, error) {
	if err := checkLink(dir, BaselineDir); err != nil {
		return nil, nil, fmt.Errorf("list baselines: %w", err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, BaselineDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("list baselines: %w", err)
	}
	var out []Baseline
	var problems []error
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || e.IsDir() || CheckBaselineName(name) != nil || e.Type()&fs.ModeSymlink != 0 {
			continue
		}
		head, err := readBaselineHead(filepath.Join(dir, BaselineDir, e.Name()), BaselinePath(name))
		if err != nil {
			problems = append(problems, err)
			continue
		}
		out = append(out, Baseline{Name: name, SavedAt: head.SavedAt})
	}
	slices.SortFunc(out, func(a, b Baseline) int {
		if c := a.SavedAt.Compare(b.SavedAt); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out, problems, nil
}

// readBaselineHead reads the schema, name and time at the start of a
// baseline without decoding its entities.
func readBaselineHead(file, rel string) (baselineHead, error) {
	f, err := os.Open(file)
	if err != nil {
		return baselineHead{}, &DecodeError{File: rel, Err: err}
	}
	defer f.Close()
	dec := json.NewDecoder(io.LimitReader(f, 1<<20))
	var h baselineHead
	bad := func(err error) (baselineHead, error) {
		return baselineHead{}, &DecodeError{File: rel, Err: fmt.Errorf("not a baseline: %w", err)}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return bad(errors.New("it does not start with an object"))
	}
	for seen := 0; seen < 3 && dec.More(); seen++ {
		t, err := dec.Token()
		if err != nil {
			return bad(err)
		}
		var dst any
		switch t {
		case "schema":
			dst = &h.Schema
		case "name":
			dst = &h.Name
		case "savedAt":
			dst = &h.SavedAt
		default:
			return bad(fmt.Errorf("unexpected field %v at its start", t))
		}
		if err := dec.Decode(dst); err != nil {
			return bad(err)
		}
	}
	if h.Schema > app.SchemaVersion {
		return baselineHead{}, &DecodeError{File: rel, Err: fmt.Errorf("schema %d: %w (this one reads up to %d): update Canopy to use it", h.Schema, ErrNewerSchema, app.SchemaVersion)}
	}
	return h, nil
}

// DeleteBaseline removes the baseline named name from the workspace in dir.
// Only a plain file named after a valid name inside the baselines folder is
// ever removed.
func DeleteBaseline(dir, name string) error {
	file, err := baselineFileOf(dir, name)
	if err != nil {
		return fmt.Errorf("delete baseline: %w", err)
	}
	if err := os.Remove(file); err != nil {
		return fmt.Errorf("delete baseline %s: %w", name, err)
	}
	return syncDir(filepath.Dir(file))
}

// baselineFileOf returns the path of an existing baseline's file, after
// checking the name and that the file is a plain one inside the workspace.
func baselineFileOf(dir, name string) (string, error) {
	if err := CheckBaselineName(name); err != nil {
		return "", err
	}
	rel := BaselinePath(name)
	if err := checkLink(dir, BaselineDir); err != nil {
		return "", err
	}
	file := filepath.Join(dir, filepath.FromSlash(rel))
	fi, err := os.Lstat(file)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%w named %q in %s%s", ErrNoBaseline, name, dir, known(dir))
	}
	if err != nil {
		return "", err
	}
	if !fi.Mode().IsRegular() {
		return "", &DecodeError{File: rel, Err: errors.New("not a plain file (a folder or a symbolic link): Canopy leaves it alone")}
	}
	return file, nil
}

// known lists the baselines that do exist, for an error about one that
// does not.
func known(dir string) string {
	list, _, err := ListBaselines(dir)
	if err != nil || len(list) == 0 {
		return " (there are none)"
	}
	names := make([]string, len(list))
	for i, b := range list {
		names[i] = b.Name
	}
	return " (there are: " + strings.Join(names, ", ") + ")"
}

// LoadBaseline reads the baseline named name of the workspace in dir. A
// damaged file, a wrong entity or one written by a newer Canopy is an
// error naming the file and the place; the workspace returned is
// read-only.
func LoadBaseline(dir, name string) (*app.Workspace, Baseline, error) {
	file, err := baselineFileOf(dir, name)
	if err != nil {
		return nil, Baseline{}, fmt.Errorf("baseline: %w", err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, Baseline{}, fmt.Errorf("baseline %s: %w", name, err)
	}
	ws, head, err := DecodeBaseline(BaselinePath(name), data)
	if err != nil {
		return nil, Baseline{}, fmt.Errorf("baseline %s is damaged: %w", name, err)
	}
	return ws, Baseline{Name: name, SavedAt: head.SavedAt}, nil
}

// DecodeBaseline decodes the bytes of a baseline file (rel names it in
// errors) into a read-only workspace, with the checks of an entity file
// for each entity.
func DecodeBaseline(rel string, data []byte) (*app.Workspace, Baseline, error) {
	if err := checkStrict(rel, data); err != nil {
		return nil, Baseline{}, err
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, Baseline{}, &DecodeError{File: rel, Err: err}
	}
	var head baselineHead
	for _, f := range []struct {
		key string
		dst any
	}{{"schema", &head.Schema}, {"name", &head.Name}, {"savedAt", &head.SavedAt}} {
		v, ok := raw[f.key]
		if !ok {
			return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("field %s is missing: not a baseline", f.key)}
		}
		if err := json.Unmarshal(v, f.dst); err != nil {
			return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("field %s: %w", f.key, err)}
		}
	}
	switch {
	case head.Schema > app.SchemaVersion:
		return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("schema %d: %w (this one reads up to %d): update Canopy to use it", head.Schema, ErrNewerSchema, app.SchemaVersion)}
	case head.Schema < 1 || head.Schema < app.SchemaVersion:
		return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("schema: want %d, got %d", app.SchemaVersion, head.Schema)}
	}
	product := &app.Product{}
	if v, ok := raw["product"]; !ok || string(v) == "null" {
		return nil, Baseline{}, &DecodeError{File: rel, Err: errors.New("product: the product settings are missing")}
	} else if err := json.Unmarshal(v, product); err != nil {
		return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("product: %w", err)}
	}
	strategy := &app.Strategy{}
	if v, ok := raw["strategy"]; ok && string(v) != "null" {
		if err := json.Unmarshal(v, strategy); err != nil {
			return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("strategy: %w", err)}
		}
	}
	var ents []app.Entity
	for _, k := range app.Kinds {
		v, ok := raw[string(k)]
		if !ok || string(v) == "null" {
			continue
		}
		var list []json.RawMessage
		if err := json.Unmarshal(v, &list); err != nil {
			return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("%s: %w", k, err)}
		}
		for i, one := range list {
			where := fmt.Sprintf("%s[%d]", k, i)
			e := newEntity(k)
			if err := json.Unmarshal(one, e); err != nil {
				var typ *json.UnmarshalTypeError
				if errors.As(err, &typ) && typ.Field != "" {
					err = fmt.Errorf("field %s: cannot use a JSON %s as %s", typ.Field, typ.Value, typ.Type)
				}
				return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("%s (%s): %w", where, entityTitle(one), err)}
			}
			if err := app.CheckID(e.EntityID()); err != nil {
				return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("%s: id: %w", where, err)}
			}
			if err := checkDecoded(where, e); err != nil {
				return nil, Baseline{}, &DecodeError{File: rel, Err: err}
			}
			ents = append(ents, e)
		}
	}
	ws, dups := app.Restore(product, strategy, ents)
	if len(dups) > 0 {
		return nil, Baseline{}, &DecodeError{File: rel, Err: fmt.Errorf("%s: the ID appears twice", dups[0].Label())}
	}
	ws.SetReadOnly(fmt.Errorf("the baseline %s, open for comparison", head.Name))
	return ws, Baseline{Name: head.Name, SavedAt: head.SavedAt}, nil
}

// entityTitle returns the title or name of a raw entity that failed to
// decode, so that an error names it as the user knows it; or "" when it
// has none.
func entityTitle(raw []byte) string {
	var t struct {
		Title string `json:"title"`
		Name  string `json:"name"`
		ID    string `json:"id"`
	}
	json.Unmarshal(raw, &t) // what decodes of it, if anything
	switch {
	case t.Title != "":
		return fmt.Sprintf("%q", t.Title)
	case t.Name != "":
		return fmt.Sprintf("%q", t.Name)
	}
	return t.ID
}
