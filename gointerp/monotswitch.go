package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// Type switches in copies of generic code whose cases, with the type
// arguments written in, include an interface with methods (`case T:` in
// f[I], `case interface{ bar() T }:`) or a session type. yaegi's type
// switch misses an interface case when the value's type is a named
// non-struct type (a myint), and a struct case when the value came
// through a session interface (I(S{})), where its comma-ok assertion gets
// both right. The switch becomes the expression switch it means, each
// case a test in order and the variable bound in the clause, as
// typeSwitch does for a cell (ifaceassert.go); an interface case calls the
// copies' assertion helpers (monoassert.go).

// ifaceTypeSwitch returns the edits that lower type switch s in a copy,
// or nil if none of its cases is, there, an interface with methods or a
// session type.
func (m *mono) ifaceTypeSwitch(s *ast.TypeSwitchStmt, ta *ast.TypeAssertExpr, env map[*types.TypeName]string) []posEdit {
	if s.Init != nil {
		return nil
	}
	type kase struct {
		text  string
		iface bool
		isNil bool
	}
	cases := map[ast.Expr]kase{}
	lower := false
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			tv := m.c.info.Types[e]
			if tv.IsNil() {
				cases[e] = kase{isNil: true}
				continue
			}
			text := m.text(e, m.refs(e, env))
			t := m.caseType(tv.Type, text)
			iface := hasMethods(t)
			lower = lower || iface || t != nil && sessionType(t, m.c.pkg)
			cases[e] = kase{text: text, iface: iface}
		}
	}
	if !lower {
		return nil
	}
	subj := fmt.Sprintf("spargo_ts%d", int(s.Pos())-m.c.base)
	edits := []posEdit{
		{start: s.Assign.Pos(), end: ta.X.Pos(), text: subj + " := any("},
		{start: ta.X.End(), end: s.Assign.End(), text: ");"},
	}
	bound := ""
	if as, ok := s.Assign.(*ast.AssignStmt); ok {
		bound = as.Lhs[0].(*ast.Ident).Name
	}
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		var tests []string
		bind := subj
		for _, e := range cc.List {
			k := cases[e]
			test, conv := subj+" == nil", ""
			switch {
			case k.iface:
				name := m.assertHelper(k.text)
				test = "func() bool { _, ok := spargo_asg_" + name + "(" + subj + "); return ok }()"
				conv = "spargo_asg1_" + name + "(" + subj + ")"
			case !k.isNil:
				test = "func() bool { _, ok := " + subj + ".(" + k.text + "); return ok }()"
				conv = subj + ".(" + k.text + ")"
			}
			tests = append(tests, test)
			if len(cc.List) == 1 && conv != "" {
				bind = conv
			}
		}
		if len(cc.List) > 0 {
			// From the keyword: the edit of a case that is one name (T)
			// has the name's range, and must contain the name's edit.
			edits = append(edits, posEdit{start: cc.Case, end: cc.List[len(cc.List)-1].End(),
				text: "case " + strings.Join(tests, " || "), outer: true})
		}
		if bound != "" && bound != "_" {
			edits = append(edits, posEdit{start: cc.Colon + 1, end: cc.Colon + 1, text: " " + bound + " := " + bind + "; _ = " + bound + ";"})
		}
	}
	return edits
}

// caseType is case type t, written text in the copy, as the copy has it:
// a type parameter is looked up by its argument's text in the session's
// scope (nil if it is not there).
func (m *mono) caseType(t types.Type, text string) types.Type {
	if t == nil || !isTypeParam(t) {
		return t
	}
	tv, err := types.Eval(token.NewFileSet(), m.c.pkg, token.NoPos, text)
	if err != nil || !tv.IsType() {
		return nil
	}
	return tv.Type
}

// hasMethods reports whether t is an interface with methods.
func hasMethods(t types.Type) bool {
	if t == nil {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	return ok && iface.NumMethods() > 0
}
