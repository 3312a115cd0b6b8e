package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
)

// A struct literal assigned, in a function literal, to a variable of an
// enclosing function (`cur = Batch{}` in a batcher's flush closure): yaegi
// built the literal in the closure's own slot of the variable, and the
// enclosing function kept the old value (the batcher filled its first
// batch forever). Parenthesised, the literal is built first and then
// assigned, as any other value:
//
//	cur = Batch{}    →    cur = (Batch{})

// litAssignRE and funcLitRE find cells that may assign a composite literal
// and write a function literal.
var (
	litAssignRE = regexp.MustCompile(`[^=!<>:]=\s*[\pL_][\pL\pN_.]*(\[[^\]]*\])?\s*\{`)
	funcLitRE   = regexp.MustCompile(`\bfunc\s*\(`)
)

// capturedLiterals lowers the cell's such assignments.
func (c *checked) capturedLiterals() {
	c.capturedLiteralSites(c.f, func(cl *ast.CompositeLit) {
		if c.chunkAt(cl.Pos()) >= 0 {
			c.add(cl.Pos(), cl.Pos(), "(")
			c.add(cl.End(), cl.End(), ")")
		}
	})
}

// capturedLiterals is the same for generic code n, in its copies.
func (m *mono) capturedLiterals(n ast.Node) []posEdit {
	var edits []posEdit
	m.c.capturedLiteralSites(n, func(cl *ast.CompositeLit) {
		edits = append(edits, posEdit{cl.Pos(), cl.Pos(), "(", false}, posEdit{cl.End(), cl.End(), ")", false})
	})
	return edits
}

// capturedLiteralSites calls f with each struct literal in n assigned in a
// function literal to a variable of an enclosing function.
func (c *checked) capturedLiteralSites(n ast.Node, f func(*ast.CompositeLit)) {
	ast.PreorderStack(n, nil, func(n ast.Node, stack []ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return true
		}
		lit := innermostFuncLit(stack)
		if lit == nil {
			return true
		}
		for i, r := range as.Rhs {
			cl, ok := r.(*ast.CompositeLit)
			if !ok || !isStruct(c.typeOf(cl)) {
				continue
			}
			id, ok := as.Lhs[i].(*ast.Ident)
			if !ok {
				continue
			}
			v, ok := c.info.Uses[id].(*types.Var)
			if ok && v.Parent() != c.pkg.Scope() && (v.Pos() < lit.Pos() || v.Pos() >= lit.End()) {
				f(cl)
			}
		}
		return true
	})
}

// innermostFuncLit is the function literal nearest the end of stack, if
// no function declaration is nearer.
func innermostFuncLit(stack []ast.Node) *ast.FuncLit {
	for i := len(stack) - 1; i >= 0; i-- {
		switch f := stack[i].(type) {
		case *ast.FuncLit:
			return f
		case *ast.FuncDecl:
			return nil
		}
	}
	return nil
}

// isStruct reports whether t's underlying type is a struct.
func isStruct(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Struct)
	return ok
}
