package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// A range over an integer named by a constant or variable the cell
// declares (`const N = 8` ... `for r := range N`) was not seen as one when
// N's declaration ran in an earlier Eval of the cell than the loop (rewrite
// knows earlier cells' names only), nor over a method's result
// (`range m.Cols()`), and yaegi failed ("nil type"). With
// go/types' knowledge of the whole cell, the operand is converted to its
// type, `range int(N)`, which rewrite's syntactic test then sees.

// rangeNameRE finds cells that may range over a name or a call.
var rangeNameRE = regexp.MustCompile(`\brange\s+[\pL_][\pL\pN_.]*(\s*\{|\()`)

// rangeInts lowers the cell's ranges over named integers as above.
func (c *checked) rangeInts() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || c.chunkAt(r.Pos()) < 0 {
			return true
		}
		switch r.X.(type) {
		case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr:
		default:
			return true
		}
		b, ok := c.typeOf(r.X).(*types.Basic)
		if !ok || b.Info()&types.IsInteger == 0 {
			return true
		}
		name := b.Name()
		if b.Info()&types.IsUntyped != 0 {
			name = "int"
		}
		c.add(r.X.Pos(), r.X.Pos(), name+"(")
		c.add(r.X.End(), r.X.End(), ")")
		return true
	})
}
