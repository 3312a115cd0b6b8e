package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Variables declared by a select case (`case req := <-c:`) or bound by a
// type switch (`switch v := x.(type)`). In Go each run of the clause has
// its own variable; yaegi keeps one per function call, so a loop that
// keeps `&req`, or a closure over it, saw every pointer alias the last
// value (escape.go's select_escapes1). Where a clause takes the address
// of such a variable or a function literal mentions it, the variable is
// renamed and the clause starts with a copy under the old name:
//
//	case req := <-c:         case spargo_cv1_0 := <-c: req := spargo_cv1_0; _ = req;
//	    p[i] = &req              p[i] = &req
//
// The copy is a new variable each time the clause runs, as in Go (yaegi
// allocates one for each `:=` it executes). Lines are kept.

// selectCaseVars returns the edits for the variables of select s's
// cases; n numbers the selects.
func selectCaseVars(s *ast.SelectStmt, off func(token.Pos) int, n int) []edit {
	var edits []edit
	commAssigns(s, token.DEFINE, func(i int, cc *ast.CommClause, as *ast.AssignStmt) {
		for j, l := range as.Lhs {
			name := identName(l)
			if name == "" || !escapes(cc.Body, name) {
				continue
			}
			hidden := fmt.Sprintf("spargo_cv%d_%d_%d", n, i, j)
			edits = append(edits, edit{off(l.Pos()), off(l.End()), hidden},
				clauseCopy(cc.Colon, off, name, hidden))
		}
	})
	return edits
}

// commAssigns calls f with each case of select s (and its index) that
// receives with an assignment of kind tok (:= or =).
func commAssigns(s *ast.SelectStmt, tok token.Token, f func(i int, cc *ast.CommClause, as *ast.AssignStmt)) {
	for i, st := range s.Body.List {
		if cc, ok := st.(*ast.CommClause); ok {
			if as, ok := cc.Comm.(*ast.AssignStmt); ok && as.Tok == tok {
				f(i, cc, as)
			}
		}
	}
}

// switchCaseVars returns the edits for the variable a type switch binds;
// n numbers the switches.
func switchCaseVars(s *ast.TypeSwitchStmt, off func(token.Pos) int, n int) []edit {
	as, ok := s.Assign.(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 {
		return nil
	}
	name := identName(as.Lhs[0])
	if name == "" {
		return nil
	}
	hidden := fmt.Sprintf("spargo_cv%d", n)
	var copies []edit
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		if escapes(cc.Body, name) {
			copies = append(copies, clauseCopy(cc.Colon, off, name, hidden))
		}
	}
	if copies == nil {
		return nil
	}
	// Every clause that does not copy still sees the variable it uses.
	for _, st := range s.Body.List {
		cc := st.(*ast.CaseClause)
		if !escapes(cc.Body, name) {
			copies = append(copies, clauseCopy(cc.Colon, off, name, hidden))
		}
	}
	return append(copies, edit{off(as.Lhs[0].Pos()), off(as.Lhs[0].End()), hidden})
}

// clauseCopy declares name as a copy of hidden after a clause's colon
// (`_ = name` keeps a clause that does not use it compiling).
func clauseCopy(colon token.Pos, off func(token.Pos) int, name, hidden string) edit {
	p := off(colon) + 1
	return edit{p, p, " " + name + " := " + hidden + "; _ = " + name + ";"}
}

// escapes reports whether stmts take the address of name (`&name`,
// `&name.f`, `&name[i]`) or mention it in a function literal: the cases
// where sharing one variable between runs of a clause shows.
func escapes(stmts []ast.Stmt, name string) bool {
	found := false
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.UnaryExpr:
				if x.Op == token.AND && rootIdent(x.X) == name {
					found = true
				}
			case *ast.FuncLit:
				if mentions(x.Body, name) {
					found = true
				}
				return false
			}
			return !found
		})
	}
	return found
}

// rootIdent is the name at the root of a selector, index, star or
// parenthesised expression (x in x.f[i], T in *T[K]).
func rootIdent(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x.Name
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		default:
			return ""
		}
	}
}

// mentions reports whether name occurs as an identifier in n.
func mentions(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && id.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// selectCaseAssigns rewrites the cases of select s that receive into
// existing variables (`case v, ok = <-ch:`), which yaegi could not run
// ("reflect.Select: invalid Dir"), into cases that define new ones, then
// assign them; n numbers the selects:
//
//	case v, ok = <-ch:    case spargo_ra1_0_0, spargo_ra1_0_1 := <-ch: v, ok = spargo_ra1_0_0, spargo_ra1_0_1;
func selectCaseAssigns(src string, s *ast.SelectStmt, off func(token.Pos) int, n int) []edit {
	var edits []edit
	commAssigns(s, token.ASSIGN, func(i int, cc *ast.CommClause, as *ast.AssignStmt) {
		if len(as.Rhs) != 1 {
			return
		}
		var hidden, targets, values []string
		for j, l := range as.Lhs {
			if isBlank(l) {
				hidden = append(hidden, "_")
				continue
			}
			h := fmt.Sprintf("spargo_ra%d_%d_%d", n, i, j)
			hidden = append(hidden, h)
			targets = append(targets, src[off(l.Pos()):off(l.End())])
			values = append(values, h)
		}
		if len(values) == 0 {
			return
		}
		edits = append(edits, edit{off(as.Pos()), off(as.Rhs[0].Pos()), strings.Join(hidden, ", ") + " := "})
		p := off(cc.Colon) + 1
		edits = append(edits, edit{p, p, " " + strings.Join(targets, ", ") + " = " + strings.Join(values, ", ") + ";"})
	})
	return edits
}
