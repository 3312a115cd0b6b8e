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
		if !ok || b.Op != token.EQL && b.Op != token.NEQ || c.chunkAt(b.Pos()) < 0 ||
			!needsEqual(c.info.Types[b.X], c.info.Types[b.Y], c.pkg) {
			return true
		}
		call := rtName + ".Equal("
		if b.Op == token.NEQ {
			call = "!" + call
		}
		c.add(b.X.Pos(), b.X.Pos(), call)
		c.add(b.OpPos, b.OpPos+2, ",")
		c.add(b.Y.End(), b.Y.End(), ")")
		return true
	})
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
