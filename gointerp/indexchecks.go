package gointerp

import (
	"go/ast"
	"go/types"
)

// Indexes in a function that recovers. yaegi indexes through package
// reflect, whose panic names neither the index nor the length: a program
// that recovered `s[i]` and printed the error printed "runtime error: index
// out of range" (rt.Recovered) where Go prints "index out of range [5]
// with length 3". In a function whose deferred call may recover, each index
// of a slice, array or string that is not a constant goes through
// spargo_rt.Index, which panics with the compiled runtime's own error:
//
//	v = s[i]         →    v = s[spargo_rt.Index(i, len(s))]
//	g[y][x] = c      →    g[spargo_rt.Index(y, len(g))][spargo_rt.Index(x, len(g[y]))] = c
//
// Only there: the check is a call of a native function, which costs
// yaegi a reflect.Call on every index. Elsewhere a fault ends the cell,
// whose error still says "index out of range". The operand is written
// twice, so only operands without calls (names, fields, indexes, and
// dereferences of them) are checked; generic functions are left alone.

// indexChecks lowers the indexes of the cell's recovering functions, of
// function literals passed to a recovering function declared in the
// session (`safely("parse", func() { ... s[i] ... })`), and, when such a
// function takes a function (or a struct with one: a Job), of function
// literals in composite literals (a table of cases it runs).
func (c *checked) indexChecks() {
	recovering := map[types.Object]bool{}
	runsFuncs := false // a recovering function takes a function (`safely(name string, f func())`)
	for _, d := range c.f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && !isCellBlock(fd) && c.recovers(fd.Body) {
			obj := c.info.Defs[fd.Name]
			recovering[obj] = true
			if sig, ok := obj.Type().(*types.Signature); ok {
				for v := range sig.Params().Variables() {
					runsFuncs = runsFuncs || holdsFunc(v.Type())
				}
			}
		}
	}
	ast.Inspect(c.f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch x := n.(type) {
		case *ast.FuncDecl:
			if x.Type.TypeParams != nil || x.Recv != nil && len(x.Recv.List) > 0 && isGenericRecv(x.Recv.List[0].Type) {
				return false
			}
			if !isCellBlock(x) && c.chunkAt(x.Pos()) >= 0 {
				body = x.Body
			}
		case *ast.FuncLit:
			body = x.Body
		case *ast.CompositeLit:
			// a table of cases whose functions such a function runs
			if runsFuncs && c.chunkAt(x.Pos()) >= 0 {
				for _, e := range x.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						e = kv.Value
					}
					if lit, ok := e.(*ast.FuncLit); ok {
						c.checkIndexes(lit.Body)
					}
				}
			}
		case *ast.CallExpr:
			if recovering[c.callee(x)] {
				for _, a := range x.Args {
					if lit, ok := a.(*ast.FuncLit); ok {
						c.checkIndexes(lit.Body)
					}
				}
			}
		}
		if body == nil || !c.recovers(body) {
			return true
		}
		c.checkIndexes(body)
		return false
	})
}

// holdsFunc reports whether t is a function, or a struct with a function
// field (a Job{Name, Run}), or a pointer or slice of one of those.
func holdsFunc(t types.Type) bool {
	switch u := under(t).(type) {
	case *types.Signature:
		return true
	case *types.Pointer:
		return holdsFunc(u.Elem())
	case *types.Slice:
		return holdsFunc(u.Elem())
	case *types.Struct:
		for f := range u.Fields() {
			if _, ok := under(f.Type()).(*types.Signature); ok {
				return true
			}
		}
	}
	return false
}

// recovers reports whether a deferred call of body, a function's, may
// recover.
func (c *checked) recovers(body *ast.BlockStmt) bool {
	defers, _ := funcDefers(body, func(*ast.RangeStmt) bool { return false })
	return len(defers) > 0 && c.mayRecover(defers)
}

// callee is the function or method call calls by name, or nil.
func (c *checked) callee(call *ast.CallExpr) types.Object {
	if id := funcName(ast.Unparen(call.Fun)); id != nil {
		return c.info.Uses[id]
	}
	return nil
}

// checkIndexes lowers the indexes and slice expressions in n.
func (c *checked) checkIndexes(n ast.Node) {
	ast.Inspect(n, func(m ast.Node) bool {
		switch x := m.(type) {
		case *ast.IndexExpr:
			c.checkIndex(x)
		case *ast.SliceExpr:
			c.checkSlice(x)
		}
		return true
	})
}

// isGenericRecv reports whether a receiver's type has type parameters
// (`func (s *Stack[T]) Pop()`).
func isGenericRecv(t ast.Expr) bool {
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// checkIndex passes ix's index through spargo_rt.Index when ix indexes a
// slice, array, pointer to array or string, unless the compiler checks it
// (a constant index of an array or of a constant string).
func (c *checked) checkIndex(ix *ast.IndexExpr) {
	tv, ok := c.info.Types[ix.Index]
	if !ok || !pureOperand(ix.X) || c.sequence(ix.X) == "" || tv.Value != nil && c.fixedLength(ix.X) {
		return
	}
	c.wrapBound(ix.Index, rtName+".Index(", ", len("+c.text(ix.X)+"))")
}

// checkSlice passes the bounds of s[lo:hi] and s[lo:] through
// spargo_rt.SliceEnd and SliceStart.
func (c *checked) checkSlice(s *ast.SliceExpr) {
	what := c.sequence(s.X)
	if s.Slice3 || what == "" || !pureOperand(s.X) {
		return
	}
	n := "len(" + c.text(s.X) + ")"
	if what == "capacity" {
		n = "cap(" + c.text(s.X) + ")"
	}
	switch {
	case s.High != nil && s.Low == nil:
		c.wrapBound(s.High, rtName+".SliceEnd(0, ", ", "+n+", \""+what+"\")")
	case s.High != nil && pureOperand(s.Low):
		c.wrapBound(s.High, rtName+".SliceEnd(int("+c.text(s.Low)+"), ", ", "+n+", \""+what+"\")")
	case s.High == nil && s.Low != nil:
		c.wrapBound(s.Low, rtName+".SliceStart(", ", len("+c.text(s.X)+"))")
	}
}

// sequence is how Go names the bound of slicing e ("capacity" for a slice,
// "length" for an array, a pointer to one or a string), or "" when e is
// none of these.
func (c *checked) sequence(e ast.Expr) string {
	switch u := under(c.typeOf(e)).(type) {
	case *types.Slice:
		return "capacity"
	case *types.Array:
		return "length"
	case *types.Pointer:
		if _, ok := under(u.Elem()).(*types.Array); ok {
			return "length"
		}
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return "length"
		}
	}
	return ""
}

// fixedLength reports whether e's length is known to the compiler: an
// array, a pointer to one, or a constant string.
func (c *checked) fixedLength(e ast.Expr) bool {
	return c.sequence(e) == "length" && (c.info.Types[e].Value != nil || !isStringType(c.typeOf(e)))
}

// wrapBound writes open before the index or bound e, converted to int
// when it has another type, and closing after it.
func (c *checked) wrapBound(e ast.Expr, open, closing string) {
	if b, ok := under(c.typeOf(e)).(*types.Basic); !ok || b.Kind() != types.Int && b.Kind() != types.UntypedInt {
		open, closing = open+"int(", ")"+closing
	}
	c.add(e.Pos(), e.Pos(), open)
	c.add(e.End(), e.End(), closing)
}

// pureOperand reports whether e can be evaluated twice with the same
// result and no effects: names, fields, indexes and dereferences of them.
func pureOperand(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return pureOperand(x.X)
	case *ast.IndexExpr:
		return pureOperand(x.X) && pureOperand(x.Index)
	case *ast.StarExpr:
		return pureOperand(x.X)
	case *ast.BasicLit:
		return true
	case *ast.BinaryExpr:
		return pureOperand(x.X) && pureOperand(x.Y)
	}
	return false
}
