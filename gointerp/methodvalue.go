package gointerp

import (
	"go/ast"
	"go/types"
)

// Method values with value receivers. Go evaluates `f := d.Name` by
// copying d: a later change to d does not show in f(). yaegi kept d
// itself, so f() saw the change. The cell passes the receiver to a
// function literal, which takes the copy: `func(spargo_r Dog) func()
// string { return spargo_r.Name }(d)`; `*p` for a pointer p.

// methodValues lowers the cell's method values whose method has a value
// receiver, on operands that are not interfaces.
func (c *checked) methodValues() {
	called := map[ast.Expr]bool{}
	ast.Inspect(c.f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			called[ast.Unparen(call.Fun)] = true
		}
		return true
	})
	ast.Inspect(c.f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || called[sel] || c.chunkAt(sel.Pos()) < 0 {
			return true
		}
		s, ok := c.info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) {
			return true
		}
		recv := s.Obj().(*types.Func).Type().(*types.Signature).Recv()
		if _, ptr := recv.Type().(*types.Pointer); ptr || !c.nameable(s.Recv()) || !c.nameable(s.Type()) {
			return true
		}
		fn := c.typeString(s.Type())
		if p, ptr := s.Recv().(*types.Pointer); ptr {
			// p.M with p a pointer: Go copies *p (and panics on a nil p)
			if !c.nameable(p.Elem()) {
				return true
			}
			c.add(sel.Pos(), sel.Pos(), "func(spargo_r "+c.typeString(p.Elem())+") "+fn+" { return spargo_r."+sel.Sel.Name+" }(*(")
			c.add(sel.X.End(), sel.End(), "))")
			return true
		}
		c.add(sel.Pos(), sel.Pos(), "func(spargo_r "+c.typeString(s.Recv())+") "+fn+" { return spargo_r."+sel.Sel.Name+" }(")
		c.add(sel.X.End(), sel.End(), ")")
		return true
	})
}
