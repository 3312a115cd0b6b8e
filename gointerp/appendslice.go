package gointerp

import (
	"go/ast"
	"go/types"
)

// An element appended to a slice whose element type is an interface,
// when the element is itself a slice of the same underlying type
// (`type All []Constraint`, `type Any []Constraint`, and `anyOf =
// append(anyOf, allOf)`): yaegi spread the element's items into the
// slice, as if the call were `append(anyOf, allOf...)` (a semver range
// parser lost its groups). Converted to the element type, it is appended
// as one:
//
//	append(anyOf, allOf)    →    append(anyOf, Constraint(allOf))

// appendedSlices lowers the cell's such appends.
func (c *checked) appendedSlices() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || c.chunkAt(call.Pos()) < 0 || !c.isAppend(call) {
			return true
		}
		s := c.typeOf(call.Args[0])
		st, ok := under(s).(*types.Slice)
		if !ok || !types.IsInterface(st.Elem()) || !c.nameable(st.Elem()) || isLocalType(st.Elem(), c.pkg) {
			return true
		}
		for _, a := range call.Args[1:] {
			if t := c.typeOf(a); t != nil && !types.IsInterface(t) && types.Identical(under(t), under(s)) {
				c.add(a.Pos(), a.Pos(), c.typeString(st.Elem())+"(")
				c.add(a.End(), a.End(), ")")
			}
		}
		return true
	})
}
