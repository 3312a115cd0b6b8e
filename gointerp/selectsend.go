package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Values sent in a select's cases. yaegi sent the zero value for a
// computed one (`case out <- Event{k, i * 10}:` sent {k 0}). Go evaluates
// every case's send value once, on entering the select, so they are
// evaluated into variables just before it, in source order, and the cases
// send those (and so is the channel of a receive of two values, see
// hoisted):
//
//	select {                       { spargo_sv1_0 := Event{k, i * 10}; select {
//	case out <- Event{k, i * 10}:  case out <- spargo_sv1_0:
//	}                              } }
//
// A labeled select is left alone (a label cannot name the block), and so
// is one with a send value over several lines (the lines are kept).

// selectSends returns the edits for select s; n numbers the selects.
func selectSends(src string, s *ast.SelectStmt, off func(token.Pos) int, n int) []edit {
	var decls []string
	var edits []edit
	for i, st := range s.Body.List {
		cc, ok := st.(*ast.CommClause)
		if !ok {
			continue
		}
		e := hoisted(cc.Comm)
		if e == nil {
			continue
		}
		value := src[off(e.Pos()):off(e.End())]
		if strings.Contains(value, "\n") {
			return nil // keep the lines
		}
		name := fmt.Sprintf("spargo_sv%d_%d", n, i)
		decls = append(decls, name+" := "+value+"; ")
		edits = append(edits, edit{off(e.Pos()), off(e.End()), name})
	}
	if len(decls) == 0 {
		return nil
	}
	head := "{ "
	for _, d := range decls {
		head += d
	}
	return append(edits, edit{off(s.Pos()), off(s.Pos()), head}, edit{off(s.End()), off(s.End()), " }"})
}

// hoisted is the expression of a select case that is evaluated before the
// select: a computed send value, or the channel of a receive of two values
// (`case v, ok := <-r.values:`) that is not a plain name, which yaegi did
// not evaluate (it received from a nil channel, for ever).
func hoisted(comm ast.Stmt) ast.Expr {
	switch c := comm.(type) {
	case *ast.SendStmt:
		if computed(c.Value) {
			return c.Value
		}
	case *ast.AssignStmt:
		if len(c.Lhs) != 2 || len(c.Rhs) != 1 {
			return nil
		}
		if u, ok := ast.Unparen(c.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
			if _, plain := ast.Unparen(u.X).(*ast.Ident); !plain {
				return u.X
			}
		}
	}
	return nil
}

// computed reports whether e names a variable or calls something (it is
// not a literal of basic values only, which may be untyped).
func computed(e ast.Expr) bool {
	if _, ok := e.(*ast.Ident); ok {
		return false // evaluated as it is
	}
	found := false
	ast.Inspect(e, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.Ident:
			if x.Name != "true" && x.Name != "false" && x.Name != "nil" && x.Name != "iota" {
				found = true
			}
		case *ast.CompositeLit:
			found = true
		}
		return !found
	})
	return found
}

// selectBranches rewrites a continue, labeled break or goto that ends a
// select's case. yaegi sends the last statement of a case to the end of
// the select, whatever it is, so such a continue went on after the select
// as a break would (a loop of `select { case v := <-ch: ...; continue }`
// ran its statements after the select each time). Wrapped in
// `if true { ... }`, it is no longer last. A continue also gets a branch
// after the select that is never taken (spargo_never is a variable of the
// prelude, false): yaegi builds a select's cases
// when it first reaches the select, and a case that continued to a loop
// whose next iteration it had not built yet built the select again,
// without end (a stack overflow), when the select was followed by a
// break. A plain continue names its loop, labeled for it if need be:
//
//	for {                      spargo_loop1: for {
//	    select {                   select {
//	    case v := <-ch:            case v := <-ch:
//	        continue                   if true { continue spargo_loop1 }
//	    }                          }; if spargo_never { continue spargo_loop1 }
//	    break                      break
//
// A loop lowered to a call (range over a function, in lowered) keeps its
// continues, which the lowering made returns. n numbers the labels.
func selectBranches(f *ast.File, off func(token.Pos) int, lowered map[ast.Stmt]bool, n *int) []edit {
	var edits []edit
	labels := map[ast.Stmt]string{} // loops labeled in the cell
	var loops []ast.Stmt            // enclosing loops, innermost last
	var walk func(node ast.Node) bool
	walk = func(node ast.Node) bool {
		switch x := node.(type) {
		case *ast.FuncLit:
			saved := loops
			loops = nil
			ast.Inspect(x.Body, walk)
			loops = saved
			return false
		case *ast.LabeledStmt:
			labels[x.Stmt] = x.Label.Name
		case *ast.ForStmt, *ast.RangeStmt:
			loops = append(loops, x.(ast.Stmt))
			ast.Inspect(loopBody(x), walk)
			loops = loops[:len(loops)-1]
			return false
		case *ast.SelectStmt:
			if len(loops) == 0 || !lowered[loops[len(loops)-1]] {
				edits = append(edits, selectCases(x, loops, labels, off, n)...)
			}
		}
		return true
	}
	ast.Inspect(f, walk)
	return edits
}

// loopBody is the body of a for or range statement.
func loopBody(s ast.Node) *ast.BlockStmt {
	if r, ok := s.(*ast.RangeStmt); ok {
		return r.Body
	}
	return s.(*ast.ForStmt).Body
}

// selectCases returns selectBranches' edits for select s, inside loops.
func selectCases(s *ast.SelectStmt, loops []ast.Stmt, labels map[ast.Stmt]string, off func(token.Pos) int, n *int) []edit {
	var edits []edit
	continues := map[string]bool{}
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CommClause)
		if !ok || len(cc.Body) == 0 {
			continue
		}
		b, ok := cc.Body[len(cc.Body)-1].(*ast.BranchStmt)
		if !ok || b.Tok == token.BREAK && b.Label == nil || b.Tok == token.FALLTHROUGH {
			continue
		}
		text := branchText(b)
		switch {
		case b.Tok == token.CONTINUE && b.Label != nil:
			continues[b.Label.Name] = true
		case b.Tok == token.CONTINUE:
			if len(loops) == 0 {
				continue
			}
			label, e := loopLabel(loops[len(loops)-1], labels, off, n)
			edits = append(edits, e...)
			text = "continue " + label
			continues[label] = true
		}
		edits = append(edits, edit{off(b.Pos()), off(b.End()), "if true { " + text + " }"})
	}
	for label := range continues {
		p := off(s.End())
		edits = append(edits, edit{p, p, "; if spargo_never { continue " + label + " }"})
	}
	return edits
}

// branchText is the text of a branch statement.
func branchText(b *ast.BranchStmt) string {
	if b.Label == nil {
		return b.Tok.String()
	}
	return b.Tok.String() + " " + b.Label.Name
}

// loopLabel is loop's label, and the edit that labels it if it had none.
func loopLabel(loop ast.Stmt, labels map[ast.Stmt]string, off func(token.Pos) int, n *int) (string, []edit) {
	if label := labels[loop]; label != "" {
		return label, nil
	}
	*n++
	label := fmt.Sprintf("spargo_loop%d", *n)
	labels[loop] = label
	return label, []edit{{off(loop.Pos()), off(loop.Pos()), label + ": "}}
}

// selectBreaks makes each break of select s that is nested in a case's
// statement (`case v, ok := <-c: if !ok { break }`) name the select: yaegi
// took such a break for one of the loop around the select, and left the
// loop. A break that is itself a statement of the case was right. label is
// the select's label, if it has one; the select is labeled spargo_seln
// otherwise (n numbers the selects).
func selectBreaks(s *ast.SelectStmt, label string, off func(token.Pos) int, n int) []edit {
	var breaks []*ast.BranchStmt
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CommClause)
		if !ok {
			continue
		}
		for _, b := range cc.Body {
			if _, direct := b.(*ast.BranchStmt); !direct {
				breaks = append(breaks, ownBreaks(b)...)
			}
		}
	}
	if len(breaks) == 0 {
		return nil
	}
	var edits []edit
	if label == "" {
		label = fmt.Sprintf("spargo_sel%d", n)
		edits = append(edits, edit{off(s.Pos()), off(s.Pos()), label + ": "})
	}
	for _, b := range breaks {
		edits = append(edits, edit{off(b.Pos()), off(b.End()), "break " + label})
	}
	return edits
}

// ownBreaks are the unlabeled breaks in st that break the statement st is
// in: those in loops, switches, selects and function literals are theirs.
func ownBreaks(st ast.Stmt) []*ast.BranchStmt {
	var out []*ast.BranchStmt
	ast.Inspect(st, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
			return false
		case *ast.BranchStmt:
			if x.Tok == token.BREAK && x.Label == nil {
				out = append(out, x)
			}
		}
		return true
	})
	return out
}
