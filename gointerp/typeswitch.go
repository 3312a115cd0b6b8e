package gointerp

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
)

// typeSwitch rewrites a type switch with a case of an interface that
// has helpers into the expression switch it means, each case a test in
// case order and its variable bound in the clause:
//
//	switch v := x.(type) {        switch spargo_ts := x; {
//	case int:                     case func() bool { _, ok := spargo_ts.(int); return ok }():
//	                                  v := spargo_ts.(int); _ = v
//	case Shape:                   case func() bool { _, ok := spargo_as_…(spargo_ts); return ok }():
//	                                  v := spargo_as1_…(spargo_ts); _ = v
//	default:                      default:
//	                                  v := spargo_ts; _ = v
//
// The helpers are called at run time, so types declared after the switch
// are found too. A switch on an any is rewritten so too when a case is
// one yaegi's switch misses there: a named basic type (namedBasicCase), a
// pointer to a type whose methods take pointers, or a copy of a generic
// type (copyCase).
func (a *asserter) typeSwitch(s *ast.TypeSwitchStmt) {
	ta := switchAssert(s)
	if ta == nil || s.Init != nil {
		return
	}
	has := false
	subjType := a.c.info.Types[ta.X].Type
	onAny := subjType != nil && isEmptyIface(subjType)
	onIface := subjType != nil && types.IsInterface(subjType) && !onAny
	for _, st := range s.Body.List {
		for _, e := range st.(*ast.CaseClause).List {
			if a.copied(e) && a.copyCase(e) == "" {
				return // monomorphise's edits lie inside: left as it is
			}
			if tv := a.c.info.Types[e]; tv.Type != nil && !a.c.nameable(tv.Type) {
				return // a case the rewrite could not write (os.FileMode is fs.FileMode)
			}
			if name, ok := a.helper(e); ok && a.impls[name] > 0 {
				has = true
			}
			// yaegi's type switch misses interface cases that its
			// comma-ok assertion gets right (case J: on a myint32).
			if tv := a.c.info.Types[e]; tv.Type != nil && types.IsInterface(tv.Type) && !isEmptyIface(tv.Type) {
				has = true
			}
			// A session type out of a standard interface (an error):
			// yaegi's type switch misses it, its assertion on a name finds it.
			if tv := a.c.info.Types[e]; tv.Type != nil && !types.IsInterface(tv.Type) && sessionType(tv.Type, a.c.pkg) {
				if st := a.c.info.Types[ta.X].Type; st != nil && types.IsInterface(st) && !isEmptyIface(st) {
					has = true
				}
			}
			if onAny && a.namedBasicCase(e, "") != "" {
				has = true
			}
			if n, ok := a.c.info.Types[e].Type.(*types.Named); ok && onIface && a.c.twinBasic(n) {
				has = true
			}
			// an empty struct on a cell's interface: one type to yaegi
			// with any other, told apart by its name method (in an any,
			// yaegi keeps no trace of the type)
			if tv := a.c.info.Types[e]; onIface && tv.Type != nil && a.c.emptyStruct(tv.Type) {
				has = true
			}
			// `case *S:` with S's methods on its pointer: yaegi's type
			// switch on an any never matched it (its assertion does)
			if tv := a.c.info.Types[e]; onAny && tv.Type != nil && sessionPointer(tv.Type, a.c.pkg) {
				has = true
			}
		}
	}
	if !has || a.copied(ta.X) {
		return
	}
	bound := ""
	if as, ok := s.Assign.(*ast.AssignStmt); ok {
		bound = as.Lhs[0].(*ast.Ident).Name
	}
	subj := fmt.Sprintf("spargo_ts%d", int(s.Pos())-a.c.base)
	x := a.c.src[int(ta.X.Pos())-a.c.base : int(ta.X.End())-a.c.base]
	a.note(s.Pos())
	a.c.add(s.Assign.Pos(), s.Assign.End(), subj+" := "+x+";")
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		var tests []string
		bind := subj
		for _, e := range cc.List {
			test, conv := a.caseTest(e, subj, onAny, onIface)
			tests = append(tests, test)
			if len(cc.List) == 1 && conv != "" {
				bind = conv
			}
		}
		if len(cc.List) > 0 {
			// (replace: a copy's name monomorphise wrote in a case goes)
			a.c.replace(cc.List[0].Pos(), cc.List[len(cc.List)-1].End(), strings.Join(tests, " || "))
		}
		if bound != "" && bound != "_" {
			a.c.add(cc.Colon+1, cc.Colon+1, " "+bound+" := "+bind+"; _ = "+bound+";")
		}
	}
}

// copyCase writes case e, which names an instance of a generic type
// (`case *Column[string]:`), with its copy's name, or "" if it cannot.
func (a *asserter) copyCase(e ast.Expr) string {
	t := a.c.info.Types[e].Type
	if t == nil || a.c.mono == nil || types.IsInterface(t) {
		return ""
	}
	text, ok := a.c.mono.typeExpr(t, nil)
	if !ok {
		return ""
	}
	return text
}

// sessionPointer reports whether t is a pointer to a named type of pkg
// that has methods.
func sessionPointer(t types.Type, pkg *types.Package) bool {
	p, ok := t.(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := p.Elem().(*types.Named)
	return ok && n.Obj().Pkg() == pkg && types.NewMethodSet(t).Len() > 0
}

func isEmptyIface(t types.Type) bool {
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0
}

// caseTest is the test for one case of a rewritten type switch on subj
// (an any when onAny, a cell's or another interface with methods when
// onIface), and the expression of the clause's variable if the case is
// alone.
func (a *asserter) caseTest(e ast.Expr, subj string, onAny, onIface bool) (test, conv string) {
	tv := a.c.info.Types[e]
	if tv.IsNil() {
		return subj + " == nil", ""
	}
	if name, ok := a.helper(e); ok {
		return "func() bool { _, ok := spargo_as_" + name + "(" + subj + "); return ok }()", "spargo_as1_" + name + "(" + subj + ")"
	}
	t := a.c.typeString(tv.Type)
	if a.copied(e) {
		t = a.copyCase(e) // the case names a copy of a generic type
	}
	check := ""
	if onAny {
		check = a.namedBasicCase(e, subj)
	} else if n, ok := tv.Type.(*types.Named); ok && onIface && a.c.twinBasic(n) {
		check = nameCase(subj, n) // (namemethod.go)
	}
	if n, ok := tv.Type.(*types.Named); ok && onIface && a.c.emptyStruct(n) {
		check = nameCase(subj, n)
	}
	return "func() bool { _, ok := " + subj + ".(" + t + "); return ok" + check + " }()", subj + ".(" + t + ")"
}

// namedBasicCase is, for a case of a type switch on an any that yaegi
// confuses, the test that tells the types apart (rt/typenames.go): a
// session type with a basic underlying type (type Celsius float64), or a
// basic type that such a session type with methods shares; "" otherwise.
// subj names the switch's value.
func (a *asserter) namedBasicCase(e ast.Expr, subj string) string {
	t := a.c.info.Types[e].Type
	if t == nil {
		return ""
	}
	if _, basic := t.Underlying().(*types.Basic); !basic {
		return ""
	}
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == a.c.pkg && n.TypeArgs() == nil && n.Obj().Parent() == a.c.pkg.Scope() {
		// it has methods in the interpreter (nameMethods)
		return fmt.Sprintf(" && %s.NamedAs(%s, %q, true)", rtName, subj, n.Obj().Name())
	}
	if _, ok := t.(*types.Basic); !ok {
		return ""
	}
	for _, name := range a.c.pkg.Scope().Names() {
		tn, ok := a.c.pkg.Scope().Lookup(name).(*types.TypeName)
		if ok && !tn.IsAlias() && !strings.HasPrefix(name, "spargo_") && types.Identical(tn.Type().Underlying(), t) {
			return fmt.Sprintf(" && %s.Unnamed(%s)", rtName, subj)
		}
	}
	return ""
}
