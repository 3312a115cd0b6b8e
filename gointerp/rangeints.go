package gointerp

import (
	"fmt"
	"go/ast"
	"go/types"
	"regexp"
	"strconv"
)

// A range over an integer named by a constant or variable the cell
// declares (`const N = 8` ... `for r := range N`) was not seen as one when
// N's declaration ran in an earlier Eval of the cell than the loop (rewrite
// knows earlier cells' names only), nor over a method's result
// (`range m.Cols()`) or a map's element (`range units[c]`), and yaegi
// failed ("nil type"). With
// go/types' knowledge of the whole cell, the operand is converted to its
// type, `range int(N)`, which rewrite's syntactic test then sees. An
// integer of a named type (`for k := range End`, End a Kind) is ranged
// over as its basic type, the key converted back at the body's start.

// rangeNameRE finds cells that may range over a name or a call.
// (or over arithmetic on one: `for j := range n + 1`, n a field's value,
// which rewrite's syntactic test did not see either).
var rangeNameRE = regexp.MustCompile(`\brange\s+(\*|\(\s*)?[\pL_][\pL\pN_.]*(\s*\{|\(|\[|\s*[-+*/%&|^<>])`)

// rangeInts lowers the cell's ranges over named integers as above.
func (c *checked) rangeInts() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || c.chunkAt(r.Pos()) < 0 {
			return true
		}
		switch r.X.(type) {
		case *ast.Ident, *ast.SelectorExpr, *ast.CallExpr, *ast.IndexExpr, *ast.StarExpr, *ast.ParenExpr, *ast.BinaryExpr, *ast.UnaryExpr:
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

// arrayPointerRanges lowers a range with a value over a pointer to an
// array (`for sq, p := range b`, b a *Board with `type Board [64]byte`):
// yaegi panicked ("reflect: call of reflect.Value.Int on array Value").
// The range goes over the indexes, and the value is read through the
// pointer at the body's start, as Go reads it each iteration:
//
//	for sq, p := range b {    →    for sq := range 64 { p := b[sq];
func (c *checked) arrayPointerRanges() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		r, ok := n.(*ast.RangeStmt)
		if !ok || r.Value == nil || c.chunkAt(r.Pos()) < 0 || !isName(r.X) {
			return true
		}
		p, ok := under(c.typeOf(r.X)).(*types.Pointer)
		if !ok {
			return true
		}
		arr, isArray := p.Elem().Underlying().(*types.Array)
		if !isArray {
			return true
		}
		key := c.text(r.Key)
		if key == "_" {
			key = fmt.Sprintf("spargo_ak%d", int(r.For)-c.base)
			c.add(r.Key.Pos(), r.Key.End(), key)
		}
		c.add(r.Key.End(), r.Value.End(), "")
		x := c.text(r.X)
		c.add(r.X.Pos(), r.X.End(), strconv.FormatInt(arr.Len(), 10)) // (yaegi's key-only range over the pointer failed too)
		if v := c.text(r.Value); v != "_" {
			c.add(r.Body.Lbrace+1, r.Body.Lbrace+1, fmt.Sprintf(" %s %s %s[%s];", v, r.Tok, x, key))
		}
		return true
	})
}
