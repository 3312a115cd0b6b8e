package gointerp

import (
	"go/ast"
	"go/types"
)

// A value held in a session interface passed to a standard library
// function whose parameter is another interface: yaegi passed the value
// inside without its methods, so `fmt.Fprintf(f, ...)` with f a File (an
// interface of the cell's that has Write) panicked ("reflect: Call using
// *struct {...} as type io.Writer"). Passed through a function literal's
// parameter of the standard interface's type, it is wrapped as it should
// be (where the cell can name that type: its package is imported):
//
//	fmt.Fprintf(f, "x")    →    fmt.Fprintf(func(spargo_w io.Writer) io.Writer { return spargo_w }(f), "x")

// sessionIfaceArgs lowers the cell's such arguments.
func (c *checked) sessionIfaceArgs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || c.chunkAt(call.Pos()) < 0 || call.Ellipsis.IsValid() {
			return true
		}
		sig := c.stdSignature(call)
		if sig == nil {
			return true
		}
		for i, a := range call.Args {
			p := paramType(sig, i)
			t := c.typeOf(a)
			if p == nil || t == nil || !types.IsInterface(p) || isEmptyIface(p) || !types.IsInterface(t) ||
				!sessionType(t, c.pkg) || !c.writable(p) {
				continue
			}
			ps := c.typeString(p)
			c.add(a.Pos(), a.Pos(), "func(spargo_w "+ps+") "+ps+" { return spargo_w }(")
			c.add(a.End(), a.End(), ")")
		}
		return true
	})
}
