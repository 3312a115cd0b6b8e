package gointerp

import (
	"go/ast"
	"go/types"
	"strings"
)

// A declared function used as a value: `return f`, `g := f`, with f a
// func declaration. yaegi keeps such a value as its own node, and storing
// it panicked ("reflect.Set: value of type *interp.node is not assignable
// to type func()"); converted to its func type first, `(func())(f)`, it is
// a func value. Cells lift their functions to variables (liftFuncs), which
// do not need it, but a cell of declarations with package variables is
// evaluated as a file, and copies of generic functions are declarations.

// funcsInFile reports whether body is evaluated as a file (its package
// variables are declarations) and declares functions, which are not lifted
// then.
func funcsInFile(body []chunk) bool {
	vars, funcs := false, false
	for _, c := range body {
		vars = vars || c.kind == kindDecl && isVarDecl(c)
		funcs = funcs || c.kind == kindDecl && strings.HasPrefix(c.src, "func ")
	}
	return vars && funcs
}

// funcValues calls f for each use in n of a function of pkg's scope that
// is not called.
func funcValues(n ast.Node, info *types.Info, pkg *types.Package, f func(e ast.Expr)) {
	called := map[ast.Expr]bool{}
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.CallExpr:
			fun := ast.Unparen(x.Fun)
			called[fun] = true
			if ix := indexedBase(fun); ix != nil {
				called[ix] = true
			}
		case *ast.IndexExpr, *ast.IndexListExpr:
			if ix := indexedBase(x.(ast.Expr)); ix != nil && !called[x.(ast.Expr)] {
				called[ix] = true
				if pkgFunc(ix, info, pkg) {
					f(x.(ast.Expr))
				}
			}
		case *ast.Ident:
			if !called[x] && pkgFunc(x, info, pkg) {
				f(x)
			}
		}
		return true
	})
}

// pkgFunc reports whether e names a function declared in pkg's scope.
func pkgFunc(e ast.Expr, info *types.Info, pkg *types.Package) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	fn, ok := info.Uses[id].(*types.Func)
	return ok && fn.Pkg() == pkg && fn.Parent() == pkg.Scope()
}

// funcValueConversions converts the cell's uses of its functions as values.
func (c *checked) funcValueConversions() {
	funcValues(c.f, c.info, c.pkg, func(e ast.Expr) {
		t := c.typeOf(e)
		if t == nil || c.chunkAt(e.Pos()) < 0 || c.typeLits[e] { // (a %T operand typeVerbs wrote as a string)
			return
		}
		c.add(e.Pos(), e.Pos(), "("+c.typeString(t)+")(")
		c.add(e.End(), e.End(), ")")
	})
}

// funcValueConversions is the same for generic code n, in its copies.
func (m *mono) funcValueConversions(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	funcValues(n, m.c.info, m.c.pkg, func(e ast.Expr) {
		if s, ok := m.typeExpr(m.c.info.Types[e].Type, env); ok {
			edits = append(edits, posEdit{start: e.Pos(), end: e.Pos(), text: "(" + s + ")("},
				posEdit{start: e.End(), end: e.End(), text: ")"})
		}
	})
	return edits
}
