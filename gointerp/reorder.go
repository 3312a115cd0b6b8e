package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"strings"
)

// Assignment order. Go evaluates every right-hand side of `a[i], b[j] =
// f(), g()` before assigning anything; yaegi assigns a[i] before calling
// g, so g saw the new a[i] when a and b share their elements
// (`x[1], y[0] = f(0), f(1)` with y := x). The calls are made first, into
// temporaries:
//
//	{ spargoR3_0, spargoR3_1 := f(0), f(1); x[1], y[0] = spargoR3_0, spargoR3_1 }
//
// Only multi-value assignments with a target other than a name and a
// value with a call are rewritten; those in a statement's init or post
// part, spanning lines, or with function literals are left alone.

// notInBlock collects the assignments of f that are not statements of a
// block (init and post parts, select cases): a block cannot replace them.
func notInBlock(f *ast.File) map[ast.Stmt]bool {
	out := map[ast.Stmt]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.ForStmt:
			out[s.Init], out[s.Post] = true, true
		case *ast.IfStmt:
			out[s.Init] = true
		case *ast.SwitchStmt:
			out[s.Init] = true
		case *ast.TypeSwitchStmt:
			out[s.Init] = true
		case *ast.CommClause:
			out[s.Comm] = true
		}
		return true
	})
	return out
}

// callsFirst rewrites s as above; n numbers its temporaries.
func callsFirst(src string, s *ast.AssignStmt, off func(token.Pos) int, n int) []edit {
	if s.Tok != token.ASSIGN || len(s.Lhs) < 2 || len(s.Lhs) != len(s.Rhs) {
		return nil
	}
	if strings.Contains(src[off(s.Pos()):off(s.End())], "\n") {
		return nil
	}
	targets := false
	for _, l := range s.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			targets = true
		}
	}
	if !targets {
		return nil
	}
	var temps, values []string
	var edits []edit
	for i, r := range s.Rhs {
		calls, lits := false, false
		ast.Inspect(r, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.CallExpr:
				calls = true
			case *ast.FuncLit:
				lits = true
			}
			return true
		})
		if lits {
			return nil
		}
		if calls {
			name := fmt.Sprintf("spargoR%d_%d", n, i)
			temps = append(temps, name)
			values = append(values, src[off(r.Pos()):off(r.End())])
			edits = append(edits, edit{off(r.Pos()), off(r.End()), name})
		}
	}
	if len(temps) < 2 {
		return nil // one call: nothing can run between it and the assignments
	}
	return append(edits,
		edit{off(s.Pos()), off(s.Pos()), "{ " + strings.Join(temps, ", ") + " := " + strings.Join(values, ", ") + "; "},
		edit{off(s.End()), off(s.End()), " }"})
}
