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
	for name, end := range m.localTypes {
		re := regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\b`)
		for _, s := range strs {
			if re.MatchString(s) && end > at {
				at = end
			}
		}
	}
	return at
}

// noteLocal records a function-local type an argument names.
func (m *mono) noteLocal(obj *types.TypeName) bool {
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
		m.localTypes = map[string]token.Pos{}
	}
	m.localTypes[obj.Name()] = end
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
		if n, ok := types.Unalias(args.At(i)).(*types.Named); ok && n.Obj().Parent() != m.c.pkg.Scope() && n.Obj().Pkg() == m.c.pkg {
			return true
		}
	}
	return false
}
