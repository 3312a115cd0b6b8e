package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
)

// A shift whose count is not constant and whose left operand is an untyped
// constant takes its type from the context, as if the shift were its left
// operand alone: in `val | 1<<pos` with val a uint64, 1 is a uint64. yaegi
// makes it an int, then stores the int in a uint64 ("reflect: call of
// reflect.Value.SetUint on int Value"), or, as a shift count
// (`x << (1<<n)`), reads it as a uint. Bit masks are written this way
// every day, so such a constant gets the type go/types gave it:
// `uint64(1)<<pos`; in a shift count, go/types leaves it untyped and it
// becomes a uint.

// untypedShiftRE finds cells that may shift a literal by a non-literal.
var untypedShiftRE = regexp.MustCompile(`(^|[^\w.])(\d[\w.]*|'[^']+')\s*(<<|>>)\s*[^\s\d]`)

// untypedShifts writes the type of each untyped constant shifted by a
// non-constant count.
func (c *checked) untypedShifts() {
	c.untypedShiftSites(c.f, func(x *ast.BinaryExpr, t types.Type) {
		if c.chunkAt(x.Pos()) < 0 || !c.nameable(t) {
			return
		}
		c.add(x.X.Pos(), x.X.Pos(), c.shiftTypeName(t)+"(")
		c.add(x.X.End(), x.X.End(), ")")
	})
}

// untypedShifts is the same for a copy of generic code n (a Bloom[T]'s
// `f.bits[p/64] |= 1 << (p % 64)`), its type parameters written as env
// gives.
func (m *mono) untypedShifts(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	m.c.untypedShiftSites(n, func(x *ast.BinaryExpr, t types.Type) {
		name := "uint"
		if b, ok := t.Underlying().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
			var ok bool
			if name, ok = m.typeExpr(t, env); !ok {
				return
			}
		}
		edits = append(edits, posEdit{x.X.Pos(), x.X.Pos(), name + "(", false}, posEdit{x.X.End(), x.X.End(), ")", false})
	})
	return edits
}

// shiftTypeName writes t, an untyped constant's type in a shift: a shift
// count stays untyped (go.dev/issue/47410), and the compiler makes it a
// uint.
func (c *checked) shiftTypeName(t types.Type) string {
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		return "uint"
	}
	return c.typeString(t)
}

// untypedShiftSites calls f with each shift in n of an untyped constant
// by a non-constant count, and the type go/types gave the constant (n
// may be an earlier cell's generic code, whose copies a cell writes).
func (c *checked) untypedShiftSites(n ast.Node, f func(x *ast.BinaryExpr, t types.Type)) {
	ast.Inspect(n, func(n ast.Node) bool {
		x, ok := n.(*ast.BinaryExpr)
		if !ok || (x.Op != token.SHL && x.Op != token.SHR) {
			return true
		}
		whole, left := c.info.Types[x], c.info.Types[x.X]
		if whole.Value != nil || left.Value == nil {
			return true
		}
		if _, ok := left.Type.Underlying().(*types.Basic); !ok {
			return true
		}
		f(x, left.Type)
		return true
	})
}
