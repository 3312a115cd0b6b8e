package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
)

// Interfaces declared inside a function. yaegi failed to assert to one a
// value of a session type held in an any (`type I interface{ x() }` then
// `e.(I)` panicked: "reflect.Set: value of type interface {} is not
// assignable to type interp.valueInterface"), where the same interface
// declared at top level works (ifaceassert.go then lowers the assertion).
// So a function's interface type that names nothing the function declares
// moves to top level under a name of its own, spargo_li_<func>__<name>
// (messages show <name> again: localIfaceNames), and
// the function's uses are renamed: only the method set of an interface
// matters to assertions and conversions, and a value's %T is its dynamic
// type. (yaegi has no local aliases, which would have kept the name.)
// A name the function declares twice, a generic function, and an
// interface naming a local type or type parameter are left as they are.

// A type alias declared inside a function (`type cohortKey = time.Time`)
// was undefined to yaegi: its uses in scope become the aliased type's text
// (in parentheses when it starts with * or <-, or is a func or chan type).

// localAliasRE finds a function that may declare a type alias.
var localAliasRE = regexp.MustCompile(`\btype\s+[\pL_][\pL\pN_]*\s*=`)

// localIfaceName finds the hoisted names in messages.
var localIfaceName = regexp.MustCompile(`\bspargo_li_\w*?__(\w+)`)

// localIfaceNames writes the hoisted interfaces' names in msg as the cell
// does.
func localIfaceNames(msg string) string {
	if !strings.Contains(msg, "spargo_li_") {
		return msg
	}
	return localIfaceName.ReplaceAllString(msg, "$1")
}

// hoistLocalIfaces applies this to the body's function declarations.
func hoistLocalIfaces(body []chunk) []chunk {
	var out []chunk
	for _, c := range body {
		if c.kind == kindDecl && strings.HasPrefix(c.src, "func") && (strings.Contains(c.src, "interface") || localAliasRE.MatchString(c.src)) {
			if decls, src, ok := localIfaces(c.src); ok {
				for _, d := range decls {
					out = append(out, chunk{kind: kindDecl, src: d, line: c.line, col: c.col})
				}
				c.src = src
			}
		}
		out = append(out, c)
	}
	return out
}

// localIfaces returns the top-level declarations of the local interfaces
// of function declaration src, and src with them removed and renamed.
func localIfaces(src string) (decls []string, out string, ok bool) {
	const head = "package p\n"
	f, err := parser.ParseFile(token.NewFileSet(), "", head+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil, "", false
	}
	fd, isFunc := f.Decls[0].(*ast.FuncDecl)
	if !isFunc || fd.Body == nil || fd.Type.TypeParams != nil || genericRecv(fd) {
		return nil, "", false
	}
	off := func(p token.Pos) int { return int(p) - 1 - len(head) }
	counts := localNameCounts(fd)
	var edits []edit
	aliases := 0
	renamed := map[string]scopedName{}
	ast.PreorderStack(fd.Body, nil, func(n ast.Node, stack []ast.Node) bool {
		gd, ts, ok := localTypeSpec(n)
		if !ok {
			return true
		}
		if ts.Assign.IsValid() && ts.TypeParams == nil && counts[ts.Name.Name] == 1 {
			// a local alias, which yaegi has not: its uses become the
			// type it names
			text := src[off(ts.Type.Pos()):off(ts.Type.End())]
			for name, r := range renamed { // an alias of an alias
				text = regexp.MustCompile(`\b`+regexp.QuoteMeta(name)+`\b`).ReplaceAllLiteralString(text, r.name)
			}
			renamed[ts.Name.Name] = scopedName{paren(text), gd.End(), scopeEnd(stack)}
			start, end := off(gd.Pos()), off(gd.End())
			edits = append(edits, edit{start, end, strings.Repeat("\n", strings.Count(src[start:end], "\n"))})
			aliases++
			return true
		}
		it, isIface := ts.Type.(*ast.InterfaceType)
		if !isIface || ts.TypeParams != nil || ts.Assign.IsValid() || counts[ts.Name.Name] != 1 || namesLocal(it, counts) {
			return true
		}
		name := "spargo_li_" + fd.Name.Name + "__" + ts.Name.Name
		renamed[ts.Name.Name] = scopedName{name, gd.End(), scopeEnd(stack)}
		decls = append(decls, "type "+name+" "+src[off(it.Pos()):off(it.End())])
		start, end := off(gd.Pos()), off(gd.End())
		edits = append(edits, edit{start, end, strings.Repeat("\n", strings.Count(src[start:end], "\n"))})
		return true
	})
	if len(decls) == 0 && aliases == 0 {
		return nil, "", false
	}
	rename := func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if r, ok := renamed[id.Name]; ok && id.Pos() >= r.from && id.Pos() < r.to {
				edits = append(edits, edit{off(id.Pos()), off(id.End()), r.name})
			}
		}
		return true
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, rename)
			return false
		case *ast.KeyValueExpr:
			ast.Inspect(x.Value, rename)
			return false
		}
		return rename(n)
	})
	return decls, applyEdits(src, edits), true
}

// localTypeSpec returns n's declaration and type spec when n declares one
// type in a function.
func localTypeSpec(n ast.Node) (*ast.GenDecl, *ast.TypeSpec, bool) {
	ds, isDecl := n.(*ast.DeclStmt)
	if !isDecl {
		return nil, nil, false
	}
	gd := ds.Decl.(*ast.GenDecl)
	if gd.Tok != token.TYPE || len(gd.Specs) != 1 {
		return nil, nil, false
	}
	return gd, gd.Specs[0].(*ast.TypeSpec), true
}

// scopedName is a hoisted interface's name and where the local one was
// in scope.
type scopedName struct {
	name     string
	from, to token.Pos
}

// scopeEnd is the end of the innermost block of stack (the nodes from a
// function's body down to a declaration, which is not in it).
func scopeEnd(stack []ast.Node) token.Pos {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			return stack[i].End()
		}
	}
	return stack[0].End()
}

// genericRecv reports whether fd is a method of a generic type.
func genericRecv(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// localNameCounts counts the names fd declares: parameters, results,
// variables, constants, types and labels.
func localNameCounts(fd *ast.FuncDecl) map[string]int {
	counts := map[string]int{}
	fields := func(fl *ast.FieldList) {
		if fl == nil {
			return
		}
		for _, f := range fl.List {
			for _, n := range f.Names {
				counts[n.Name]++
			}
		}
	}
	fields(fd.Recv)
	ast.Inspect(fd, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncType:
			fields(x.Params)
			fields(x.Results)
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, l := range x.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						counts[id.Name]++
					}
				}
			}
		case *ast.RangeStmt:
			if x.Tok == token.DEFINE {
				for _, e := range []ast.Expr{x.Key, x.Value} {
					if id, ok := e.(*ast.Ident); ok {
						counts[id.Name]++
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				counts[id.Name]++
			}
		case *ast.TypeSpec:
			counts[x.Name.Name]++
		case *ast.LabeledStmt:
			counts[x.Label.Name]++
		}
		return true
	})
	return counts
}

// namesLocal reports whether interface it names one of the local names
// in its methods' parameter and result types or its embedded types.
func namesLocal(it *ast.InterfaceType, counts map[string]int) bool {
	found := false
	look := func(e ast.Expr) {
		ast.Inspect(e, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && counts[id.Name] > 0 {
				found = true
			}
			return !found
		})
	}
	for _, m := range it.Methods.List {
		ft, ok := m.Type.(*ast.FuncType)
		if !ok {
			look(m.Type) // embedded
			continue
		}
		for _, fl := range []*ast.FieldList{ft.Params, ft.Results} {
			if fl == nil {
				continue
			}
			for _, f := range fl.List {
				look(f.Type)
			}
		}
	}
	return found
}
