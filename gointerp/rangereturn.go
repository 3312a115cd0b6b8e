package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Returns inside a range over a function. The loop body becomes a
// closure (lowerRangeFunc), so a `return` in it would return from the
// closure. With the enclosing function's results known (the type
// checker's lowerings), a return sets them and stops the iteration, and
// the function returns after the call:
//
//	for v := range seq {           { var spargo_done12 bool; var spargo_rv12_0 T;
//	    if ok(v) { return v, nil }   seq(func(v T) bool { if ok(v) { { spargo_rv12_0 = v; spargo_rv12_1 = nil; spargo_done12 = true; return false } }
//	}                                ; return true }); if spargo_done12 { return spargo_rv12_0, spargo_rv12_1 } }
//
// Named results are assigned directly, and a bare return stays bare.

// loopReturns is what a return in a loop body returns from: the result
// types of the enclosing function (source), and whether they are named
// (then assigned directly).
type loopReturns struct {
	types []string
	names []string
	cell  bool // the loop is at a cell's top level, where a return ends the cell (cellreturn.go)
}

// results describes function type ft's results, their types written by
// typeText.
func results(ft *ast.FuncType, typeText func(ast.Expr) string) *loopReturns {
	r := &loopReturns{}
	if ft == nil || ft.Results == nil {
		return r
	}
	for _, f := range ft.Results.List {
		t := typeText(f.Type)
		if len(f.Names) == 0 {
			r.types = append(r.types, t)
			continue
		}
		for _, n := range f.Names {
			r.types = append(r.types, t)
			r.names = append(r.names, n.Name)
		}
	}
	return r
}

// enclosingFuncs maps each range and return statement in n to the type of
// the function it is in (nil at top level, and in the checker's `func _()`
// around a cell's statements).
func enclosingFuncs(n ast.Node) map[ast.Stmt]*ast.FuncType {
	out := map[ast.Stmt]*ast.FuncType{}
	var walk func(n ast.Node, ft *ast.FuncType)
	walk = func(n ast.Node, ft *ast.FuncType) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch x := m.(type) {
			case *ast.FuncDecl:
				if isCellBlock(x) {
					walk(x.Body, nil) // the checker's wrapper of a cell's statements
				} else if x.Body != nil {
					walk(x.Body, x.Type)
				}
				return false
			case *ast.FuncLit:
				walk(x.Body, x.Type)
				return false
			case *ast.RangeStmt:
				out[x] = ft
			case *ast.ReturnStmt:
				out[x] = ft
			}
			return true
		})
	}
	walk(n, nil)
	return out
}

// returnEdits are the edits that make the returns of loop s's body (in
// src, at offsets off) leave the iteration: the text to open before the
// loop's call, the text to close after it, and the edits of the returns.
func returnEdits(src string, s *ast.RangeStmt, off func(token.Pos) int, ret *loopReturns) (open, close string, edits []edit) {
	id := off(s.For)
	done := doneVar(off, s)
	targets := ret.names
	var decls []string
	if len(ret.names) == 0 {
		for i, t := range ret.types {
			v := fmt.Sprintf("spargo_rv%d_%d", id, i)
			targets = append(targets, v)
			decls = append(decls, "var "+v+" "+t+"; ")
		}
	}
	open = "{ var " + done + " bool; " + strings.Join(decls, "")
	final := "return"
	if len(ret.names) == 0 && len(targets) > 0 {
		final += " " + strings.Join(targets, ", ")
	}
	close = "; if " + done + " { " + final + " } }"
	walkReturns(s.Body, func(r *ast.ReturnStmt) {
		if len(r.Results) == 0 {
			edits = append(edits, edit{off(r.Pos()), off(r.Pos()) + len("return"), "{ " + done + " = true; return false }"})
			return
		}
		if len(ret.names) == 0 && len(r.Results) == len(targets) && len(targets) > 1 {
			// one temporary at a time: an untyped nil among several
			// values assigned at once failed in yaegi (parallel.go)
			edits = append(edits, edit{off(r.Pos()), off(r.Results[0].Pos()), "{ " + targets[0] + " = "})
			for i := 1; i < len(targets); i++ {
				edits = append(edits, edit{off(r.Results[i-1].End()), off(r.Results[i].Pos()), "; " + targets[i] + " = "})
			}
		} else {
			edits = append(edits, edit{off(r.Pos()), off(r.Pos()) + len("return"), "{ " + strings.Join(targets, ", ") + " ="})
		}
		edits = append(edits, edit{off(r.End()), off(r.End()), "; " + done + " = true; return false }"})
	})
	return open, close, edits
}

// doneVar names the variable that tells a return happened in loop s's
// body, or in a loop nested in it.
func doneVar(off func(token.Pos) int, s *ast.RangeStmt) string {
	return fmt.Sprintf("spargo_done%d", off(s.For))
}

// hasReturn reports whether n has a return statement outside function
// literals.
func hasReturn(n ast.Node) bool {
	found := false
	walkReturns(n, func(*ast.ReturnStmt) { found = true })
	return found
}

// walkReturns calls f for each return statement in n, outside function
// literals.
func walkReturns(n ast.Node, f func(*ast.ReturnStmt)) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			f(x)
		}
		return true
	})
}

// yieldElems is iterElems for a copy of generic code: the types the
// iterator t yields, written with env's type arguments.
func (m *mono) yieldElems(t types.Type, env map[*types.TypeName]string) []string {
	params := yieldParams(t)
	if params == nil {
		return nil
	}
	elems := []string{}
	for _, p := range params {
		s, ok := m.typeExpr(p, env)
		if !ok {
			return nil
		}
		elems = append(elems, s)
	}
	return elems
}

// iteratorRanges lowers the ranges over iterators in a copy of generic
// function fd (the cell's are lowered by checked.iteratorRanges).
func (m *mono) iteratorRanges(fd *ast.FuncDecl, env map[*types.TypeName]string) []posEdit {
	var out []posEdit
	base := m.c.base
	off := func(p token.Pos) int { return int(p) - base }
	funcs := enclosingFuncs(fd)
	nests := rangeNests(fd.Body, func(r *ast.RangeStmt) bool { return yieldParams(m.c.info.Types[r.X].Type) != nil })
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		r, ok := x.(*ast.RangeStmt)
		if !ok {
			return true
		}
		elems := m.yieldElems(m.c.info.Types[r.X].Type, env)
		var ret *loopReturns
		if ft := funcs[r]; ft != nil {
			ret = results(ft, func(e ast.Expr) string { return m.text(e, m.refs(e, env)) })
		}
		for _, e := range lowerRangeFuncElems(m.c.src, r, off, elems, ret, nests[r]) {
			out = append(out, posEdit{start: token.Pos(base + e.start), end: token.Pos(base + e.end), text: e.text})
		}
		return true
	})
	return out
}
