package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"maps"
	"strings"
)

// Labeled break and continue, and nesting, in a range over a function. The loop body
// becomes a closure (rangefunc.go), where `continue outer` cannot reach
// the loop it names:
//
//	outer:                              outer:
//	for _, row := range rows {          for _, row := range rows {
//	    for v := range seq(row) {           { var spargo_br9 int; seq(row)(func(v T) bool {
//	        if v < 0 { continue outer }         if v < 0 { { spargo_br9 = 1; return false } }
//	    }                                       ; return true }); switch spargo_br9 { case 1: continue outer } }
//	}                                   }
//
// A branch to the loop's own label is a plain one (`return true` or
// `return false`). Only labels the statement after the call can reach are
// handled: those of statements in the closure the loop is in, and the
// label of the range over a function whose closure that is, which the
// statement after the call leaves by returning from the closure.

// labelKind is how the body of a range over a function reaches a label.
type labelKind int

const (
	ownLabel      labelKind = iota // the loop's own: return true or false
	outerLabel                     // an enclosing statement's: break or continue it after the call
	enclosingLoop                  // the enclosing range over a function's: return from its closure after the call
)

// rangeNest is where a range over a function sits: the labels its body
// may branch to, the outermost range over a function it is nested in
// within the same function (nil if none), whose closure a return in the
// body leaves through (rangereturn.go), and whether its defers are lowered.
type rangeNest struct {
	labels map[string]labelKind
	outer  *ast.RangeStmt
	defers bool // its body's defers push on the function's stack (rangedefer.go)
}

// rangeNests maps each range over a function in n (isFuncRange) to its
// rangeNest. The labels are its own, those of statements in the closure it
// is in, and the label of the range whose closure that is; a label beyond
// that closure is not reached.
func rangeNests(n ast.Node, isFuncRange func(*ast.RangeStmt) bool) map[*ast.RangeStmt]*rangeNest {
	out := map[*ast.RangeStmt]*rangeNest{}
	var walk func(n ast.Node, labels map[string]labelKind, outer *ast.RangeStmt)
	// enter records r and walks its body, where r's label leaves r's closure.
	enter := func(r *ast.RangeStmt, label string, labels map[string]labelKind, outer *ast.RangeStmt) {
		own := maps.Clone(labels)
		inner := map[string]labelKind{}
		if label != "" {
			own[label] = ownLabel
			inner[label] = enclosingLoop
		}
		out[r] = &rangeNest{labels: own, outer: outer}
		walk(r.X, labels, outer)
		if outer == nil {
			outer = r
		}
		walk(r.Body, inner, outer)
	}
	walk = func(n ast.Node, labels map[string]labelKind, outer *ast.RangeStmt) {
		ast.Inspect(n, func(m ast.Node) bool {
			switch x := m.(type) {
			case *ast.FuncLit:
				walk(x.Body, map[string]labelKind{}, nil)
				return false
			case *ast.LabeledStmt:
				if r, ok := x.Stmt.(*ast.RangeStmt); ok && isFuncRange(r) {
					enter(r, x.Label.Name, labels, outer)
					return false
				}
				inner := maps.Clone(labels)
				inner[x.Label.Name] = outerLabel
				walk(x.Stmt, inner, outer)
				return false
			case *ast.RangeStmt:
				if isFuncRange(x) {
					enter(x, "", labels, outer)
					return false
				}
			}
			return true
		})
	}
	walk(n, map[string]labelKind{}, nil)
	return out
}

// labeledBranches returns the edits of the labeled breaks and continues of
// loop s's body that leave it, and the text to open before the loop's call
// and to close after it; ok is false if one names a label not in labels.
func labeledBranches(s *ast.RangeStmt, off func(token.Pos) int, labels map[string]labelKind) (open, close string, edits []edit, ok bool) {
	inner := map[string]bool{} // labels declared in the body
	ast.Inspect(s.Body, func(n ast.Node) bool {
		if l, isLabel := n.(*ast.LabeledStmt); isLabel {
			inner[l.Label.Name] = true
		}
		return true
	})
	v := fmt.Sprintf("spargo_br%d", off(s.For))
	var cases []string
	ok = true
	outsideLits(s.Body, func(n ast.Node) bool {
		b, isBranch := n.(*ast.BranchStmt)
		if !isBranch || b.Label == nil || inner[b.Label.Name] {
			return false
		}
		kind, known := labels[b.Label.Name]
		switch {
		case !known || b.Tok == token.GOTO:
			ok = false
		case kind == ownLabel:
			edits = append(edits, edit{off(b.Pos()), off(b.End()), closureBranch(b.Tok)})
		default:
			after := b.Tok.String() + " " + b.Label.Name
			if kind == enclosingLoop {
				after = closureBranch(b.Tok)
			}
			cases = append(cases, fmt.Sprintf("case %d: %s", len(cases)+1, after))
			edits = append(edits, edit{off(b.Pos()), off(b.End()), fmt.Sprintf("{ %s = %d; return false }", v, len(cases))})
		}
		return false
	})
	if len(cases) == 0 {
		return "", "", edits, ok
	}
	return "{ var " + v + " int; ", "; switch " + v + " { " + strings.Join(cases, "; ") + " } }", edits, ok
}

// closureBranch is what a continue or break of the loop a closure runs the
// body of becomes in the closure.
func closureBranch(tok token.Token) string {
	if tok == token.BREAK {
		return "return false"
	}
	return "return true"
}
