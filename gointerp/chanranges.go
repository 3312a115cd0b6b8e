package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
)

// A range with a value over a slice or array of channels (`for _, c :=
// range chans` with chans a []<-chan string, as a fan-in writes) panicked
// in yaegi: "reflect: call of reflect.Value.Len on int Value". A range
// over the keys works, so the value is read by index at the start of the
// body, when the ranged expression can be read again without effects (a
// name, a field, an element `subs[kind]`):
//
//	for _, c := range chans {    →    for spargo_ck1 := range chans { c := chans[spargo_ck1];

// chanRangeRE finds cells that may range over channels in a slice.
var chanRangeRE = regexp.MustCompile(`\bchan\b`)

// chanSliceRanges lowers the cell's ranges as above.
func (c *checked) chanSliceRanges() {
	c.chanRanges(c.f, func(start, end token.Pos, text string) {
		if c.chunkAt(start) >= 0 {
			c.add(start, end, text)
		}
	})
}

// chanRanges lowers the ranges in copies of generic function fd (a
// fan-in over `chans ...<-chan T`).
func (m *mono) chanRanges(fd *ast.FuncDecl) []posEdit {
	var edits []posEdit
	m.c.chanRanges(fd.Body, func(start, end token.Pos, text string) {
		edits = append(edits, posEdit{start: start, end: end, text: text})
	})
	return edits
}

// chanRanges calls edit with the edits that lower the ranges in n.
func (c *checked) chanRanges(n ast.Node, edit func(start, end token.Pos, text string)) {
	ast.Inspect(n, func(node ast.Node) bool {
		r, ok := node.(*ast.RangeStmt)
		if !ok || r.Value == nil || r.Tok == token.ILLEGAL || !c.chanElems(r.X) {
			return true
		}
		if !rereadable(r.X) {
			return true
		}
		key := identName(r.Key)
		if key == "" {
			key = fmt.Sprintf("spargo_ck%d", int(r.For)-c.base)
		}
		x := c.text(r.X)
		value := c.text(r.Value)
		edit(r.Key.Pos(), r.X.Pos(), key+" "+r.Tok.String()+" range ")
		edit(r.Body.Lbrace+1, r.Body.Lbrace+1, " "+value+" "+r.Tok.String()+" "+x+"["+key+"];")
		return true
	})
}

// chanElems reports whether e is a slice or array of channels, or a
// pointer to such an array.
func (c *checked) chanElems(e ast.Expr) bool {
	t := c.typeOf(e)
	if t == nil {
		return false
	}
	t = t.Underlying()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem().Underlying()
	}
	var elem types.Type
	switch t := t.(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	default:
		return false
	}
	_, ok := elem.Underlying().(*types.Chan)
	return ok
}

// rereadable reports whether e reads variables only: names, fields, and
// elements at such indexes or constants, so that reading it again has no
// effect (it may see changes the loop makes to a map it indexes).
func rereadable(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		return rereadable(x.X)
	case *ast.IndexExpr:
		return rereadable(x.X) && rereadable(x.Index)
	}
	return false
}
