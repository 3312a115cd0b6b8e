package gointerp

import (
	"go/ast"
	"go/types"
)

// Map literal keys in copies of generic code: `{int(0): 0, T(0): 0}` is
// valid in F[T] (T(0) is not a constant there; the later key wins), but
// with T = int the copy has two constant keys int(0), which yaegi rejects
// ("duplicate key 0 in map literal"). A key that mentions a type parameter
// is computed in the copy by a function literal, which is not a constant.

// mapKeys returns the edits that make such keys of generic code n
// non-constant in its copies.
func (m *mono) mapKeys(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	ast.Inspect(n, func(x ast.Node) bool {
		lit, ok := x.(*ast.CompositeLit)
		if !ok {
			return true
		}
		if _, isMap := under(m.c.info.Types[lit].Type).(*types.Map); !isMap {
			return true
		}
		for _, e := range lit.Elts {
			kv, ok := e.(*ast.KeyValueExpr)
			if !ok || !m.mentions(kv.Key, env) {
				continue
			}
			t, ok := m.typeExpr(m.c.info.Types[kv.Key].Type, env)
			if !ok {
				continue
			}
			edits = append(edits, posEdit{start: kv.Key.Pos(), end: kv.Key.Pos(), text: "func() " + t + " { return "},
				posEdit{start: kv.Key.End(), end: kv.Key.End(), text: " }()"})
		}
		return true
	})
	return edits
}
