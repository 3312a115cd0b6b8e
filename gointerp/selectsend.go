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
// send those:
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
		send, ok := cc.Comm.(*ast.SendStmt)
		if !ok || !computed(send.Value) {
			continue
		}
		value := src[off(send.Value.Pos()):off(send.Value.End())]
		if strings.Contains(value, "\n") {
			return nil // keep the lines
		}
		name := fmt.Sprintf("spargo_sv%d_%d", n, i)
		decls = append(decls, name+" := "+value+"; ")
		edits = append(edits, edit{off(send.Value.Pos()), off(send.Value.End()), name})
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
