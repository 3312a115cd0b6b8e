package gointerp

import (
	"go/ast"
	"go/token"
	"strings"
)

// nameParams names `_` the parameters of a function or method whose
// parameters are unnamed: yaegi stored the first argument of `func (n Num)
// Eval(map[string]float64) float64` where n goes, and the method panicked
// ("reflect.Set: value of type map[string]float64 is not assignable to
// type float64"); `func(context.Context) error { return fmt.Errorf(...) }`
// panicked likewise ("value of type context.Context is not assignable to
// type func(string, ...interface {}) error").
func nameParams(ft *ast.FuncType, body *ast.BlockStmt, off func(token.Pos) int) []edit {
	if body == nil || ft.Params == nil {
		return nil
	}
	var edits []edit
	for _, p := range ft.Params.List {
		if len(p.Names) > 0 {
			return nil
		}
		edits = append(edits, edit{off(p.Type.Pos()), off(p.Type.Pos()), "_ "})
	}
	return edits
}

// zeroResults sets a function's named results to their zero values first
// thing: yaegi's call of a declared function (a method, a function of a
// cell with package variables, a function literal called in place) uses
// the caller's targets as the results, unzeroed, so after `out, err :=
// collect(n)` in a loop, collect's `out = append(out, ...)` appended to
// the previous call's slice, and a named err set by an earlier call's
// deferred recover came back from the next call.
//
//	func f() (n int, err error) {    →    func f() (n int, err error) { n = *new(int); err = *new(error);
func zeroResults(src string, ft *ast.FuncType, body *ast.BlockStmt, off func(token.Pos) int) []edit {
	if ft.Results == nil || body == nil {
		return nil
	}
	var names, zeros []string
	for _, f := range ft.Results.List {
		for _, n := range f.Names {
			if n.Name == "_" || strings.HasPrefix(n.Name, "spargo_") {
				continue
			}
			names = append(names, n.Name)
			zeros = append(zeros, "*new("+src[off(f.Type.Pos()):off(f.Type.End())]+")")
		}
	}
	if len(names) == 0 {
		return nil
	}
	// one assignment each: yaegi's assignment of several values failed
	// for an any ("reflect.Set: value of type interface {} is not
	// assignable to type interp.valueInterface")
	var b strings.Builder
	for i, n := range names {
		b.WriteString(" " + n + " = " + zeros[i] + ";")
	}
	p := off(body.Lbrace) + 1
	return []edit{{p, p, b.String()}}
}
