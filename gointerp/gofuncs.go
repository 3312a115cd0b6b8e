package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// Functions the standard library runs in a goroutine of its own:
// sync.WaitGroup's Go, time.AfterFunc and context.AfterFunc. A panic in
// one ended the kernel's process, as in a goroutine a `go` statement
// starts (rewrite.go recovers those). A function literal passed to them
// recovers its panics the same way (the cell reports them); another
// function value is called in such a literal:
//
//	wg.Go(func() { work() })    →    wg.Go(func() { defer func() { ... spargo_rt.GoPanic(r) ... }(); work() })
//	wg.Go(work)                 →    wg.Go(func() { defer ...; work() })

// goFuncRE finds cells that may pass a function to one of them.
var goFuncRE = regexp.MustCompile(`\.Go\(|\bAfterFunc\(`)

// goRunners are the functions, by package path and name (a method by its
// receiver's type name and its name), and the index of their function
// argument.
var goRunners = map[string]int{
	"sync.WaitGroup.Go": 0,
	"time.AfterFunc":    1,
	"context.AfterFunc": 1,
}

// goFuncs lowers the cell's functions passed to goRunners.
func (c *checked) goFuncs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || c.chunkAt(call.Pos()) < 0 {
			return true
		}
		i, ok := goRunners[c.runnerName(call)]
		if !ok || i >= len(call.Args) {
			return true
		}
		switch f := call.Args[i].(type) {
		case *ast.FuncLit:
			c.add(f.Body.Lbrace+1, f.Body.Lbrace+1, recoverStmt)
		default:
			if sig, ok := c.typeOf(f).(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 0 && pureOperand(f) {
				// (whole: funcValueConversions' edits of a declared
				// function named here are dropped, the call needs none)
				c.replace(f.Pos(), f.End(), "func() {"+recoverStmt+" "+c.text(f)+"() }")
			}
		}
		return true
	})
}

// runnerName names call's function as goRunners does, or "".
func (c *checked) runnerName(call *ast.CallExpr) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return ""
	}
	sig := fn.Type().(*types.Signature)
	if r := sig.Recv(); r != nil {
		t := r.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := t.(*types.Named); ok {
			return fn.Pkg().Path() + "." + n.Obj().Name() + "." + fn.Name()
		}
		return ""
	}
	return fn.Pkg().Path() + "." + fn.Name()
}
