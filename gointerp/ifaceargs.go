package gointerp

import (
	"go/ast"
	"go/types"
)

// A value held in a session interface (or of a session type with a String
// or Error method: stringerToOther) passed to a standard library
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
			if p == nil || t == nil || !types.IsInterface(p) || isEmptyIface(p) || !sessionType(t, c.pkg) {
				continue
			}
			if !types.IsInterface(t) && !c.stringerToOther(t, p) {
				continue
			}
			ps := c.typeString(p)
			if !c.writable(p) {
				// (io.Writer in a cell that does not import io: the
				// prelude's import)
				n, ok := types.Unalias(p).(*types.Named)
				if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "io" {
					continue
				}
				ps = "spargo_io." + n.Obj().Name()
			}
			c.add(a.Pos(), a.Pos(), "func(spargo_w "+ps+") "+ps+" { return spargo_w }(")
			c.add(a.End(), a.End(), ")")
		}
		return true
	})
}

// stringerToOther reports whether t, a session type, has a String or
// Error method and p is another standard interface: yaegi wrapped such a
// value in the first standard interface it implements, so a
// `struct{ strings.Builder }` passed to fmt.Fprintf was a fmt.Stringer
// ("reflect: Call using stdlib._fmt_Stringer as type io.Writer").
func (c *checked) stringerToOther(t, p types.Type) bool {
	if isErrorType(p) || types.Identical(p.Underlying(), stringerIface) {
		return false
	}
	for _, name := range []string{"String", "Error"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				return true
			}
		}
	}
	return false
}

// stringerIface is fmt.Stringer's underlying interface.
var stringerIface = oneMethodIface("String", nil, types.NewTuple(types.NewVar(0, nil, "", types.Typ[types.String])))
