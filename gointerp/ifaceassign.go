package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A value assigned to a field, an element, a map entry or *p whose type is
// an interface the session declares (`shapes[i] = Square{2}`,
// `h.shape = Circle{r}`, `reg["sq"] = Square{}`): yaegi set the struct
// literal into the destination with the literal's own type and panicked
// with `reflect.Set: value of type interp.valueInterface is not assignable
// to type struct {...}`. In a parallel assignment a call's or a
// conversion's result failed the same way. A variable as destination, or
// a standard interface (error, fmt.Stringer), was fine. The value is
// converted to the interface first:
//
//	shapes[i] = Square{2}    →    shapes[i] = Shape(Square{2})
//
// A type the cell cannot name (a type local to a function) keeps the
// plain parentheses, which are enough for a single assignment.

// ifaceAssigns lowers the cell's such assignments.
func (c *checked) ifaceAssigns() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		for i, r := range as.Rhs {
			c.ifaceAssign(as.Lhs[i], r, len(as.Rhs) > 1)
		}
		return true
	})
}

// ifaceAssign converts r, assigned to lhs, when yaegi needs it (see above).
func (c *checked) ifaceAssign(lhs, r ast.Expr, parallel bool) {
	if _, ok := ast.Unparen(lhs).(*ast.Ident); ok || c.chunkAt(r.Pos()) < 0 {
		return
	}
	target := c.typeOf(lhs)
	if !c.sessionIface(target) || c.structCopied(r, target) {
		return
	}
	if t := c.typeOf(r); t == nil || types.IsInterface(t) {
		return
	}
	switch ast.Unparen(r).(type) {
	case *ast.CompositeLit:
	case *ast.CallExpr:
		if !parallel {
			return
		}
	default:
		return
	}
	if c.writable(target) && !isLocalType(target, c.pkg) {
		c.add(r.Pos(), r.Pos(), c.typeString(target)+"(")
		c.add(r.End(), r.End(), ")")
	} else if !parallel {
		c.add(r.Pos(), r.Pos(), "(")
		c.add(r.End(), r.End(), ")")
	}
}

// sessionIface reports whether t is an interface with methods that yaegi
// builds itself: one the session declares, or an interface literal.
func (c *checked) sessionIface(t types.Type) bool {
	if t == nil || !types.IsInterface(t) || isEmptyIface(t) {
		return false
	}
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		return u.Obj().Pkg() == c.pkg
	case *types.Interface:
		return true
	}
	return false
}
