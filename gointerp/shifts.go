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
	ast.Inspect(c.f, func(n ast.Node) bool {
		x, ok := n.(*ast.BinaryExpr)
		if !ok || (x.Op != token.SHL && x.Op != token.SHR) || c.chunkAt(x.Pos()) < 0 {
			return true
		}
		whole, left := c.info.Types[x], c.info.Types[x.X]
		if whole.Value != nil || left.Value == nil {
			return true
		}
		t, ok := left.Type.Underlying().(*types.Basic)
		if !ok || !c.nameable(left.Type) {
			return true
		}
		name := c.typeString(left.Type)
		if t.Info()&types.IsUntyped != 0 {
			// Only a shift count stays untyped (go.dev/issue/47410); the
			// compiler makes it a uint.
			name = "uint"
		}
		c.add(x.X.Pos(), x.X.Pos(), name+"(")
		c.add(x.X.End(), x.X.End(), ")")
		return true
	})
}
