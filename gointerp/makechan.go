package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// Directional channel types (receive-only or send-only), which yaegi
// handles in two places unlike Go:
//   - make of such a type. Go allows it (a named `type Recv <-chan int`
//     gets made); yaegi calls reflect.MakeChan, which panics on a
//     directional type. So the cell makes a bidirectional channel and
//     converts it: `make(Recv, n)` runs as `Recv(make(chan int, n))`
//     (written as an assignment, see assignTo).
//   - comparison of a bidirectional channel with a directional one, which
//     Go allows and yaegi rejects ("mismatched types chan int and <-chan
//     int"): the bidirectional side is converted to the other's type.

// dirChanRE finds directional channel types in source.
var dirChanRE = regexp.MustCompile(`<-\s*chan\b|\bchan\s*<-`)

// mayUseDirChan reports whether src may make or compare a directional
// channel, with the session declaring such types or not (sessionHas).
func mayUseDirChan(src string, sessionHas bool) bool {
	if dirChanRE.MatchString(src) {
		return true
	}
	return sessionHas && (strings.Contains(src, "make(") || strings.Contains(src, "==") || strings.Contains(src, "!="))
}

// chanComparisons lowers the cell's comparisons of channels of different
// directions.
func (c *checked) chanComparisons() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || !isEquality(b) || c.chunkAt(b.Pos()) < 0 {
			return true
		}
		x, y := c.info.Types[b.X].Type, c.info.Types[b.Y].Type
		if x == nil || y == nil {
			return true
		}
		cx, okx := x.Underlying().(*types.Chan)
		cy, oky := y.Underlying().(*types.Chan)
		if !okx || !oky || cx.Dir() == cy.Dir() {
			return true
		}
		conv := func(e ast.Expr, to types.Type) {
			if c.nameable(to) {
				c.add(e.Pos(), e.Pos(), c.assignTo(to))
				c.add(e.End(), e.End(), ")")
			}
		}
		switch {
		case cx.Dir() == types.SendRecv:
			conv(b.X, y)
		case cy.Dir() == types.SendRecv:
			conv(b.Y, x)
		}
		return true
	})
}

// directionalMakes lowers the cell's makes of directional channel types.
func (c *checked) directionalMakes() {
	c.makes(func(call *ast.CallExpr, t types.Type) {
		ch, ok := t.Underlying().(*types.Chan)
		if !ok || ch.Dir() == types.SendRecv || !c.nameable(t) || !c.nameable(ch.Elem()) {
			return
		}
		c.add(call.Pos(), call.Pos(), c.assignTo(t))
		c.add(call.Args[0].Pos(), call.Args[0].End(), "chan "+c.typeString(ch.Elem()))
		c.add(call.End(), call.End(), ")")
	})
}

// makes calls f with each call of the builtin make in the cell and the
// type it makes.
func (c *checked) makes(f func(call *ast.CallExpr, t types.Type)) {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || c.chunkAt(call.Pos()) < 0 {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); !ok || !usesBuiltin(c.info.Uses[id], "make") {
			return true
		}
		if t := c.info.Types[call.Args[0]].Type; t != nil {
			f(call, t)
		}
		return true
	})
}

// assignTo opens a call that converts its argument to t by assignment:
// yaegi evaluates a conversion `(T)(x)` or `T(x)` of a channel wrongly
// in an operand of && ("reflect: call of reflect.Value.Bool on chan
// Value"), a function literal's parameter it gets right.
func (c *checked) assignTo(t types.Type) string { return identityCall(c.typeString(t)) }

// usesBuiltin reports whether obj is the builtin function name.
func usesBuiltin(obj types.Object, name string) bool {
	b, ok := obj.(*types.Builtin)
	return ok && b.Name() == name
}
