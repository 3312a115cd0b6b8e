package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
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

// At a cell's top level, yaegi panicked on the comma-ok form of a map
// index ("nil type", defining a session variable): `v, ok := m[k]` and
// `var v, ok = m[k]`. There the ok value is computed apart, where yaegi
// can (a function literal), and the value is a plain index:
//
//	v, ok := m[k]      v, ok := m[k], func() bool { _, spargo_ok := m[k]; return spargo_ok }()
//
// (only where m and k read variables: they are evaluated twice).

// topCommaOks returns the edits for the top-level comma-ok map indexes of
// f, parsed from src with a declaration (file) or a function (statements)
// around it, and marks them in done.
func topCommaOks(src string, f *ast.File, off func(token.Pos) int, done map[ast.Node]bool) []edit {
	var edits []edit
	add := func(n ast.Node, lhs int, values []ast.Expr) {
		if lhs != 2 || len(values) != 1 {
			return
		}
		ix, ok := ast.Unparen(values[0]).(*ast.IndexExpr)
		if !ok || !pure(ix.X) || !pure(ix.Index) {
			return
		}
		index := src[off(ix.Pos()):off(ix.End())]
		p := off(values[0].End())
		edits = append(edits, edit{p, p, ", func() bool { _, spargo_ok := " + index + "; return spargo_ok }()"})
		done[n] = true
	}
	vars := func(d *ast.GenDecl) {
		if d.Tok != token.VAR {
			return
		}
		for _, s := range d.Specs {
			if vs, ok := s.(*ast.ValueSpec); ok {
				add(vs, len(vs.Names), vs.Values)
			}
		}
	}
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			vars(d)
		case *ast.FuncDecl:
			if !isCellBlock(d) {
				continue // a cell's function: its body is not the top level
			}
			for _, st := range d.Body.List { // the cell's statements
				switch st := st.(type) {
				case *ast.AssignStmt:
					if st.Tok == token.DEFINE {
						add(st, len(st.Lhs), st.Rhs)
					}
				case *ast.DeclStmt:
					if g, ok := st.Decl.(*ast.GenDecl); ok {
						vars(g)
					}
				}
			}
		}
	}
	return edits
}

// topRecvRE finds a receive of two values defined at a cell's top level.
var topRecvRE = regexp.MustCompile(`(?m)^[\pL_]\w*\s*,\s*[\pL_]\w*\s*:=\s*<-`)

// topReceives lowers `v, ok := <-ch` at the cell's top level, where yaegi
// panicked as for a map index ("nil type"), into a call of a function
// literal that receives:
//
//	v, ok := func() (int, bool) { spargo_v, spargo_ok := <-ch; return spargo_v, spargo_ok }()
func (c *checked) topReceives() {
	for _, d := range c.f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !isCellBlock(fd) {
			continue
		}
		for _, st := range fd.Body.List {
			as, ok := st.(*ast.AssignStmt)
			if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 2 || len(as.Rhs) != 1 || c.chunkAt(as.Pos()) < 0 {
				continue
			}
			u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr)
			if !ok || u.Op != token.ARROW {
				continue
			}
			ch, ok := under(c.typeOf(u.X)).(*types.Chan)
			if !ok || !c.nameable(ch.Elem()) {
				continue
			}
			c.add(as.Rhs[0].Pos(), as.Rhs[0].Pos(), "func() ("+c.typeString(ch.Elem())+", bool) { spargo_v, spargo_ok := ")
			c.add(as.Rhs[0].End(), as.Rhs[0].End(), "; return spargo_v, spargo_ok }()")
		}
	}
}

// isCellBlock reports whether d is the func _() { ... } that rewrite and
// the type checker write around a cell's statements (a cell cannot
// declare a function named _ that runs).
func isCellBlock(d *ast.FuncDecl) bool {
	return d.Name.Name == "_" && d.Recv == nil && d.Body != nil
}
