package gointerp

import (
	"fmt"
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
// type, `range int(N)`, which rewrite's syntactic test then sees. An
// integer of a named type (`for k := range End`, End a Kind) is ranged
// over as its basic type, the key converted back at the body's start.

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
		t := c.typeOf(r.X)
		if t == nil {
			return true
		}
		b, ok := t.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsInteger == 0 {
			return true
		}
		name := b.Name()
		if b.Info()&types.IsUntyped != 0 {
			name = "int"
		}
		if _, basic := t.(*types.Basic); !basic && !c.namedRangeKey(r, t) {
			return true
		}
		c.add(r.X.Pos(), r.X.Pos(), name+"(")
		c.add(r.X.End(), r.X.End(), ")")
		return true
	})
}

// namedRangeKey gives the key of r, a range over an integer of named type
// t (`for k := range End`, End a Kind), t again: the range goes over the
// basic type, into a temporary converted at the body's start. It reports
// false if it cannot.
func (c *checked) namedRangeKey(r *ast.RangeStmt, t types.Type) bool {
	if !c.nameable(t) || isLocalType(t, c.pkg) {
		return false
	}
	key, ok := r.Key.(*ast.Ident)
	if !ok || key.Name == "_" {
		return r.Key == nil || ok
	}
	tmp := fmt.Sprintf("spargo_rk%d", int(r.For)-c.base)
	c.add(key.Pos(), key.End(), tmp)
	c.add(r.Body.Lbrace+1, r.Body.Lbrace+1, fmt.Sprintf(" %s %s %s(%s); _ = %s;", key.Name, r.Tok, c.typeString(t), tmp, key.Name))
	return true
}
