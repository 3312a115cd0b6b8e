package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// new(expr), Go 1.26: a pointer to a new variable holding expr's value.
// yaegi knows only new(T), so `new(` with a value becomes a function
// literal taking the value: `new(x)` runs as
// `func(spargo_v T) *T { return &spargo_v }(x)`, T being expr's type as
// go/types finds it (int for new(123), bool for new(i > 0)).

// newExprs lowers the cell's new(expr) calls.
func (c *checked) newExprs() {
	c.newExprSites(c.f, func(call *ast.CallExpr, t types.Type) {
		if c.nameable(t) {
			ts := c.typeString(t)
			c.add(call.Fun.Pos(), call.Lparen+1, "func(spargo_v "+ts+") *"+ts+" { return &spargo_v }(")
		}
	})
}

// newExprs is the same for a copy of generic code n, its type
// parameters written as env gives (`*dst = new(f.val)` in a generic
// function had stayed new(f.val), which yaegi took for a new T).
func (m *mono) newExprs(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	m.c.newExprSites(n, func(call *ast.CallExpr, t types.Type) {
		if ts, ok := m.typeExpr(t, env); ok {
			edits = append(edits, posEdit{call.Fun.Pos(), call.Lparen + 1, "func(spargo_v " + ts + ") *" + ts + " { return &spargo_v }(", false})
		}
	})
	return edits
}

// newExprSites calls f with each call of new with a value in n, and the
// value's type.
func (c *checked) newExprSites(n ast.Node, f func(call *ast.CallExpr, t types.Type)) {
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		id, ok := call.Fun.(*ast.Ident)
		if !ok || !usesBuiltin(c.info.Uses[id], "new") {
			return true
		}
		tv, ok := c.info.Types[call.Args[0]]
		if !ok || tv.IsType() || tv.Type == nil {
			return true
		}
		t := tv.Type
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			t = types.Default(t)
		}
		f(call, t)
		return true
	})
}

// newExprRE finds calls of new; newTypeRE, those whose argument is
// plainly a type (checked without go/types).
var (
	newExprRE = regexp.MustCompile(`\bnew\(([^()]*)\)`)
	newTypeRE = regexp.MustCompile(`^\s*(\*|\[|map\[|chan\b|func\b|struct\b|interface\b|([\pL_]\w*\.)?\p{Lu}\w*\s*$|` +
		`(bool|string|int|int8|int16|int32|int64|uint|uint8|uint16|uint32|uint64|uintptr|byte|rune|float32|float64|complex64|complex128|error|any)\s*$)`)
)

// mayNewExpr reports whether src may call new with a value.
func mayNewExpr(src string) bool {
	if !strings.Contains(src, "new(") {
		return false
	}
	for _, m := range newExprRE.FindAllStringSubmatch(src, -1) {
		if !newTypeRE.MatchString(m[1]) {
			return true
		}
	}
	return false
}
