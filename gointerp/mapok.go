package gointerp

import (
	"go/ast"
	"go/token"
)

// The comma-ok form of a map index. yaegi leaves the value variable as it
// was when the key is missing, where Go sets it to the zero value: in a
// loop, `v, ok := m[k]` kept the value of the last key found. A missing
// key's zero value is what indexing gives, so the statement is followed by
// the index again:
//
//	v, ok := m[k]      v, ok := m[k]; if !ok { v = m[k] }
//	v, _ := m[k]       v := m[k]
//
// Only where the map and the key read variables (no calls: they are
// evaluated twice), and the value goes to a variable; not in the init of
// an if, for or switch, where no statement can follow.

// mapCommaOk returns the edits for assignment s (in a block).
func mapCommaOk(src string, s *ast.AssignStmt, off func(token.Pos) int) []edit {
	if len(s.Lhs) != 2 || len(s.Rhs) != 1 || s.Tok != token.DEFINE && s.Tok != token.ASSIGN {
		return nil
	}
	ix, ok := ast.Unparen(s.Rhs[0]).(*ast.IndexExpr)
	v := identName(s.Lhs[0])
	if !ok || v == "" || !pure(ix.X) || !pure(ix.Index) {
		return nil
	}
	index := src[off(ix.Pos()):off(ix.End())]
	if isBlank(s.Lhs[1]) {
		return []edit{{off(s.Lhs[0].End()), off(s.Lhs[1].End()), ""}}
	}
	okName := identName(s.Lhs[1])
	if okName == "" {
		return nil
	}
	p := off(s.End())
	return []edit{{p, p, "; if !" + okName + " { " + v + " = " + index + " }"}}
}

// pure reports whether evaluating e twice is evaluating it once: it reads
// variables and constants, without calls or receives.
func pure(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr, *ast.FuncLit:
			ok = false
		case *ast.UnaryExpr:
			ok = ok && x.Op != token.ARROW
		}
		return ok
	})
	return ok
}
