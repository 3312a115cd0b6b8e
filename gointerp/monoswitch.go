package gointerp

import (
	"go/ast"
	"go/types"
	"strings"
)

// Type assertions and switches in copies of generic code. With the type
// arguments written in, `b.(B)` can become an impossible assertion
// (`b.(S)` with b of an interface type S does not implement) and a type
// switch can get duplicate cases (`case T:` and `case int:` with T = int).
// Go accepts both in generic code, where the first matching case wins; the
// copies assert on any(b) and drop the later duplicates.

// assertions returns the edits that make n's type assertions and switches
// on type parameters valid in a copy.
func (m *mono) assertions(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	wrap := func(x ast.Expr) {
		edits = append(edits, posEdit{start: x.Pos(), end: x.Pos(), text: "any("},
			posEdit{start: x.End(), end: x.End(), text: ")"})
	}
	commaOks := commaOkValues(n)
	add := func(e posEdit) { edits = append(edits, e) }
	ast.Inspect(n, func(x ast.Node) bool {
		switch s := x.(type) {
		case *ast.TypeAssertExpr:
			if s.Type != nil && m.mentions(s.Type, env) && !m.ifaceAssert(s, env, commaOks[s], add) {
				wrap(s.X)
			}
		case *ast.TypeSwitchStmt:
			if ta := switchAssert(s); ta != nil && m.casesMention(s, env) {
				if e := m.ifaceTypeSwitch(s, ta, env); e != nil {
					edits = append(edits, e...)
					return true
				}
				wrap(ta.X)
				edits = append(edits, m.dedupeCases(s, env)...)
			}
		}
		return true
	})
	return edits
}

// switchAssert is the x.(type) of a type switch.
func switchAssert(s *ast.TypeSwitchStmt) *ast.TypeAssertExpr {
	var e ast.Expr
	switch a := s.Assign.(type) {
	case *ast.ExprStmt:
		e = a.X
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			e = a.Rhs[0]
		}
	}
	ta, _ := e.(*ast.TypeAssertExpr)
	return ta
}

// mentions reports whether e names one of env's type parameters.
func (m *mono) mentions(e ast.Node, env map[*types.TypeName]string) bool {
	found := false
	ast.Inspect(e, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok {
			if tn, ok := m.c.info.Uses[id].(*types.TypeName); ok {
				_, found0 := env[tn]
				found = found || found0
			}
		}
		return !found
	})
	return found
}

func (m *mono) casesMention(s *ast.TypeSwitchStmt, env map[*types.TypeName]string) bool {
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			if m.mentions(e, env) {
				return true
			}
		}
	}
	return false
}

// dedupeCases drops the cases of s whose type an earlier case has, and
// clauses left without cases.
func (m *mono) dedupeCases(s *ast.TypeSwitchStmt, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	seen := map[string]bool{}
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		var kept []string
		dropped := false
		for _, e := range cc.List {
			key := "nil"
			if tv, ok := m.c.info.Types[e]; ok && !tv.IsNil() {
				k, ok := m.typeExpr(tv.Type, env)
				if !ok {
					return nil
				}
				key = k
			}
			if seen[key] {
				dropped = true
				continue
			}
			seen[key] = true
			kept = append(kept, m.text(e, m.refs(e, env)))
		}
		switch {
		case !dropped:
		case len(kept) == 0:
			edits = append(edits, posEdit{cc.Pos(), cc.End(), "", true})
		default:
			edits = append(edits, posEdit{cc.List[0].Pos(), cc.List[len(cc.List)-1].End(), strings.Join(kept, ", "), true})
		}
	}
	return edits
}

// inOuter reports whether e lies inside another edit that replaces it.
func inOuter(e posEdit, edits []posEdit) bool {
	for _, o := range edits {
		if o.outer && o != e && o.start <= e.start && e.end <= o.end && !(o.start == e.start && o.end == e.end) {
			return true
		}
	}
	return false
}

// methodExprs writes the method expressions of generic code n (`s[T].g`,
// `(*s[T]).g`) as function literals in its copies, as methodExpressions
// does for a cell: yaegi lacks most of them ("Call with too many input
// arguments"). The literal replaces the whole selector, with the copy's
// types written in.
func (m *mono) methodExprs(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	ast.Inspect(n, func(x ast.Node) bool {
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if s := m.c.info.Selections[sel]; s != nil && s.Kind() == types.MethodExpr {
			written := true
			lit := methodExprFunc(s, func(t types.Type) string {
				str, ok := m.typeExpr(t, env)
				written = written && ok
				return str
			})
			if lit != "" && written {
				edits = append(edits, posEdit{start: sel.Pos(), end: sel.End(), text: lit, outer: true})
			}
		}
		return true
	})
	return edits
}
