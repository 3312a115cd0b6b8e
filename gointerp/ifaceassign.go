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

// A call's result of a session interface type passed straight to a
// parameter of such a type (`show(parse(src))`, where parse returns a
// Node): yaegi wrapped the interface value in another, so in the callee
// `n.(*Num)` and errors.As found nothing. Converted, it is passed as a
// variable holding it would be:
//
//	show(parse(src))    →    show(Node(parse(src)))
//
// (structCopies' copies, which are such calls, get the conversion too.)

// ifaceResultArgs lowers the cell's such arguments.
func (c *checked) ifaceResultArgs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || c.chunkAt(call.Pos()) < 0 || call.Ellipsis.IsValid() || c.stdSignature(call) != nil || c.isAppend(call) {
			return true
		}
		if tv, ok := c.info.Types[call.Fun]; !ok || tv.IsType() {
			return true
		}
		sig, ok := under(c.typeOf(call.Fun)).(*types.Signature)
		if !ok {
			return true
		}
		for i, a := range call.Args {
			p := paramType(sig, i)
			inner, isCall := ast.Unparen(a).(*ast.CallExpr)
			if !isCall || !c.sessionIface(p) || !c.sessionIface(c.typeOf(a)) || !c.writable(p) || isLocalType(p, c.pkg) {
				continue
			}
			if tv, ok := c.info.Types[inner.Fun]; !ok || tv.IsType() {
				continue // a conversion already
			}
			c.add(a.Pos(), a.Pos(), c.typeString(p)+"(")
			c.add(a.End(), a.End(), ")")
		}
		return true
	})
}
