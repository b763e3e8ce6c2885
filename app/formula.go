package app

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/expr-lang/expr"
	"github.com/expr-lang/expr/ast"
	"github.com/expr-lang/expr/file"
	"github.com/expr-lang/expr/types"
	"github.com/expr-lang/expr/vm"
)

// Limits that keep a formula bounded: its size, what it may allocate while
// it runs, and its length in the settings.
const (
	formulaMaxNodes     = 500
	formulaMemoryBudget = 10_000
	// FormulaMaxLength is the longest formula the product settings accept.
	FormulaMaxLength = 2000
)

// formulaBuiltins are the functions a formula may call: pure arithmetic.
var formulaBuiltins = []string{"abs", "ceil", "floor", "round", "max", "min", "len"}

// ErrFormula is wrapped by every error about the product's formula.
var ErrFormula = errors.New("formula error")

// FormulaError is a formula that does not compile, with the place of the
// fault (1-based; 0 when unknown).
type FormulaError struct {
	Formula string
	Line    int
	Column  int
	Msg     string
}

// Error returns `formula "…": line 1, column 9: unknown name …`.
func (e *FormulaError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("formula %q: line %d, column %d: %s", e.Formula, e.Line, e.Column, e.Msg)
	}
	return fmt.Sprintf("formula %q: %s", e.Formula, e.Msg)
}

// Unwrap returns ErrFormula.
func (e *FormulaError) Unwrap() error { return ErrFormula }

// Formula is a compiled scoring formula, ready to score items. Compile it
// once with CompileFormula; a Formula is safe for concurrent use, each
// Scorer is not.
type Formula struct {
	source  string
	program *vm.Program
	// fast is the formula compiled to closures, or nil when it has a part
	// only the virtual machine runs (formula_fast.go).
	fast fexpr
	// uses says which inputs the formula reads, so that scoring fills only those.
	uses struct{ estimate, rice, wsjf, ice, valueEffort, fields bool }
}

// Source returns the formula's text.
func (f *Formula) Source() string { return f.source }

// the inputs of the models, by their JSON names, as the formula reads them.
var (
	riceInputs        = []string{"reach", "impact", "confidence", "effort"}
	wsjfInputs        = []string{"businessValue", "timeCriticality", "riskReduction", "jobSize"}
	iceInputs         = []string{"impact", "confidence", "ease"}
	valueEffortInputs = []string{"value", "effort"}
)

func numbers(names []string) types.Map {
	m := types.Map{}
	for _, n := range names {
		m[n] = types.Float64
	}
	return m
}

// formulaEnv returns the types of what a formula over the product's
// declarations may read: each custom field on items is typed by its
// declaration, so a misspelt field or a text used as a number is an error
// when the formula compiles.
func formulaEnv(decls []FieldDecl) types.Map {
	fields := types.Map{}
	for _, d := range decls {
		if !d.Applies(FieldOnItem) {
			continue
		}
		switch d.Type {
		case FieldNumber:
			fields[d.Key] = types.Float64
		case FieldCheckbox:
			fields[d.Key] = types.Bool
		case FieldMultiselect:
			fields[d.Key] = types.TypeOf([]string(nil))
		default:
			fields[d.Key] = types.String
		}
	}
	return types.Map{
		"estimate":    types.Float64,
		"rice":        numbers(riceInputs),
		"wsjf":        numbers(wsjfInputs),
		"ice":         numbers(iceInputs),
		"valueEffort": numbers(valueEffortInputs),
		"fields":      fields,
	}
}

// CompileFormula compiles source against the custom fields declared in
// decls. A parse or type error is a *FormulaError naming the formula and
// the position.
func CompileFormula(source string, decls []FieldDecl) (*Formula, error) {
	if strings.TrimSpace(source) == "" {
		return nil, &FormulaError{Formula: source, Msg: "is empty: write an expression such as rice.reach * rice.impact / estimate"}
	}
	if len(source) > FormulaMaxLength {
		return nil, &FormulaError{Formula: source[:40] + "…", Msg: fmt.Sprintf("is longer than %d characters", FormulaMaxLength)}
	}
	opts := []expr.Option{
		expr.Env(formulaEnv(decls)),
		expr.AsFloat64(),
		expr.MaxNodes(formulaMaxNodes),
		expr.DisableAllBuiltins(),
	}
	for _, b := range formulaBuiltins {
		opts = append(opts, expr.EnableBuiltin(b))
	}
	program, err := expr.Compile(source, opts...)
	if err != nil {
		fe := &FormulaError{Formula: source, Msg: err.Error()}
		var pos *file.Error
		if errors.As(err, &pos) {
			fe.Msg = pos.Message
			if pos.Line > 0 {
				fe.Line, fe.Column = pos.Line, pos.Column+1
			}
		}
		return nil, fe
	}
	f := &Formula{source: source, program: program}
	if fast, err := compileFastRoot(program.Node(), decls); err == nil {
		f.fast = fast
	}
	ast.Find(program.Node(), func(n ast.Node) bool {
		if id, ok := n.(*ast.IdentifierNode); ok {
			switch id.Value {
			case "estimate":
				f.uses.estimate = true
			case "rice":
				f.uses.rice = true
			case "wsjf":
				f.uses.wsjf = true
			case "ice":
				f.uses.ice = true
			case "valueEffort":
				f.uses.valueEffort = true
			case "fields":
				f.uses.fields = true
			}
		}
		return false
	})
	return f, nil
}

// Scorer scores items by a formula. It reuses its working memory between
// items, so it is not safe for concurrent use: make one per goroutine.
type Scorer struct {
	f                          *Formula
	machine                    vm.VM
	env                        map[string]any
	rice, wsjf, ice, ve, empty map[string]any
}

// Scorer returns a new Scorer of the formula.
func (f *Formula) Scorer() *Scorer {
	s := &Scorer{f: f, env: map[string]any{}, empty: map[string]any{}}
	s.machine.MemoryBudget = formulaMemoryBudget
	if f.uses.rice {
		s.rice = map[string]any{}
	}
	if f.uses.wsjf {
		s.wsjf = map[string]any{}
	}
	if f.uses.ice {
		s.ice = map[string]any{}
	}
	if f.uses.valueEffort {
		s.ve = map[string]any{}
	}
	return s
}

// Score returns the item's score and true, or false when the item lacks an
// input the formula reads, or the result is not a finite number (a division
// by zero). It never panics.
func (s *Scorer) Score(it *Item) (float64, bool) {
	if s.f.fast != nil {
		if v, st := s.f.fast(it); st == fOK {
			return finite(v)
		}
	}
	return s.run(it)
}

// finite returns v and true, or false when v is NaN or infinite.
func finite(v float64) (float64, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// run scores the item on expr's virtual machine.
func (s *Scorer) run(it *Item) (float64, bool) {
	env, u := s.env, &s.f.uses
	if u.estimate {
		env["estimate"] = it.Estimate
	}
	if u.rice {
		env["rice"] = s.empty
		if r := it.Scores.RICE; r != nil {
			s.rice["reach"], s.rice["impact"], s.rice["confidence"], s.rice["effort"] = r.Reach, r.Impact, r.Confidence, r.Effort
			env["rice"] = s.rice
		}
	}
	if u.wsjf {
		env["wsjf"] = s.empty
		if w := it.Scores.WSJF; w != nil {
			s.wsjf["businessValue"], s.wsjf["timeCriticality"] = float64(w.BusinessValue), float64(w.TimeCriticality)
			s.wsjf["riskReduction"], s.wsjf["jobSize"] = float64(w.RiskReduction), float64(w.JobSize)
			env["wsjf"] = s.wsjf
		}
	}
	if u.ice {
		env["ice"] = s.empty
		if i := it.Scores.ICE; i != nil {
			s.ice["impact"], s.ice["confidence"], s.ice["ease"] = float64(i.Impact), float64(i.Confidence), float64(i.Ease)
			env["ice"] = s.ice
		}
	}
	if u.valueEffort {
		env["valueEffort"] = s.empty
		if ve := it.Scores.ValueEffort; ve != nil {
			s.ve["value"], s.ve["effort"] = float64(ve.Value), float64(ve.Effort)
			env["valueEffort"] = s.ve
		}
	}
	if u.fields {
		env["fields"] = s.empty
		if it.Fields != nil {
			env["fields"] = it.Fields
		}
	}
	out, err := s.machine.Run(s.f.program, env)
	if err != nil {
		return 0, false
	}
	v, ok := out.(float64)
	if !ok || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// checkFormulaSetting checks the product's formula: it must compile
// against the declared fields, and be set when it is the scoring model.
func checkFormulaSetting(c *checker, p *Product) {
	if p.Formula == "" {
		if p.ScoringModel == ModelFormula {
			c.add("formula", "is required when the scoring model is formula")
		}
		return
	}
	if _, err := CompileFormula(p.Formula, p.Fields); err != nil {
		c.add("formula", "%v", err)
	}
}

// compiledFormula caches the compiled formula of one version of the
// product settings (which are replaced, never changed, by an edit).
type compiledFormula struct {
	product *Product
	f       *Formula
	err     error
}

// Formula returns the product's formula compiled against its declared
// fields, compiling it once per version of the product settings.
func (ws *Workspace) Formula() (*Formula, error) {
	if c := ws.formula; c != nil && c.product == ws.product {
		return c.f, c.err
	}
	f, err := CompileFormula(ws.product.Formula, ws.product.Fields)
	ws.formula = &compiledFormula{product: ws.product, f: f, err: err}
	return f, err
}

// Scorer returns a function that scores items under model m: the
// product's formula for ModelFormula (every item unscored when it does not
// compile), Score otherwise. Make one per ranking; it is not safe for
// concurrent use.
func (ws *Workspace) Scorer(m ScoringModel) func(*Item) (float64, bool) {
	ice := ws.product.ICE
	if m != ModelFormula {
		return func(it *Item) (float64, bool) { return Score(&it.Scores, m, ice) }
	}
	f, err := ws.Formula()
	if err != nil {
		return func(*Item) (float64, bool) { return 0, false }
	}
	return f.Scorer().Score
}

// FormulaPreview is what a formula would do to the backlog.
type FormulaPreview struct {
	// Top lists up to ten open items (not Done or Accepted) it ranks
	// highest, best first.
	Top []NextEntry
	// Unscored counts the open items it cannot score (a missing input, a
	// division by zero).
	Unscored int
	// Open counts the open items.
	Open int
}

// PreviewLimit is how many items a formula preview lists.
const PreviewLimit = 10

// PreviewFormula compiles source against the declarations of ws (or
// decls, when not nil: a draft of Settings ▸ Fields) and ranks the open
// items by it, for the live preview of the settings. A formula that does
// not compile returns its *FormulaError.
func PreviewFormula(ws *Workspace, source string, decls []FieldDecl) (FormulaPreview, error) {
	if decls == nil {
		decls = ws.product.Fields
	}
	f, err := CompileFormula(source, decls)
	if err != nil {
		return FormulaPreview{}, err
	}
	sc := f.Scorer()
	var p FormulaPreview
	for _, e := range ws.ents[KindItem].list {
		it := e.(*Item)
		if it.Status.Satisfied() {
			continue
		}
		p.Open++
		s, ok := sc.Score(it)
		if !ok {
			p.Unscored++
			continue
		}
		p.Top = append(p.Top, NextEntry{Item: it, Score: s, Scored: true})
	}
	slices.SortFunc(p.Top, func(a, b NextEntry) int {
		switch {
		case a.Score > b.Score:
			return -1
		case a.Score < b.Score:
			return 1
		case a.Item.Rank < b.Item.Rank:
			return -1
		case a.Item.Rank > b.Item.Rank:
			return 1
		}
		return strings.Compare(a.Item.ID, b.Item.ID)
	})
	if len(p.Top) > PreviewLimit {
		p.Top = p.Top[:PreviewLimit]
	}
	return p, nil
}
