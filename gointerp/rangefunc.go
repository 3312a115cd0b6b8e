package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"regexp"
	"strings"
)

// seqFuncs are the stdlib iterator functions whose element type is known
// without type checking.
var seqFuncs = map[string]string{
	"strings.Lines": "string", "strings.SplitSeq": "string", "strings.SplitAfterSeq": "string",
	"strings.FieldsSeq": "string", "strings.FieldsFuncSeq": "string",
	"bytes.Lines": "[]byte", "bytes.SplitSeq": "[]byte", "bytes.SplitAfterSeq": "[]byte",
	"bytes.FieldsSeq": "[]byte", "bytes.FieldsFuncSeq": "[]byte",
}

var (
	seqTypeRE  = regexp.MustCompile(`^(?:func\(func\((.+)\) bool\)|iter\.Seq\[(.+)\])$`)
	seq2TypeRE = regexp.MustCompile(`^(?:func\(func\((.+), (.+)\) bool\)|iter\.Seq2\[(.+), (.+)\])$`)
)

// seqElems returns the element types yielded by x when they can be known:
// a stdlib iterator call, or a session variable of iterator type.
func seqElems(x ast.Expr, typeOf func(string) string) []string {
	switch e := x.(type) {
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			if pkg, ok := sel.X.(*ast.Ident); ok {
				if t, ok := seqFuncs[pkg.Name+"."+sel.Sel.Name]; ok {
					return []string{t}
				}
				if len(e.Args) == 1 {
					if arg, ok := e.Args[0].(*ast.Ident); ok {
						return containerSeq(pkg.Name+"."+sel.Sel.Name, typeOf(arg.Name))
					}
				}
			}
		}
	case *ast.Ident:
		t := typeOf(e.Name)
		if m := seq2TypeRE.FindStringSubmatch(t); m != nil {
			if m[1] != "" {
				return []string{m[1], m[2]}
			}
			return []string{m[3], m[4]}
		}
		if m := seqTypeRE.FindStringSubmatch(t); m != nil {
			if m[1] != "" {
				return []string{m[1]}
			}
			return []string{m[2]}
		}
	}
	return nil
}

// lowerRangeFunc rewrites `for k, v := range seq { body }` over an
// iterator function into `seq(func(k K, v V) bool { body; return true })`,
// with break and continue of this loop turned into returns. Loops whose
// body returns, defers, uses goto or labels are left alone.
func lowerRangeFunc(src string, s *ast.RangeStmt, off func(token.Pos) int, typeOf func(string) string) []edit {
	return lowerRangeFuncElems(src, s, off, seqElems(s.X, typeOf), nil, nil)
}

// lowerRangeFuncElems is lowerRangeFunc for a loop whose iterator yields
// elems (types as source), known by seqElems or by go/types. With ret,
// what the enclosing function returns, the body may return (rangereturn.go);
// with nest (rangeNests), it may break or continue a labeled statement and
// be nested in another such loop (rangelabels.go). `for k, v = range seq`
// assigns k and v at the start of each run of the body.
func lowerRangeFuncElems(src string, s *ast.RangeStmt, off func(token.Pos) int, elems []string, ret *loopReturns, nest *rangeNest) []edit {
	if nest == nil {
		nest = &rangeNest{}
	}
	if elems == nil || !simpleBody(s.Body, ret != nil, nest.labels != nil, nest.defers) || (s.Value != nil && len(elems) < 2) {
		return nil
	}
	brOpen, brClose, branches, ok := labeledBranches(s, off, nest.labels)
	if !ok {
		return nil
	}
	vars := []ast.Expr{s.Key, s.Value}
	var params []string
	assign := ""
	for i, t := range elems {
		name := "_"
		if i < len(vars) && vars[i] != nil {
			if n := identName(vars[i]); n != "" {
				name = n
			}
			if id, blank := vars[i].(*ast.Ident); s.Tok == token.ASSIGN && !(blank && id.Name == "_") {
				name = fmt.Sprintf("spargo_rv%d_%d", off(s.For), i)
				assign += src[off(vars[i].Pos()):off(vars[i].End())] + " = " + name + "; "
			}
		}
		params = append(params, name+" "+t)
	}
	open, close := "", ""
	var returns []edit
	switch {
	case ret == nil || !hasReturn(s.Body):
	case ret.cell:
		returns, ok = cellLoopReturns(s, off)
		if !ok {
			return nil
		}
	case nest.outer != nil:
		// the outermost loop's closure is left too, and it returns
		close = "; if " + doneVar(off, nest.outer) + " { return false }"
	default:
		open, close, returns = returnEdits(src, s, off, ret)
	}
	// The iterator's text stays where it is, so that edits inside it (a
	// generic callee's copy) still apply.
	edits := append([]edit{
		{off(s.For), off(s.X.Pos()), open + brOpen},
		{off(s.X.End()), off(s.Body.Lbrace) + 1, "(func(" + strings.Join(params, ", ") + ") bool {" + assign},
		{off(s.Body.Rbrace), off(s.Body.Rbrace) + 1, "; return true })" + brClose + close},
	}, append(returns, branches...)...)
	walkBranches(s.Body, 0, 0, func(b *ast.BranchStmt) {
		text := "return true"
		if b.Tok == token.BREAK {
			text = "return false"
		}
		edits = append(edits, edit{off(b.Pos()), off(b.End()), text})
	})
	return edits
}

// simpleBody reports whether a loop body can become a closure: no goto,
// no return unless returns (returnEdits), no labels unless labels
// (labeledBranches), no defer unless defers (rangedefer.go).
func simpleBody(body *ast.BlockStmt, returns, labels, defers bool) bool {
	return !outsideLits(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ReturnStmt:
			return !returns
		case *ast.DeferStmt:
			return !defers
		case *ast.LabeledStmt:
			return !labels
		case *ast.BranchStmt:
			return x.Tok == token.GOTO || x.Label != nil && !labels
		}
		return false
	})
}

// walkBranches calls f for each unlabeled break or continue that targets
// the loop whose body is n: not inside a nested loop (for either), nor a
// switch or select (for break).
func walkBranches(n ast.Node, loops, switches int, f func(*ast.BranchStmt)) {
	ast.Inspect(n, func(m ast.Node) bool {
		if m == n {
			return true
		}
		switch x := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ForStmt, *ast.RangeStmt:
			walkBranches(x, loops+1, switches, f)
			return false
		case *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			walkBranches(x, loops, switches+1, f)
			return false
		case *ast.BranchStmt:
			if x.Label == nil && loops == 0 && (x.Tok == token.CONTINUE || x.Tok == token.BREAK && switches == 0) {
				f(x)
			}
		}
		return true
	})
}

// containerSeq gives the element types of maps.Keys/Values/All and
// slices.Values/All over a session variable of type t.
func containerSeq(fn, t string) []string {
	if strings.HasPrefix(t, "[]") {
		elem := t[2:]
		switch fn {
		case "slices.Values":
			return []string{elem}
		case "slices.All":
			return []string{"int", elem}
		}
		return nil
	}
	if !strings.HasPrefix(t, "map[") {
		return nil
	}
	depth := 0
	for i := 3; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				k, v := t[4:i], t[i+1:]
				switch fn {
				case "maps.Keys":
					return []string{k}
				case "maps.Values":
					return []string{v}
				case "maps.All":
					return []string{k, v}
				}
				return nil
			}
		}
	}
	return nil
}

// iteratorRanges lowers ranges over expressions of iterator function type.
func (c *checked) iteratorRanges() {
	off := func(p token.Pos) int { return int(p) - c.base }
	funcs := enclosingFuncs(c.f)
	nests := rangeNests(c.f, func(r *ast.RangeStmt) bool { return yieldParams(c.info.Types[r.X].Type) != nil })
	ast.Inspect(c.f, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok {
			if elems := iterElems(c.info.Types[r.X].Type, c.qual); elems != nil {
				var ret *loopReturns
				if ft := funcs[r]; ft != nil {
					ret = results(ft, func(e ast.Expr) string { return c.src[off(e.Pos()):off(e.End())] })
				} else {
					ret = &loopReturns{cell: true}
				}
				if nest := nests[r]; nest != nil {
					nest.defers = c.stacked[r]
				}
				for _, e := range lowerRangeFuncElems(c.src, r, off, elems, ret, nests[r]) {
					c.add(token.Pos(c.base+e.start), token.Pos(c.base+e.end), e.text)
				}
			}
		}
		return true
	})
}
