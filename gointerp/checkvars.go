package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Session variables for the type checker. A variable whose reflect type
// can be written (varTypeSource) is declared with it. Others (values of
// interpreted types: `l := NewList[int]()`, `p := Point{1, 2}`) are
// declared by the statement that defined them, as a package variable with
// the same initialiser (`var l = NewList[int]()`), so go/types finds
// their types as it did in that cell.

// varDef is a top-level definition of a statement cell: names and the
// declaration that gives them their types at package level.
type varDef struct {
	names []string
	decl  func(live map[string]bool) string // "" when no name is live
}

// noteVarDefs records the top-level definitions of a cell's statements.
func (ta *checker) noteVarDefs(body []chunk) {
	for _, c := range body {
		if c.kind != kindStmt {
			continue
		}
		d := parseVarDef(c.src)
		if d == nil {
			continue
		}
		if ta.varDefs == nil {
			ta.varDefs = map[string]*varDef{}
		}
		for _, n := range d.names {
			ta.varDefs[n] = d
		}
	}
}

// parseVarDef reads `a, b := x, y` or `var a, b = x` (also `var a T`).
func parseVarDef(src string) *varDef {
	ps, err := parseStmts(src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	body := ps.body
	if len(body.List) != 1 {
		return nil
	}
	text := func(n ast.Node) string { return src[ps.off(n.Pos()):ps.off(n.End())] }
	var names []string
	var rest string // what follows the names in a var declaration
	switch s := body.List[0].(type) {
	case *ast.AssignStmt:
		if s.Tok != token.DEFINE {
			return nil
		}
		for _, l := range s.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				return nil
			}
			names = append(names, id.Name)
		}
		var rhs []string
		for _, r := range s.Rhs {
			rhs = append(rhs, text(r))
		}
		rest = " = " + strings.Join(rhs, ", ")
	case *ast.DeclStmt:
		g, ok := s.Decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || len(g.Specs) != 1 {
			return nil
		}
		vs := g.Specs[0].(*ast.ValueSpec)
		for _, n := range vs.Names {
			names = append(names, n.Name)
		}
		rest = src[ps.off(vs.Names[len(vs.Names)-1].End()):ps.off(vs.End())]
	default:
		return nil
	}
	d := &varDef{names: names}
	d.decl = func(live map[string]bool) string {
		out := make([]string, len(names))
		some := false
		for i, n := range names {
			out[i] = "_"
			if live[n] {
				out[i], some = n, true
			}
		}
		if !some {
			return ""
		}
		return "var " + strings.Join(out, ", ") + rest
	}
	return d
}

// varDecls declares, for the checker's file, the session variables in
// need (no writable type) from their latest definitions, each once.
func (ta *checker) varDecls(need []string) string {
	var b strings.Builder
	done := map[*varDef]bool{}
	for _, n := range need {
		d := ta.varDefs[n]
		if d == nil || done[d] {
			continue
		}
		done[d] = true
		live := map[string]bool{}
		for _, m := range d.names {
			live[m] = ta.varDefs[m] == d
		}
		if s := d.decl(live); s != "" {
			b.WriteString(s + "\n")
		}
	}
	return b.String()
}
