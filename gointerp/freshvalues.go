package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// Values of the session's named non-struct types with methods put into an
// interface straight from an expression (`toks = append(toks, Num(v))`
// in a lexer's loop): yaegi's interface value kept a reference to the
// expression's result slot, which the next run of the loop overwrote, so
// every token became the last one ([4 4] for "3 4"). A definition gives a
// variable a value of its own, so such an expression of an assignment
// statement is defined first, on the same line:
//
//	toks = append(toks, Num(v))    →    spargo_fv1 := Num(v); toks = append(toks, spargo_fv1)
//
// This covers an append to a slice of interfaces, an assignment to an
// interface (`out[i] = Num(v)`) and a var declaration of an interface
// with methods (`var t Token = Num(v)`). (Passing it through a function literal
// that returns it as the interface lost the type yaegi records for it.)

// freshIfaceValues lowers the cell's such assignments.
func (c *checked) freshIfaceValues() {
	n := 0
	ast.PreorderStack(c.f, nil, func(node ast.Node, stack []ast.Node) bool {
		st, ok := node.(ast.Stmt)
		if !ok || len(stack) == 0 || c.chunkAt(st.Pos()) < 0 {
			return true
		}
		switch stack[len(stack)-1].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true // (an if's or a for's init or post: no room for a definition)
		}
		for _, e := range c.freshExprs(st) {
			n++
			v := fmt.Sprintf("spargo_fv%d", n)
			c.add(st.Pos(), st.Pos(), v+" := "+c.text(e)+"; ")
			c.replace(e.Pos(), e.End(), v)
		}
		return true
	})
}

// freshExprs lists the expressions of statement st to define first: in
// an assignment of one value (to an interface, or an append to a slice of
// interfaces) or a var declaration of an interface type.
func (c *checked) freshExprs(st ast.Stmt) []ast.Expr {
	var exprs []ast.Expr
	switch x := st.(type) {
	case *ast.AssignStmt:
		if x.Tok != token.ASSIGN || len(x.Lhs) != 1 || len(x.Rhs) != 1 {
			return nil
		}
		r := x.Rhs[0]
		if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && c.isAppend(call) {
			if s, ok := under(c.typeOf(call.Args[0])).(*types.Slice); ok {
				for _, a := range call.Args[1:] {
					if c.needsFresh(a, s.Elem()) {
						exprs = append(exprs, a)
					}
				}
			}
		} else if c.needsFresh(r, c.typeOf(x.Lhs[0])) {
			exprs = append(exprs, r)
		}
	case *ast.DeclStmt:
		gd, ok := x.Decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
			return nil
		}
		vs := gd.Specs[0].(*ast.ValueSpec)
		if vs.Type == nil || len(vs.Values) != len(vs.Names) || isEmptyIface(c.info.Types[vs.Type].Type) {
			return nil // (`var st any = spargo_fv1` later panicked: reflect's zero Value)
		}
		for _, v := range vs.Values {
			if c.needsFresh(v, c.info.Types[vs.Type].Type) {
				exprs = append(exprs, v)
			}
		}
	}
	return exprs
}

// isAppend reports whether call is the builtin append of single values.
func (c *checked) isAppend(call *ast.CallExpr) bool {
	id, ok := call.Fun.(*ast.Ident)
	return ok && usesBuiltin(c.info.Uses[id], "append") && len(call.Args) > 1 && !call.Ellipsis.IsValid()
}

// needsFresh reports whether e, put into target, is an expression (not a
// name) of a session named non-struct type with methods, and target an
// interface.
func (c *checked) needsFresh(e ast.Expr, target types.Type) bool {
	if target == nil || !types.IsInterface(target) {
		return false
	}
	if _, isName := ast.Unparen(e).(*ast.Ident); isName {
		return false
	}
	n, ok := c.typeOf(e).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg || n.TypeArgs() != nil {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Slice, *types.Map:
		return false // (structCopies copies them)
	}
	// (a named basic type has a method in the interpreter: namemethod.go)
	return heldWithMethods(n) && (types.NewMethodSet(types.NewPointer(n)).Len() > 0 || namedBasic(n) && n.Obj().Parent() == c.pkg.Scope())
}
