package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// Defer in the body of a range over a function. The body becomes a closure
// (rangefunc.go), so a defer there would run at the end of each iteration;
// Go runs it when the enclosing function returns. A function with such a
// defer keeps its deferred calls on a stack of its own, run in reverse by
// one deferred call made at its start; every defer of the function (outside
// function literals) pushes its call on the stack, so their order is Go's:
//
//	func f() {                      func f() { var spargo_ds7 []func(); defer func() { ... run spargo_ds7 backwards ... }();
//	    defer save(-1)                  spargo_ds7 = append(spargo_ds7, func() func() { return func() { save(-1) } }())
//	    for i := range seq {            for i := range seq {
//	        defer save(i)                   spargo_ds7 = append(spargo_ds7, func() func() { return func() { save(i) } }())
//
// deferArgs has already bound the calls' arguments to variables defined
// before each defer, which is what Go evaluates at the defer statement.
// Each call is made in a literal that another, called in place, returns:
// yaegi runs a function's deferred calls holding its frame's lock, and a
// literal made in that frame hung when called then. A
// function whose deferred calls may call recover is left alone: recover
// works only in a function the defer itself calls.

// deferStacks lowers the defers of the cell's functions that defer in the
// body of a range over a function, and records those ranges in c.stacked.
func (c *checked) deferStacks() {
	c.stacked = map[*ast.RangeStmt]bool{}
	isFuncRange := func(r *ast.RangeStmt) bool { return yieldParams(c.info.Types[r.X].Type) != nil }
	ast.Inspect(c.f, func(n ast.Node) bool {
		var body *ast.BlockStmt
		switch x := n.(type) {
		case *ast.FuncDecl:
			if !isCellBlock(x) && c.chunkAt(x.Pos()) >= 0 {
				body = x.Body
			}
		case *ast.FuncLit:
			body = x.Body
		}
		if body == nil {
			return true
		}
		defers, ranges := funcDefers(body, isFuncRange)
		inRange := false
		for _, d := range defers {
			for _, r := range ranges {
				inRange = inRange || d.Pos() > r.Body.Pos() && d.End() < r.Body.End()
			}
		}
		if inRange && !c.mayRecover(defers) {
			c.stackDefers(body, defers)
			for _, r := range ranges {
				c.stacked[r] = true
			}
		}
		return true
	})
}

// funcDefers lists the defer statements and the ranges over functions of a
// function's body, outside the function literals in it.
func funcDefers(body *ast.BlockStmt, isFuncRange func(*ast.RangeStmt) bool) (defers []*ast.DeferStmt, ranges []*ast.RangeStmt) {
	outsideLits(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.DeferStmt:
			defers = append(defers, x)
		case *ast.RangeStmt:
			if isFuncRange(x) {
				ranges = append(ranges, x)
			}
		}
		return false
	})
	return defers, ranges
}

// mayRecover reports whether a deferred call may call recover: a literal
// that calls it, or a function declared in the file that does.
func (c *checked) mayRecover(defers []*ast.DeferStmt) bool {
	var decls map[types.Object]*ast.FuncDecl
	for _, d := range defers {
		var body ast.Node = d.Call.Fun
		if id, ok := ast.Unparen(d.Call.Fun).(*ast.Ident); ok {
			if decls == nil {
				decls = map[types.Object]*ast.FuncDecl{}
				for _, decl := range c.f.Decls {
					if fd, ok := decl.(*ast.FuncDecl); ok {
						decls[c.info.Defs[fd.Name]] = fd
					}
				}
			}
			if fd := decls[c.info.Uses[id]]; fd != nil {
				body = fd.Body
			}
		}
		if callsRecover(body, c.info) {
			return true
		}
	}
	return false
}

// callsRecover reports whether n calls the builtin recover.
func callsRecover(n ast.Node, info *types.Info) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if call, ok := m.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && usesBuiltin(info.Uses[id], "recover") {
				found = true
			}
		}
		return !found
	})
	return found
}

// stackDefers records the edits that give body a stack of deferred calls
// and make its defers push on it.
func (c *checked) stackDefers(body *ast.BlockStmt, defers []*ast.DeferStmt) {
	ds := fmt.Sprintf("spargo_ds%d", int(body.Lbrace)-c.base)
	c.add(body.Lbrace+1, body.Lbrace+1, " var "+ds+" []func(); defer func() { for i := len("+ds+") - 1; i >= 0; i-- { "+ds+"[i]() } }();")
	for _, d := range defers {
		c.add(d.Pos(), d.Pos()+token.Pos(len("defer")), ds+" = append("+ds+", func() func() { return func() {")
		c.add(d.End(), d.End(), " } }())")
	}
}
