package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strconv"
)

// len and cap of a pointer to an array in copies of generic code:
// `len(t)` with t of a type parameter whose argument is *[16]byte. Go
// gives the array's length without reading the pointer (a constant once
// the type is known); yaegi reads it, and panicked ("reflect: call of
// reflect.Value.Len on zero Value") for a nil pointer. The copy writes
// the length.

// arrayLens returns the edits that write such calls of generic code n as
// their constant in its copies.
func (m *mono) arrayLens(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	ast.Inspect(n, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok || !lenOrCap(call, m.c.info) {
			return true
		}
		t := m.c.info.Types[call.Args[0]].Type
		if t == nil || !isTypeParam(t) {
			return true
		}
		text, ok := m.typeExpr(t, env)
		if !ok {
			return true
		}
		if arr, ok := arrayPointer(m.caseType(t, text)); ok {
			edits = append(edits, posEdit{start: call.Pos(), end: call.End(), text: "int(" + strconv.FormatInt(arr.Len(), 10) + ")", outer: true})
		}
		return true
	})
	return edits
}

// lenOrCap reports whether call is a call of the builtin len or cap.
func lenOrCap(call *ast.CallExpr, info *types.Info) bool {
	id, ok := call.Fun.(*ast.Ident)
	return ok && len(call.Args) == 1 && (usesBuiltin(info.Uses[id], "len") || usesBuiltin(info.Uses[id], "cap"))
}

// arrayPointer is the array t points to, if t is a pointer to an array.
func arrayPointer(t types.Type) (*types.Array, bool) {
	if t == nil {
		return nil, false
	}
	p, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil, false
	}
	arr, ok := p.Elem().Underlying().(*types.Array)
	return arr, ok
}

// addrOfArrayElemRE finds cells that may take the address of an element
// through a pointer to an array (`&p[i]`).
var addrOfArrayElemRE = regexp.MustCompile(`&\s*\(?\s*[\pL_][\w.]*\)?\[`)

// arrayElemAddrs writes `&p[i]`, p a pointer to an array, as `&(*p)[i]`:
// yaegi's address of the element through the implicit dereference failed
// to compile ("cannot take address of int").
func (c *checked) arrayElemAddrs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		u, ok := n.(*ast.UnaryExpr)
		if !ok || u.Op != token.AND || c.chunkAt(u.Pos()) < 0 {
			return true
		}
		ix, ok := ast.Unparen(u.X).(*ast.IndexExpr)
		if !ok {
			return true
		}
		if _, ok := arrayPointer(c.typeOf(ix.X)); ok {
			c.add(ix.X.Pos(), ix.X.Pos(), "(*")
			c.add(ix.X.End(), ix.X.End(), ")")
		}
		return true
	})
}

// ptrArrayRE finds cells that name a pointer to an array type (*[10]int).
var ptrArrayRE = regexp.MustCompile(`\*\[[^\]\n]+\]`)

// arrayPointerLens writes the cell's len and cap of pointers to arrays
// (and ranges over their indices, indexRange):
// Go gives the array's length without reading the pointer, yaegi read it
// and panicked for nil ("reflect: call of reflect.Value.Len on zero
// Value"). A constant one (len(p), p a variable) is written by constExprs;
// one whose operand has a call or a receive (len(f())) still evaluates
// it, passing it to a function literal that returns the length.
func (c *checked) arrayPointerLens() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		if r, ok := n.(*ast.RangeStmt); ok {
			c.indexRange(r)
			return true
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || !lenOrCap(call, c.info) || c.chunkAt(call.Pos()) < 0 || c.info.Types[call].Value != nil {
			return true
		}
		t := c.typeOf(call.Args[0])
		if arr, ok := arrayPointer(t); ok && c.nameable(t) {
			c.add(call.Fun.Pos(), call.Lparen+1, "func("+c.typeString(t)+") int { return "+strconv.FormatInt(arr.Len(), 10)+" }(")
		}
		return true
	})
}

// indexRange writes `for i := range p`, p a name of a pointer to an array
// and no value taken, as a range over the array's length: Go does not
// read the pointer then (it may be nil), yaegi did.
func (c *checked) indexRange(r *ast.RangeStmt) {
	if r.Value != nil && !isBlank(r.Value) || !isName(r.X) || c.chunkAt(r.Pos()) < 0 {
		return
	}
	if arr, ok := arrayPointer(c.typeOf(r.X)); ok {
		c.add(r.X.Pos(), r.X.End(), "("+strconv.FormatInt(arr.Len(), 10)+")")
	}
}
