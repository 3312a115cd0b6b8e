package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
)

// reassign turns the top-level statement `a, b := expr` into `a, b = expr`
// when every name on the left is already a session variable, so running a
// cell again updates the variables instead of declaring new ones. yaegi
// gives a redeclared name a new slot: functions written earlier kept
// reading the old value, and the old value stayed in memory. ok is false
// when src is not such a statement; the caller falls back to src when the
// assignment does not compile (a new type: the name is redeclared).
// ":=" and "= " have the same length, so positions do not move.
func reassign(src string, isGlobal func(string) bool) (string, bool) {
	const head = "package p; func _() {\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", head+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		return src, false
	}
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	if len(body) != 1 {
		return src, false
	}
	as, ok := body[0].(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return src, false
	}
	for _, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" || !isGlobal(id.Name) {
			return src, false
		}
	}
	off := fset.Position(as.TokPos).Offset - len(head)
	return src[:off] + "= " + src[off+2:], true
}

// reassignRun applies reassign to the statements of run, returning a copy
// and whether any changed.
func reassignRun(run []chunk, isGlobal func(string) bool) ([]chunk, bool) {
	out := append([]chunk(nil), run...)
	changed := false
	for i, c := range out {
		if c.kind != kindStmt {
			continue
		}
		if src, ok := reassign(c.src, isGlobal); ok {
			out[i].src, changed = src, true
		}
	}
	return out, changed
}
