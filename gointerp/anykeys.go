package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// Keys of maps whose key type is the empty interface. yaegi holds a value
// of a cell's type with methods (every named basic type has one,
// namemethod.go) in its valueInterface when it converts it to an any, and
// each such holder is a key of its own: `map[any]int{Kelvin(1): 1}` stored
// a holder that `m[Kelvin(1)]` and `m[k]` (k an any) then missed. yaegi
// converts the key of an index expression of a concrete type to the plain
// value, so each key goes through spargo_rt.Key, which does the same for
// a held one:
//
//	m := map[any]int{Kelvin(1): 1}    →    m := map[any]int{spargo_rt.Key(Kelvin(1)): 1}
//	m[k]++                            →    m[spargo_rt.Key(k)]++
//
// The keys are then plain values: ranging over the map gives a Kelvin as
// a float64, and Kelvin(1) and 1.0 are one key.

// anyMapRE finds cells that may use a map keyed by the empty interface.
var anyMapRE = regexp.MustCompile(`map\[\s*(any|interface\s*\{\s*\})\s*\]`)

// anyKeys lowers the keys of the cell's maps keyed by the empty interface.
func (c *checked) anyKeys() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.IndexExpr:
			if c.anyKeyed(x.X) {
				c.wrapKey(x.Index)
			}
		case *ast.CompositeLit:
			if c.anyKeyed(x) {
				for _, e := range x.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						c.wrapKey(kv.Key)
					}
				}
			}
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && len(x.Args) == 2 && usesBuiltin(c.info.Uses[id], "delete") && c.anyKeyed(x.Args[0]) {
				c.wrapKey(x.Args[1])
			}
		}
		return true
	})
}

// anyKeyed reports whether e is a map keyed by the empty interface.
func (c *checked) anyKeyed(e ast.Expr) bool {
	t := c.info.Types[e].Type
	if t == nil {
		return false
	}
	m, ok := t.Underlying().(*types.Map)
	return ok && isEmptyIface(m.Key())
}

// wrapKey passes key through spargo_rt.Key when it may hold a value of a
// cell's type.
func (c *checked) wrapKey(key ast.Expr) {
	t := c.info.Types[key].Type
	if t == nil || c.chunkAt(key.Pos()) < 0 || !(types.IsInterface(t) || sessionType(t, c.pkg)) {
		return
	}
	c.add(key.Pos(), key.Pos(), rtName+".Key(")
	c.add(key.End(), key.End(), ")")
}
