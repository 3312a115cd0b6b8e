package gointerp

import (
	"go/ast"
	"go/types"
	"strings"
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
		if !ok || called[sel] || c.named[sel] || c.chunkAt(sel.Pos()) < 0 {
			return true // (a %T operand typeVerbs wrote as its type's name)
		}
		s, ok := c.info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal || types.IsInterface(s.Recv()) {
			return true
		}
		recv := s.Obj().(*types.Func).Type().(*types.Signature).Recv()
		if !c.nameable(s.Recv()) || !c.nameable(s.Type()) {
			return true
		}
		fn := c.typeString(s.Type())
		if _, ptr := recv.Type().(*types.Pointer); ptr {
			c.pointerMethodValue(sel, s, recv.Type(), fn)
			return true
		}
		if path, holder, ok := c.embeddedPath(s); ok {
			// t.M promoted from an embedded field: Go evaluates the
			// fields down to the one holding M (panicking on a nil
			// embedded pointer) and copies it.
			if _, ptr := holder.Underlying().(*types.Pointer); ptr {
				c.add(sel.Pos(), sel.Pos(), derefMethodValue(c.typeString(holder), fn, c.bound(s, sel.Sel.Name)))
			} else {
				c.add(sel.Pos(), sel.Pos(), "func(spargo_r "+c.typeString(holder)+") "+fn+" { return "+c.bound(s, sel.Sel.Name)+" }(")
			}
			c.add(sel.X.End(), sel.End(), path+")")
			return true
		}
		if p, ptr := s.Recv().(*types.Pointer); ptr {
			// p.M with p a pointer: Go copies *p (and panics on a nil p)
			if !c.nameable(p.Elem()) {
				return true
			}
			c.add(sel.Pos(), sel.Pos(), derefMethodValue(c.typeString(p), fn, c.bound(s, sel.Sel.Name)))
			c.add(sel.X.End(), sel.End(), ")")
			return true
		}
		c.add(sel.Pos(), sel.Pos(), "func(spargo_r "+c.typeString(s.Recv())+") "+fn+" { return "+c.bound(s, sel.Sel.Name)+" }(")
		c.add(sel.X.End(), sel.End(), ")")
		return true
	})
}

// pointerMethodValue lowers sel, a method value whose method has a pointer
// receiver of type ptr: Go binds the pointer when it evaluates sel, yaegi
// read the receiver's variable when the value was called (`fs = append(fs,
// w.Run)` in a loop ran the last w's Run each time). The pointer goes to a
// function literal, which returns the method value of its parameter.
func (c *checked) pointerMethodValue(sel *ast.SelectorExpr, s *types.Selection, ptr types.Type, fn string) {
	path, holder, embedded := c.embeddedPath(s)
	if !embedded {
		// the operand's own method, or one promoted through a field
		// embeddedPath cannot write: the literal takes the operand
		path, holder = "", s.Recv()
		if _, isPtr := holder.Underlying().(*types.Pointer); isPtr {
			ptr = holder
		} else {
			ptr = types.NewPointer(holder)
		}
	}
	if !c.nameable(ptr) {
		return
	}
	amp := "&"
	if _, isPtr := holder.Underlying().(*types.Pointer); isPtr {
		amp = ""
	}
	c.add(sel.Pos(), sel.Pos(), "func(spargo_r "+c.typeString(ptr)+") "+fn+" { return "+c.bound(s, sel.Sel.Name)+" }("+amp+"(")
	c.add(sel.X.End(), sel.End(), path+"))")
}

// embeddedPath returns, for a method value promoted from an embedded field,
// the selectors of the embedded fields down to the one holding the method
// (".T2.T3.T4") and that field's type.
func (c *checked) embeddedPath(s *types.Selection) (string, types.Type, bool) {
	index := s.Index()
	if len(index) < 2 {
		return "", nil, false
	}
	t, path := s.Recv(), ""
	for _, i := range index[:len(index)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || !st.Field(i).Embedded() || instantiated(st.Field(i).Type()) {
			return "", nil, false // (a copy names an embedded E[int] E__int)
		}
		path += "." + st.Field(i).Name()
		t = st.Field(i).Type()
	}
	return path, t, c.nameable(t)
}

// derefMethodValue opens a call that takes a pointer (of type text ptr)
// and returns the method value m of a copy of what it points to (m as
// bound writes it, of spargo_r). The copy is made inside: yaegi gave
// `f(*p)` with a nil p "reflect: Call using zero Value argument" where Go
// panics with a nil pointer dereference.
func derefMethodValue(ptr, fn, m string) string {
	return "func(spargo_p " + ptr + ") " + fn + " { spargo_r := *spargo_p; return " + m + " }("
}

// bound writes the method value m of spargo_r: `spargo_r.M`, or for a
// method of another package's type a function literal that calls it (yaegi
// returned `sb.WriteString` of a strings.Builder as no function: "cannot
// use (type valueT) as type funcT").
func (c *checked) bound(s *types.Selection, m string) string {
	fn := s.Obj().(*types.Func)
	if fn.Pkg() == nil || fn.Pkg() == c.pkg {
		return "spargo_r." + m
	}
	params, args, results := signatureText(s.Type().(*types.Signature), "spargo_a", c.typeString)
	ret := "return "
	if results == "" {
		ret = ""
	}
	return "func(" + strings.Join(params, ", ") + ") " + results + " { " + ret + "spargo_r." + m + "(" + strings.Join(args, ", ") + ") }"
}

// instantiated reports whether t, or what it points to, is an instance of
// a generic type.
func instantiated(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := t.(*types.Named)
	return ok && n.TypeArgs().Len() > 0
}
