package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Some of yaegi's bugs go away when a value is in parentheses: it
// compiles a call, a receive or an operation straight into its target,
// and a parenthesised one through a temporary.

// parens wraps e in parentheses.
func parens(e ast.Expr, off func(token.Pos) int) []edit {
	return []edit{{off(e.Pos()), off(e.Pos()), "("}, {off(e.End()), off(e.End()), ")"}}
}

// parenOperation wraps in parentheses an operation (`!b`, `-x`, `x + y`)
// assigned to a target of an interface type, or of a type the cell alone
// does not tell (a variable of an earlier cell: the session knows its
// value's type, not its own): yaegi writes such a result straight into the
// target, and into an any it panicked ("reflect: call of
// reflect.Value.SetBool on interface Value" for `a = !a.(bool)`). typeOf
// gives the types of the cell's expressions.
func parenOperation(lhs, rhs ast.Expr, typeOf func(ast.Expr) types.Type, off func(token.Pos) int) []edit {
	switch r := rhs.(type) {
	case *ast.UnaryExpr:
		if r.Op == token.ARROW || r.Op == token.AND {
			return nil
		}
	case *ast.BinaryExpr:
	default:
		return nil
	}
	known := typeOf(lhs)
	if b, ok := known.(*types.Basic); ok && b.Kind() == types.Invalid {
		known = nil // a name of an earlier cell
	}
	if known != nil && !types.IsInterface(known) || isBlank(lhs) {
		return nil
	}
	return parens(rhs, off)
}

// parenReceive wraps the receive of `x[i] = <-c` (and `s.f = <-c`,
// `*p = <-c`) in parentheses: yaegi assigned the zero value to such a
// target, and assigns `(<-c)` right. The same goes for `v := <-c`,
// `v = <-c` and `var v = <-c` (parenVarReceive): yaegi stored the
// received value itself as v, which a later `v = 7` or `v++` could not
// set ("reflect.Value.Set using unaddressable value").
func parenReceive(x *ast.AssignStmt, off func(token.Pos) int) []edit {
	if x.Tok != token.ASSIGN && x.Tok != token.DEFINE || len(x.Lhs) != 1 || len(x.Rhs) != 1 {
		return nil
	}
	return parenRecv(x.Rhs[0], off)
}

// parenVarReceive is parenReceive for `var v = <-c`.
func parenVarReceive(x *ast.ValueSpec, off func(token.Pos) int) []edit {
	if len(x.Names) != 1 || len(x.Values) != 1 {
		return nil
	}
	return parenRecv(x.Values[0], off)
}

// parenRecv wraps e in parentheses if it is a receive.
func parenRecv(e ast.Expr, off func(token.Pos) int) []edit {
	u, ok := e.(*ast.UnaryExpr)
	if !ok || u.Op != token.ARROW {
		return nil
	}
	return parens(u, off)
}

// parenReceives wraps the receives among a return's results in
// parentheses: yaegi's `return <-c` (and `return <-c, true`) panicked
// ("reflect.Value.Set using unaddressable value"), `return (<-c)` works.
// So are the operations returned as a result whose type is not a basic
// type's name (it may be an interface: `return s == "true", nil` from a
// function returning (any, error) panicked with "reflect: call of
// reflect.Value.SetBool on interface Value"); ft is the function's type.
// And so is a call among several results: `return x, len(m)` returned
// len(m) twice, and `return c.run(args), nil`, run a func field, "".
func parenReceives(results []ast.Expr, ft *ast.FuncType, off func(token.Pos) int) []edit {
	var edits []edit
	types := resultTypes(ft)
	for i, r := range results {
		if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			edits = append(edits, parens(u, off)...)
			continue
		}
		if call, ok := r.(*ast.CallExpr); ok && len(results) > 1 {
			edits = append(edits, parens(call, off)...)
			continue
		}
		if len(types) == len(results) && !basicTypeName(types[i]) {
			switch r := r.(type) {
			case *ast.BinaryExpr:
				edits = append(edits, parens(r, off)...)
			case *ast.UnaryExpr:
				if r.Op != token.AND {
					edits = append(edits, parens(r, off)...)
				}
			}
		}
	}
	return edits
}

// resultTypes lists the result types of ft, one per result.
func resultTypes(ft *ast.FuncType) []ast.Expr {
	if ft == nil || ft.Results == nil {
		return nil
	}
	var out []ast.Expr
	for _, f := range ft.Results.List {
		for range max(1, len(f.Names)) {
			out = append(out, f.Type)
		}
	}
	return out
}

// basicTypeName reports whether e names a basic type (int, string...).
func basicTypeName(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	tn, ok := types.Universe.Lookup(id.Name).(*types.TypeName)
	return ok && isBasic(tn.Type())
}

// parenLiterals parenthesises the composite literals among the values of
// a multi-value assignment: yaegi loses the other values of
// `m, n := []int{1}, 5` (n is 0) but not of `m, n := ([]int{1}), 5`.
func parenLiterals(values []ast.Expr, off func(token.Pos) int) []edit {
	if len(values) < 2 {
		return nil
	}
	var edits []edit
	for _, v := range values {
		if _, ok := v.(*ast.CompositeLit); ok {
			edits = append(edits, parens(v, off)...)
		}
	}
	return edits
}

// parenCalls parenthesises the calls and receives among the values of an
// assignment of several values that are not all calls: yaegi lost every
// other value of `w, g = a+5, add(a)`, `s, err = "x", f()`, `i, j = i+1,
// next(j)` (a for loop's post statement: the loop never ended) and `p.x,
// p.y = a, <-c`, and assigns them right with `(add(a))`. A definition
// (`:=`) was right, and is left alone.
func parenCalls(x *ast.AssignStmt, off func(token.Pos) int) []edit {
	if x.Tok != token.ASSIGN || len(x.Lhs) < 2 || len(x.Lhs) != len(x.Rhs) {
		return nil
	}
	var calls []ast.Expr
	for _, r := range x.Rhs {
		switch v := r.(type) {
		case *ast.CallExpr:
			calls = append(calls, v)
		case *ast.UnaryExpr:
			if v.Op == token.ARROW {
				calls = append(calls, v)
			}
		}
	}
	if len(calls) == 0 || len(calls) == len(x.Rhs) {
		return nil
	}
	var edits []edit
	for _, c := range calls {
		edits = append(edits, parens(c, off)...)
	}
	return edits
}

// orCases joins with || the expressions of a case of a switch without a
// tag (`switch { case a, b: }`): yaegi tested the first alone, and
// `case x == 1, x == 5:` did not match 5. Go tests them in order and stops
// at the first true one, as || does.
func orCases(src string, s *ast.SwitchStmt, off func(token.Pos) int) []edit {
	if s.Tag != nil {
		return nil
	}
	var edits []edit
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CaseClause)
		if !ok || len(cc.List) < 2 {
			continue
		}
		for i, e := range cc.List {
			edits = append(edits, parens(e, off)...)
			if i == 0 {
				continue
			}
			between := src[off(cc.List[i-1].End()):off(e.Pos())]
			c := strings.IndexByte(between, ',')
			if c < 0 {
				return nil
			}
			p := off(cc.List[i-1].End()) + c
			edits = append(edits, edit{p, p + 1, " ||"})
		}
	}
	return edits
}
