package app

import (
	"errors"
	"math"

	"github.com/expr-lang/expr/ast"
)

// The fast path of a formula. expr's virtual machine holds every value as
// an interface, so each input and each intermediate number it computes is
// an allocation: at 10 000 items the garbage makes ranking by a formula
// several times slower than by RICE. A formula made only of numbers,
// strings, booleans, the model inputs, custom fields (not multiselect), the
// operators + - * / ** ^, comparisons, and, or, not, ?? and the conditional,
// and abs, ceil, floor and round is compiled once more here into Go
// closures over typed values, which allocate nothing. Whenever such a
// closure meets what it does not decide (an absent input outside ??), it
// hands the item to the virtual machine, whose answer is the reference:
// the two never disagree (formula_fast_test.go checks it).

// fkind is the static type of a node on the fast path.
type fkind byte

const (
	fNum fkind = iota + 1
	fStr
	fBool
)

// fstate says how a fast evaluation ended.
type fstate byte

const (
	fOK    fstate = iota // the value is known
	fNil                 // an absent input: ?? may replace it
	fDefer               // undecided: ask the virtual machine
)

// fnode is a compiled node: the closure of its static type.
type fnode struct {
	k    fkind
	num  func(it *Item) (float64, fstate)
	str  func(it *Item) (string, fstate)
	bool func(it *Item) (bool, fstate)
}

// fexpr evaluates a whole formula for one item.
type fexpr func(it *Item) (float64, fstate)

// errNotFast says a formula has a part the fast path does not compile.
var errNotFast = errors.New("not on the fast path")

// compileFastRoot compiles the checked tree of a formula whose result is a
// number, or returns errNotFast.
func compileFastRoot(n ast.Node, decls []FieldDecl) (fexpr, error) {
	c, err := compileFast(n, decls)
	if err != nil {
		return nil, err
	}
	if c.k != fNum {
		return nil, errNotFast
	}
	return c.num, nil
}

func numConst(f float64) fnode {
	return fnode{k: fNum, num: func(*Item) (float64, fstate) { return f, fOK }}
}

func strConst(s string) fnode {
	return fnode{k: fStr, str: func(*Item) (string, fstate) { return s, fOK }}
}

func boolConst(b bool) fnode {
	return fnode{k: fBool, bool: func(*Item) (bool, fstate) { return b, fOK }}
}

// numInput reads a model input, absent when get reports false.
func numInput(get func(it *Item) (float64, bool)) fnode {
	return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
		if v, ok := get(it); ok {
			return v, fOK
		}
		return 0, fNil
	}}
}

// compileFast compiles a node to the closure of its static type.
func compileFast(n ast.Node, decls []FieldDecl) (fnode, error) {
	switch v := n.(type) {
	case *ast.IntegerNode:
		return numConst(float64(v.Value)), nil
	case *ast.FloatNode:
		return numConst(v.Value), nil
	case *ast.StringNode:
		return strConst(v.Value), nil
	case *ast.BoolNode:
		return boolConst(v.Value), nil
	case *ast.ConstantNode:
		switch c := v.Value.(type) {
		case int:
			return numConst(float64(c)), nil
		case float64:
			return numConst(c), nil
		case string:
			return strConst(c), nil
		case bool:
			return boolConst(c), nil
		}
	case *ast.IdentifierNode:
		if v.Value == "estimate" {
			return fnode{k: fNum, num: func(it *Item) (float64, fstate) { return it.Estimate, fOK }}, nil
		}
	case *ast.MemberNode:
		return compileMember(v, decls)
	case *ast.UnaryNode:
		return compileUnary(v, decls)
	case *ast.BinaryNode:
		return compileBinary(v, decls)
	case *ast.ConditionalNode:
		return compileConditional(v, decls)
	case *ast.BuiltinNode:
		return compileBuiltin(v, decls)
	}
	return fnode{}, errNotFast
}

func compileBuiltin(v *ast.BuiltinNode, decls []FieldDecl) (fnode, error) {
	if len(v.Arguments) != 1 {
		return fnode{}, errNotFast
	}
	var f func(float64) float64
	switch v.Name {
	case "abs":
		f = math.Abs
	case "ceil":
		f = math.Ceil
	case "floor":
		f = math.Floor
	case "round":
		f = math.Round
	default:
		return fnode{}, errNotFast
	}
	arg, err := compileFast(v.Arguments[0], decls)
	if err != nil || arg.k != fNum {
		return fnode{}, errNotFast
	}
	x := arg.num
	return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
		a, st := x(it)
		if st != fOK {
			return 0, fDefer
		}
		return f(a), fOK
	}}, nil
}

func compileConditional(v *ast.ConditionalNode, decls []FieldDecl) (fnode, error) {
	cond, err := compileFast(v.Cond, decls)
	if err != nil || cond.k != fBool {
		return fnode{}, errNotFast
	}
	a, err := compileFast(v.Exp1, decls)
	if err != nil {
		return fnode{}, err
	}
	b, err := compileFast(v.Exp2, decls)
	if err != nil || a.k != b.k {
		return fnode{}, errNotFast
	}
	c := cond.bool
	switch a.k {
	case fNum:
		return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
			x, st := c(it)
			if st != fOK {
				return 0, fDefer
			}
			if x {
				return a.num(it)
			}
			return b.num(it)
		}}, nil
	case fStr:
		return fnode{k: fStr, str: func(it *Item) (string, fstate) {
			x, st := c(it)
			if st != fOK {
				return "", fDefer
			}
			if x {
				return a.str(it)
			}
			return b.str(it)
		}}, nil
	}
	return fnode{k: fBool, bool: func(it *Item) (bool, fstate) {
		x, st := c(it)
		if st != fOK {
			return false, fDefer
		}
		if x {
			return a.bool(it)
		}
		return b.bool(it)
	}}, nil
}

// compileMember compiles rice.reach, wsjf.jobSize, fields.arr and the like.
func compileMember(v *ast.MemberNode, decls []FieldDecl) (fnode, error) {
	id, ok := v.Node.(*ast.IdentifierNode)
	prop, ok2 := v.Property.(*ast.StringNode)
	if !ok || !ok2 || v.Optional || v.Method {
		return fnode{}, errNotFast
	}
	switch id.Value + "." + prop.Value {
	case "rice.reach":
		return numInput(func(it *Item) (float64, bool) {
			if r := it.Scores.RICE; r != nil {
				return r.Reach, true
			}
			return 0, false
		}), nil
	case "rice.impact":
		return numInput(func(it *Item) (float64, bool) {
			if r := it.Scores.RICE; r != nil {
				return r.Impact, true
			}
			return 0, false
		}), nil
	case "rice.confidence":
		return numInput(func(it *Item) (float64, bool) {
			if r := it.Scores.RICE; r != nil {
				return r.Confidence, true
			}
			return 0, false
		}), nil
	case "rice.effort":
		return numInput(func(it *Item) (float64, bool) {
			if r := it.Scores.RICE; r != nil {
				return r.Effort, true
			}
			return 0, false
		}), nil
	case "wsjf.businessValue", "wsjf.timeCriticality", "wsjf.riskReduction", "wsjf.jobSize":
		name := prop.Value
		return numInput(func(it *Item) (float64, bool) {
			w := it.Scores.WSJF
			if w == nil {
				return 0, false
			}
			switch name {
			case "businessValue":
				return float64(w.BusinessValue), true
			case "timeCriticality":
				return float64(w.TimeCriticality), true
			case "riskReduction":
				return float64(w.RiskReduction), true
			}
			return float64(w.JobSize), true
		}), nil
	case "ice.impact", "ice.confidence", "ice.ease":
		name := prop.Value
		return numInput(func(it *Item) (float64, bool) {
			i := it.Scores.ICE
			if i == nil {
				return 0, false
			}
			switch name {
			case "impact":
				return float64(i.Impact), true
			case "confidence":
				return float64(i.Confidence), true
			}
			return float64(i.Ease), true
		}), nil
	case "valueEffort.value", "valueEffort.effort":
		value := prop.Value == "value"
		return numInput(func(it *Item) (float64, bool) {
			ve := it.Scores.ValueEffort
			if ve == nil {
				return 0, false
			}
			if value {
				return float64(ve.Value), true
			}
			return float64(ve.Effort), true
		}), nil
	}
	if id.Value != "fields" {
		return fnode{}, errNotFast
	}
	key := prop.Value
	var decl *FieldDecl
	for i := range decls {
		if decls[i].Key == key {
			decl = &decls[i]
		}
	}
	if decl == nil {
		return fnode{}, errNotFast
	}
	// A value of another type than declared (a hand-edited file) is left
	// to the virtual machine.
	switch decl.Type {
	case FieldNumber:
		return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
			x, ok := it.Fields[key]
			if !ok {
				return 0, fNil
			}
			if f, ok := x.(float64); ok {
				return f, fOK
			}
			return 0, fDefer
		}}, nil
	case FieldCheckbox:
		return fnode{k: fBool, bool: func(it *Item) (bool, fstate) {
			x, ok := it.Fields[key]
			if !ok {
				return false, fNil
			}
			if b, ok := x.(bool); ok {
				return b, fOK
			}
			return false, fDefer
		}}, nil
	case FieldMultiselect:
		return fnode{}, errNotFast
	}
	return fnode{k: fStr, str: func(it *Item) (string, fstate) {
		x, ok := it.Fields[key]
		if !ok {
			return "", fNil
		}
		if s, ok := x.(string); ok {
			return s, fOK
		}
		return "", fDefer
	}}, nil
}

func compileUnary(v *ast.UnaryNode, decls []FieldDecl) (fnode, error) {
	x, err := compileFast(v.Node, decls)
	if err != nil {
		return fnode{}, err
	}
	switch {
	case (v.Operator == "-" || v.Operator == "+") && x.k == fNum:
		f, neg := x.num, v.Operator == "-"
		return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
			a, st := f(it)
			if st != fOK {
				return 0, fDefer
			}
			if neg {
				return -a, fOK
			}
			return a, fOK
		}}, nil
	case (v.Operator == "!" || v.Operator == "not") && x.k == fBool:
		f := x.bool
		return fnode{k: fBool, bool: func(it *Item) (bool, fstate) {
			a, st := f(it)
			if st != fOK {
				return false, fDefer
			}
			return !a, fOK
		}}, nil
	}
	return fnode{}, errNotFast
}

func compileBinary(v *ast.BinaryNode, decls []FieldDecl) (fnode, error) {
	l, err := compileFast(v.Left, decls)
	if err != nil {
		return fnode{}, err
	}
	r, err := compileFast(v.Right, decls)
	if err != nil || l.k != r.k {
		return fnode{}, errNotFast
	}
	op := v.Operator
	switch op {
	case "??":
		return coalesce(l, r), nil
	case "and", "&&", "or", "||":
		if l.k != fBool {
			return fnode{}, errNotFast
		}
		and, a, b := op == "and" || op == "&&", l.bool, r.bool
		return fnode{k: fBool, bool: func(it *Item) (bool, fstate) {
			x, st := a(it)
			if st != fOK {
				return false, fDefer
			}
			if x != and {
				return x, fOK // false and …, true or …
			}
			y, st := b(it)
			if st != fOK {
				return false, fDefer
			}
			return y, fOK
		}}, nil
	}
	switch l.k {
	case fNum:
		return numBinary(op, l.num, r.num)
	case fStr:
		return strBinary(op, l.str, r.str)
	}
	return boolBinary(op, l.bool, r.bool)
}

// coalesce compiles a ?? b: b when a is an absent input.
func coalesce(l, r fnode) fnode {
	switch l.k {
	case fNum:
		return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
			if x, st := l.num(it); st != fNil {
				return x, st
			}
			return r.num(it)
		}}
	case fStr:
		return fnode{k: fStr, str: func(it *Item) (string, fstate) {
			if x, st := l.str(it); st != fNil {
				return x, st
			}
			return r.str(it)
		}}
	}
	return fnode{k: fBool, bool: func(it *Item) (bool, fstate) {
		if x, st := l.bool(it); st != fNil {
			return x, st
		}
		return r.bool(it)
	}}
}

// both evaluates two operands, deferring unless both are known.
func both[T any](a, b func(*Item) (T, fstate), it *Item) (x, y T, ok bool) {
	x, st := a(it)
	if st != fOK {
		return x, y, false
	}
	y, st = b(it)
	return x, y, st == fOK
}

func numOp(f func(x, y float64) float64, a, b func(*Item) (float64, fstate)) fnode {
	return fnode{k: fNum, num: func(it *Item) (float64, fstate) {
		x, y, ok := both(a, b, it)
		if !ok {
			return 0, fDefer
		}
		return f(x, y), fOK
	}}
}

func cmpOp[T any](f func(x, y T) bool, a, b func(*Item) (T, fstate)) fnode {
	return fnode{k: fBool, bool: func(it *Item) (bool, fstate) {
		x, y, ok := both(a, b, it)
		if !ok {
			return false, fDefer
		}
		return f(x, y), fOK
	}}
}

func numBinary(op string, a, b func(*Item) (float64, fstate)) (fnode, error) {
	switch op {
	case "+":
		return numOp(func(x, y float64) float64 { return x + y }, a, b), nil
	case "-":
		return numOp(func(x, y float64) float64 { return x - y }, a, b), nil
	case "*":
		return numOp(func(x, y float64) float64 { return x * y }, a, b), nil
	case "/":
		return numOp(func(x, y float64) float64 { return x / y }, a, b), nil
	case "**", "^":
		return numOp(math.Pow, a, b), nil
	case "<":
		return cmpOp(func(x, y float64) bool { return x < y }, a, b), nil
	case "<=":
		return cmpOp(func(x, y float64) bool { return x <= y }, a, b), nil
	case ">":
		return cmpOp(func(x, y float64) bool { return x > y }, a, b), nil
	case ">=":
		return cmpOp(func(x, y float64) bool { return x >= y }, a, b), nil
	case "==":
		return cmpOp(func(x, y float64) bool { return x == y }, a, b), nil
	case "!=":
		return cmpOp(func(x, y float64) bool { return x != y }, a, b), nil
	}
	return fnode{}, errNotFast
}

func strBinary(op string, a, b func(*Item) (string, fstate)) (fnode, error) {
	switch op {
	case "+":
		return fnode{k: fStr, str: func(it *Item) (string, fstate) {
			x, y, ok := both(a, b, it)
			if !ok {
				return "", fDefer
			}
			return x + y, fOK
		}}, nil
	case "<":
		return cmpOp(func(x, y string) bool { return x < y }, a, b), nil
	case "<=":
		return cmpOp(func(x, y string) bool { return x <= y }, a, b), nil
	case ">":
		return cmpOp(func(x, y string) bool { return x > y }, a, b), nil
	case ">=":
		return cmpOp(func(x, y string) bool { return x >= y }, a, b), nil
	case "==":
		return cmpOp(func(x, y string) bool { return x == y }, a, b), nil
	case "!=":
		return cmpOp(func(x, y string) bool { return x != y }, a, b), nil
	}
	return fnode{}, errNotFast
}

func boolBinary(op string, a, b func(*Item) (bool, fstate)) (fnode, error) {
	switch op {
	case "==":
		return cmpOp(func(x, y bool) bool { return x == y }, a, b), nil
	case "!=":
		return cmpOp(func(x, y bool) bool { return x != y }, a, b), nil
	}
	return fnode{}, errNotFast
}
