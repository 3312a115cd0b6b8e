package gointerp

import (
	"go/ast"
	"go/token"
)

// The empty interface in type switches and assertions. yaegi's type switch
// never matched `case any:` or `case interface{}:` (and panicked binding
// the variable of `case int, any:` to nil), and `_, ok := x.(any)` gave
// false. Such cases are common in copies of generic code, where `case T:`
// becomes `case any:` for T = any.

// isEmptyIfaceExpr reports whether e is written as the empty interface.
func isEmptyIfaceExpr(e ast.Expr) bool {
	switch t := e.(type) {
	case *ast.Ident:
		return t.Name == "any"
	case *ast.InterfaceType:
		return t.Methods == nil || len(t.Methods.List) == 0
	case *ast.ParenExpr:
		return isEmptyIfaceExpr(t.X)
	}
	return false
}

// anyCase rewrites a type switch with an empty-interface case. That case
// matches every non-nil value, so the clauses after it can only be reached
// by nil; it becomes the switch's default, testing for nil, and the
// clauses after it go into a switch on the (nil) value in its else branch,
// where `case nil` or default picks the clause Go would run:
//
//	switch v := x.(type) {          switch v := x.(type) {
//	case int:                       case int:
//	case any:                       default: if v != nil {
//	    body                            body
//	case nil:                       } else { switch v := v.(type) { case nil:
//	    nilBody                         nilBody
//	}                               } } }
//
// A switch with a default clause before the empty-interface case is left
// alone. Lines are kept.
func anyCase(src string, s *ast.TypeSwitchStmt, off func(token.Pos) int) []edit {
	at := -1
	for i, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		if cc.List == nil {
			if at < 0 {
				return nil // a default before it
			}
			continue
		}
		if at < 0 {
			for _, e := range cc.List {
				if isEmptyIfaceExpr(e) {
					at = i
					break
				}
			}
		}
	}
	if at < 0 {
		return nil
	}
	var edits []edit
	v, assert := "spargo_tv", s.Assign
	if as, ok := s.Assign.(*ast.AssignStmt); ok {
		v = as.Lhs[0].(*ast.Ident).Name
	} else {
		edits = append(edits, edit{off(assert.Pos()), off(assert.Pos()), v + " := "})
	}
	cc := s.Body.List[at].(*ast.CaseClause)
	head := "default: if " + v + " != nil {"
	if at == 0 {
		// yaegi binds nil in a type switch that has only a default: give
		// it a case no value matches.
		head = "case *struct{ spargo_never bool }: " + head
	}
	edits = append(edits, edit{off(cc.Case), off(cc.Colon) + 1, head})
	if at == len(s.Body.List)-1 {
		edits = append(edits, edit{off(s.Body.Rbrace), off(s.Body.Rbrace), "}"})
		return edits
	}
	next := s.Body.List[at+1].(*ast.CaseClause)
	inner := "switch " + v + " := " + v + ".(type) {"
	if v == "spargo_tv" {
		inner = "switch " + v + ".(type) {"
	}
	edits = append(edits, edit{off(next.Case), off(next.Case), "} else { " + inner + " "},
		edit{off(s.Body.Rbrace), off(s.Body.Rbrace), "} } "})
	return edits
}

// bindSwitch binds the value of a type switch that binds none: yaegi's
// `switch x.(type)` never matched a struct case (`case Point:`), where
// `switch v := x.(type)` does.
func bindSwitch(s *ast.TypeSwitchStmt, off func(token.Pos) int) []edit {
	if _, ok := s.Assign.(*ast.ExprStmt); !ok {
		return nil
	}
	p := off(s.Assign.Pos())
	return []edit{{p, p, "spargo_tv := "}}
}
