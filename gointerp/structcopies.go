package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Structs and pointers to structs put into an interface with methods.
// yaegi's interface value keeps the reflect.Value it was made from, so a
// struct variable (or field, element, *p) put into one stayed shared with
// it: after `var d Shape = sq; sq.Side = 9`, d's Side was 9 too, and a
// loop that appended `*p`, `&shelf[i]` or `&S{i}` to a []Shape got the
// last value every time. Go copies the struct (or the pointer). The value
// goes through a function literal whose parameter is a copy, returned as
// the interface:
//
//	var d Shape = sq    →    var d Shape = func(spargo_v Square) Shape { return spargo_v }(sq)
//
// in assignments, var declarations, arguments (append's too), returns,
// composite literals' elements and sends. The result of a call is shared
// too, with the next call's (`list = append(list, mk(i))` in a loop); a
// literal is a value of its own (freshvalues.go covers the non-structs).

// structCopies lowers the cell's such conversions.
func (c *checked) structCopies() {
	ast.PreorderStack(c.f, nil, func(n ast.Node, stack []ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok == token.ASSIGN && len(x.Lhs) == len(x.Rhs) {
				for i, r := range x.Rhs {
					c.copyInto(r, c.typeOf(x.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if x.Type != nil && len(x.Values) == len(x.Names) {
				for _, v := range x.Values {
					c.copyInto(v, c.typeOf(x.Type))
				}
			}
		case *ast.CallExpr:
			c.copyArgs(x)
		case *ast.ReturnStmt:
			if sig := enclosingSig(c, stack); sig != nil && sig.Results().Len() == len(x.Results) {
				for i, r := range x.Results {
					c.copyInto(r, sig.Results().At(i).Type())
				}
			}
		case *ast.CompositeLit:
			c.copyElems(x)
		case *ast.SendStmt:
			if ch, ok := under(c.typeOf(x.Chan)).(*types.Chan); ok {
				c.copyInto(x.Value, ch.Elem())
			}
		}
		return true
	})
}

// copyArgs copies the arguments of call put into parameters of interface
// types (and append's elements).
func (c *checked) copyArgs(call *ast.CallExpr) {
	if tv, ok := c.info.Types[call.Fun]; !ok || tv.IsType() || call.Ellipsis.IsValid() {
		return
	}
	if c.isAppend(call) {
		if s, ok := under(c.typeOf(call.Args[0])).(*types.Slice); ok {
			for _, a := range call.Args[1:] {
				c.copyInto(a, s.Elem())
			}
		}
		return
	}
	sig, ok := under(c.typeOf(call.Fun)).(*types.Signature)
	if !ok {
		return
	}
	for i, a := range call.Args {
		p := paramType(sig, i)
		wrap := c.structCopied(a, p) && c.sessionIface(p)
		c.copyInto(a, p)
		if wrap {
			// (the copy is a call's result: see ifaceResultArgs)
			c.add(a.Pos(), a.Pos(), c.typeString(p)+"(")
			c.add(a.End(), a.End(), ")")
		}
	}
}

// copyElems copies the elements of lit put into interface-typed elements,
// map values or fields.
func (c *checked) copyElems(lit *ast.CompositeLit) {
	t := under(c.typeOf(lit))
	if p, ok := t.(*types.Pointer); ok {
		t = under(p.Elem())
	}
	for i, e := range lit.Elts {
		kv, isKV := e.(*ast.KeyValueExpr)
		if isKV {
			e = kv.Value
		}
		switch u := t.(type) {
		case *types.Slice:
			c.copyInto(e, u.Elem())
		case *types.Array:
			c.copyInto(e, u.Elem())
		case *types.Map:
			c.copyInto(e, u.Elem())
		case *types.Struct:
			if isKV {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := c.info.Uses[id].(*types.Var); ok {
						c.copyInto(e, f.Type())
					}
				}
			} else if i < u.NumFields() {
				c.copyInto(e, u.Field(i).Type())
			}
		}
	}
}

// copyInto wraps e when it holds a session struct or a pointer to one
// (sharedStruct) and target is an interface with methods.
func (c *checked) copyInto(e ast.Expr, target types.Type) {
	if !c.structCopied(e, target) {
		return
	}
	c.add(e.Pos(), e.Pos(), "func(spargo_v "+c.typeString(c.typeOf(e))+") "+c.typeString(target)+" { return spargo_v }(")
	c.add(e.End(), e.End(), ")")
}

// structCopied reports whether copyInto wraps e put into target.
func (c *checked) structCopied(e ast.Expr, target types.Type) bool {
	if target == nil || !types.IsInterface(target) || isEmptyIface(target) || !c.sharedStruct(e) || c.chunkAt(e.Pos()) < 0 {
		return false
	}
	t := c.typeOf(e)
	if _, ptr := t.(*types.Pointer); !ptr && isErrorType(target) {
		return false // (a struct value as an error: errorValues)
	}
	return c.writable(target) && c.writable(t) && !isLocalType(t, c.pkg) && !isLocalType(target, c.pkg)
}

// isErrorType reports whether t is error, whose struct values errorValues
// and errorfArgs handle.
func isErrorType(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// sharedStruct reports whether e holds a value of a struct type the
// session declares, or a pointer to one (or a value of a named slice or
// map type, a literal included), in a place yaegi's interface
// value would share: a variable, field, element or dereference, or a
// call's or an operation's result (`&shelf[i]`, `&S{i}`), which yaegi
// keeps in one slot of the frame that the next run of a loop overwrote. A
// struct literal is a value of its own.
func (c *checked) sharedStruct(e ast.Expr) bool {
	t := types.Unalias(c.typeOf(e))
	ptr := false
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = types.Unalias(p.Elem()), true
	}
	lit := false
	switch ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.StarExpr, *ast.CallExpr:
	case *ast.UnaryExpr:
		if !ptr {
			return false
		}
	case *ast.CompositeLit:
		lit = true
	default:
		return false
	}
	if tv := c.info.Types[e]; !tv.IsValue() || tv.IsNil() {
		return false
	}
	n, ok := t.(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg || n.TypeArgs().Len() > 0 {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct:
		return !lit
	case *types.Slice, *types.Map:
		// (a `type Map []Pair` value, a literal's too: appended to a
		// []Node in a loop, every element became the last one)
		return !ptr
	}
	return false
}

// enclosingSig is the signature of the innermost function around the end
// of stack, or nil.
func enclosingSig(c *checked, stack []ast.Node) *types.Signature {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			sig, _ := c.typeOf(f).(*types.Signature)
			return sig
		case *ast.FuncDecl:
			if obj, ok := c.info.Defs[f.Name].(*types.Func); ok {
				return obj.Type().(*types.Signature)
			}
			return nil
		}
	}
	return nil
}
