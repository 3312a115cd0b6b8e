package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
)

// A type declared in a function and used as a type argument of a generic
// type (`type event struct{...}` then `NewRing[event](4)`, or `List[Score]`
// with `type Score float64`): the copy of the generic type is declared at
// top level, where the local type cannot be named, and the cell failed
// ("undefined: NewRing__event"). Such a type moves to top level under its
// own name when that name is free there (so %T still prints main.event),
// and when its definition names nothing else the function declares. Its
// place in the function keeps its lines, blank.

// hoistLocalTypeArgs applies this to the body's function declarations;
// taken reports whether a name is declared at top level already.
func hoistLocalTypeArgs(body []chunk, taken func(string) bool) []chunk {
	var out []chunk
	hoisted := map[string]bool{}
	for _, c := range body {
		if c.kind == kindDecl && strings.HasPrefix(c.src, "func") && strings.Contains(c.src, "[") {
			decls, src := localTypeArgs(c.src, func(n string) bool { return taken(n) || hoisted[n] })
			for _, d := range decls {
				hoisted[declaredNames(chunk{kind: kindDecl, src: d})[0]] = true
				out = append(out, chunk{kind: kindDecl, src: d, line: c.line, col: c.col})
			}
			c.src = src
		}
		out = append(out, c)
	}
	return out
}

// localTypeArgs returns the top-level declarations of function src's local
// types that are type arguments, and src without them.
func localTypeArgs(src string, taken func(string) bool) (decls []string, out string) {
	const head = "package p\n"
	f, err := parser.ParseFile(token.NewFileSet(), "", head+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return nil, src
	}
	fd, isFunc := f.Decls[0].(*ast.FuncDecl)
	if !isFunc || fd.Body == nil || fd.Type.TypeParams != nil || genericRecv(fd) {
		return nil, src
	}
	off := func(p token.Pos) int { return int(p) - 1 - len(head) }
	counts := localNameCounts(fd)
	var edits []edit
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		gd, ts, ok := localTypeSpec(n)
		if !ok {
			return true
		}
		name := ts.Name.Name
		if ts.Assign.IsValid() || ts.TypeParams != nil || counts[name] != 1 || taken(name) ||
			!typeArgRE(name).MatchString(src) || namesOtherLocal(ts.Type, name, counts) {
			return true
		}
		decls = append(decls, "type "+name+" "+src[off(ts.Type.Pos()):off(ts.Type.End())])
		start, end := off(gd.Pos()), off(gd.End())
		edits = append(edits, edit{start, end, strings.Repeat("\n", strings.Count(src[start:end], "\n"))})
		return true
	})
	return decls, applyEdits(src, edits)
}

// typeArgRE finds name used as a type argument: in the brackets after a
// name (`List[Score]`, `Map[string, event]`).
func typeArgRE(name string) *regexp.Regexp {
	return regexp.MustCompile(`[\pL_][\pL\pN_]*\[[^\]\n]*\b` + regexp.QuoteMeta(name) + `\b`)
}

// namesOtherLocal reports whether type expression t names something the
// function declares (counts) other than name; a struct's field names are
// not looked at.
func namesOtherLocal(t ast.Expr, name string, counts map[string]int) bool {
	found := false
	var look func(n ast.Node) bool
	look = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Field:
			ast.Inspect(x.Type, look)
			return false
		case *ast.Ident:
			found = found || x.Name != name && counts[x.Name] > 0
		}
		return !found
	}
	ast.Inspect(t, look)
	return found
}
