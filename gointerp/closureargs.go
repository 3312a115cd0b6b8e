package gointerp

import (
	"fmt"
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// A function literal passed in a loop to a standard-library function that
// calls it later (`wg.Go(func() { sum += i })`, `time.AfterFunc(d,
// func() {...})`) ran with the loop's last iteration's variables: yaegi
// wraps a literal given to a native function so that it reads the
// enclosing frame when called, not as it was when the literal was
// written. A literal defined first as a variable keeps its iteration's
// variables, so such a call, when it is a statement and the literal is its
// last argument, defines the literal just before the call, on the same
// lines:
//
//	wg.Go(func() { ... })    →    spargo_fl1 := func() { ... }; wg.Go(spargo_fl1)

// closureArgRE and forRE find cells that may pass a function literal in
// a loop.
var (
	closureArgRE = regexp.MustCompile(`[(,]\s*func\s*\(`)
	forRE        = regexp.MustCompile(`\bfor\b`)
)

// closureArgs lowers the cell's calls as above.
func (c *checked) closureArgs() {
	n := 0
	c.closureArgSites(c.f, func(call *ast.CallExpr, lit *ast.FuncLit) {
		if c.chunkAt(call.Pos()) < 0 {
			return
		}
		head := c.src[int(call.Pos())-c.base : int(lit.Pos())-c.base]
		n++
		name := fmt.Sprintf("spargo_fl%d", n)
		c.add(call.Pos(), lit.Pos(), name+" := ")
		c.add(lit.End(), call.End(), "; "+head+name+")")
	})
}

// closureArgs is the same for generic code n, in its copies: a call whose
// head (`wg.Go(`) names no type parameter.
func (m *mono) closureArgs(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	i := 0
	m.c.closureArgSites(n, func(call *ast.CallExpr, lit *ast.FuncLit) {
		for _, e := range append([]ast.Expr{call.Fun}, call.Args[:len(call.Args)-1]...) {
			if len(m.refs(e, env)) > 0 {
				return
			}
		}
		head := m.c.src[int(call.Pos())-m.c.base : int(lit.Pos())-m.c.base]
		i++
		name := fmt.Sprintf("spargo_fl%d", i)
		edits = append(edits, posEdit{call.Pos(), lit.Pos(), name + " := ", false},
			posEdit{lit.End(), call.End(), "; " + head + name + ")", false})
	})
	return edits
}

// closureArgSites calls f for each call statement in n, on one line up to
// its last argument, of a standard function whose last argument is a
// function literal that reads a variable of a loop around it.
func (c *checked) closureArgSites(n ast.Node, f func(*ast.CallExpr, *ast.FuncLit)) {
	ast.PreorderStack(n, nil, func(node ast.Node, stack []ast.Node) bool {
		es, ok := node.(*ast.ExprStmt)
		if !ok || len(stack) == 0 {
			return true
		}
		switch stack[len(stack)-1].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true
		}
		call, ok := es.X.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || call.Ellipsis.IsValid() || !c.nativeCallee(call) {
			return true
		}
		lit, ok := call.Args[len(call.Args)-1].(*ast.FuncLit)
		loop := outerLoop(stack)
		if !ok || loop == nil || !c.capturesLoopVar(lit, loop) {
			return true
		}
		if !strings.Contains(c.src[int(call.Pos())-c.base:int(lit.Pos())-c.base], "\n") {
			f(call, lit)
		}
		return true
	})
}

// nativeCallee reports whether call calls a function or method of another
// package than the cell's (the standard library's).
func (c *checked) nativeCallee(call *ast.CallExpr) bool { return c.stdSignature(call) != nil }

// capturesLoopVar reports whether lit reads a variable that loop declares
// (outside lit).
func (c *checked) capturesLoopVar(lit *ast.FuncLit, loop ast.Node) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			v, ok := c.info.Uses[id].(*types.Var)
			found = found || ok && !v.IsField() && v.Pos() >= loop.Pos() && v.Pos() < loop.End() &&
				(v.Pos() < lit.Pos() || v.Pos() >= lit.End())
		}
		return !found
	})
	return found
}
