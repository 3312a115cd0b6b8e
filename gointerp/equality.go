package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// interfaceEquality rewrites `x == y` and `x != y` where an interface may
// hold a value of a session type to spargo_rt.Equal(x, y): yaegi compared
// such an interface unequal to everything but itself, so `err == ErrBad`
// with ErrBad a *MyErr, or two Shape values holding equal circles, were
// false (rt.Equal unwraps yaegi's wrappers). Comparisons with nil, and of
// an interface with a value of a standard or basic type, which yaegi gets
// right, are left alone.
func (c *checked) interfaceEquality() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if ok && isEquality(b) && c.chunkAt(b.Pos()) >= 0 &&
			needsEqual(c.info.Types[b.X], c.info.Types[b.Y], c.pkg) {
			callEqual(b, c.add)
		}
		return true
	})
}

// comparisons is interfaceEquality for a copy of generic code n, where a
// type parameter's value may be of a session type: `t == i` with t a T
// and i an interface needs rt.Equal too. Comparisons of two type
// parameters are left alone (in the copy they have one type, which yaegi
// compares right, and generic stdlib code compares them in loops).
func (m *mono) comparisons(n ast.Node) []posEdit {
	var edits []posEdit
	add := func(start, end token.Pos, text string) {
		edits = append(edits, posEdit{start: start, end: end, text: text})
	}
	ast.Inspect(n, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if ok && isEquality(b) && copyNeedsEqual(m.c.info.Types[b.X], m.c.info.Types[b.Y], m.c.pkg) {
			callEqual(b, add)
		}
		return true
	})
	return edits
}

func isEquality(b *ast.BinaryExpr) bool { return b.Op == token.EQL || b.Op == token.NEQ }

// callEqual writes b as a call of rt.Equal.
func callEqual(b *ast.BinaryExpr, add func(start, end token.Pos, text string)) {
	call := rtName + ".Equal("
	if b.Op == token.NEQ {
		call = "!" + call
	}
	add(b.X.Pos(), b.X.Pos(), call)
	add(b.OpPos, b.OpPos+2, ",")
	add(b.Y.End(), b.Y.End(), ")")
}

// copyNeedsEqual is needsEqual in generic code: an interface compared with
// an interface, a session type or a type parameter.
func copyNeedsEqual(x, y types.TypeAndValue, pkg *types.Package) bool {
	if x.Type == nil || y.Type == nil || x.IsNil() || y.IsNil() {
		return false
	}
	iface := func(t types.Type) bool { return types.IsInterface(t) && !isTypeParam(t) }
	other := func(t types.Type) bool { return iface(t) || isTypeParam(t) || sessionType(t, pkg) }
	return iface(x.Type) && other(y.Type) || iface(y.Type) && other(x.Type)
}

// needsEqual reports whether comparing values typed x and y needs
// rt.Equal: both interfaces, or an interface and a session type. Type
// parameters are left to the copies of generic code.
func needsEqual(x, y types.TypeAndValue, pkg *types.Package) bool {
	if x.Type == nil || y.Type == nil || x.IsNil() || y.IsNil() || isTypeParam(x.Type) || isTypeParam(y.Type) {
		return false
	}
	ix, iy := types.IsInterface(x.Type), types.IsInterface(y.Type)
	switch {
	case ix && iy:
		return true
	case ix:
		return sessionType(y.Type, pkg)
	case iy:
		return sessionType(x.Type, pkg)
	}
	return false
}

func isTypeParam(t types.Type) bool {
	_, ok := t.(*types.TypeParam)
	return ok
}
