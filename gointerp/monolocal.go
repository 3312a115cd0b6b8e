package gointerp

import (
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"regexp"
	"sort"
	"strings"
)

// Local copies: a generic function instantiated with a type declared
// inside a function (`type large struct{...}` then `f[large](x)`) cannot
// be copied at top level, where the type is unknown. Its copy is declared
// in that function instead, right after the type's declaration and on the
// same line, as a variable holding a function literal (Go has no local
// func declarations): `type large ...; var f__large func(any) large;
// f__large = func(x any) large { ... }`. Generic types instantiated with
// local types are not copied (local types cannot have methods).

// localCopy is the copy of one instantiation declared in a function.
type localCopy struct {
	at        token.Pos // end of the type declaration it follows
	name      string
	sig, body string // `(x T) T` and `{ ... }`
}

// localAt finds, among the local types the arguments name, the position
// after the declaration of the latest one; NoPos if they name none.
func (m *mono) localAt(strs []string) token.Pos {
	at := token.NoPos
	for _, lt := range m.localTypes {
		for _, s := range strs {
			if lt.word.MatchString(s) && lt.end > at {
				at = lt.end
			}
		}
	}
	return at
}

// localType is a function-local type an argument names: the end of its
// declaration, and a pattern for its name as a word.
type localType struct {
	end  token.Pos
	word *regexp.Regexp
}

// noteLocal records a function-local type an argument names.
func (m *mono) noteLocal(obj *types.TypeName) bool {
	if _, ok := m.localTypes[obj.Name()]; ok {
		return true
	}
	var end token.Pos
	ast.Inspect(m.c.f, func(n ast.Node) bool {
		if d, ok := n.(*ast.DeclStmt); ok && d.Pos() <= obj.Pos() && obj.Pos() < d.End() {
			end = d.End()
		}
		return end == token.NoPos
	})
	if end == token.NoPos || m.c.chunkAt(end) < 0 {
		return false
	}
	if m.localTypes == nil {
		m.localTypes = map[string]localType{}
	}
	m.localTypes[obj.Name()] = localType{end, regexp.MustCompile(`\b` + regexp.QuoteMeta(obj.Name()) + `\b`)}
	return true
}

// localEdits declares the local copies: at each point, every copy's
// variable first (they may call each other), then their functions.
func (m *mono) localEdits() []posEdit {
	byAt := map[token.Pos][]localCopy{}
	for _, lc := range m.locals {
		byAt[lc.at] = append(byAt[lc.at], lc)
	}
	var edits []posEdit
	for at, lcs := range byAt {
		sort.Slice(lcs, func(i, j int) bool { return lcs[i].name < lcs[j].name })
		var vars, funcs []string
		for _, lc := range lcs {
			sig, ok1 := oneLine(lc.sig)
			body, ok2 := oneLine(lc.body)
			if !ok1 || !ok2 {
				return nil
			}
			vars = append(vars, "var "+lc.name+" func"+unnamed(sig))
			funcs = append(funcs, lc.name+" = func"+sig+" "+body)
		}
		edits = append(edits, posEdit{at, at, "; " + strings.Join(append(vars, funcs...), "; "), false})
	}
	return edits
}

// oneLine writes Go source on one line: tokens joined by spaces, with the
// semicolons Go inserts at line ends written out. Comments are dropped;
// false for a raw string spanning lines.
func oneLine(src string) (string, bool) {
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	var s scanner.Scanner
	s.Init(f, []byte(src), nil, 0)
	var parts []string
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch {
		case tok == token.SEMICOLON:
			parts = append(parts, ";")
		case lit != "":
			if strings.Contains(lit, "\n") {
				return "", false
			}
			parts = append(parts, lit)
		default:
			parts = append(parts, tok.String())
		}
	}
	return strings.TrimSuffix(strings.Join(parts, " "), " ;"), true // the one inserted at the end
}

// localArg reports whether a type argument names a function's local type.
func (m *mono) localArg(args *types.TypeList) bool {
	for i := range args.Len() {
		if isLocalType(args.At(i), m.c.pkg) {
			return true
		}
	}
	return false
}

// isLocalType reports whether t (or what it points to, or its elements')
// is a type declared in a function of pkg: no top-level code can name it.
func isLocalType(t types.Type, pkg *types.Package) bool {
	for {
		switch x := types.Unalias(t).(type) {
		case *types.Pointer:
			t = x.Elem()
		case *types.Slice:
			t = x.Elem()
		case *types.Named:
			return x.Obj().Pkg() == pkg && x.Obj().Parent() != pkg.Scope()
		default:
			return false
		}
	}
}
