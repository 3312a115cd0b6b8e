package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
	"strings"
)

// Package variables declared after the functions that use them, in a cell
// that also runs statements. Such a cell runs in source order (a cell of
// declarations only is one Go file, where order does not matter), so
//
//	func (a *Account) Deposit(x float64) error { ... ErrInvalid ... }
//	var ErrInvalid = errors.New("invalid amount")
//	accts := map[int]*Account{}
//
// failed with "undefined: ErrInvalid", as Go would not. hoistVars moves
// such a var declaration up to just before the first declaration that
// names one of its variables, across declarations only (never across a
// statement, whose effects its initializer might see), and only when its
// text names nothing that the declarations it moves across declare.
func hoistVars(body []chunk) []chunk {
	for j := 0; j < len(body); j++ {
		names := declaredNames(body[j])
		if body[j].kind != kindStmt || !isVarDecl(body[j]) || len(names) == 0 {
			continue
		}
		uses := wordsRE(names)
		i := j - 1
		for i >= 0 && body[i].kind == kindDecl {
			i--
		}
		i++ // body[i:j] are the declarations just before it
		for i < j && !uses.MatchString(body[i].src) {
			i++
		}
		if i == j || namesAny(body[j].src, body[i:j]) {
			continue
		}
		v := body[j]
		copy(body[i+1:j+1], body[i:j])
		body[i] = v
	}
	return body
}

// hoistTypes moves a type declaration of a cell that also runs statements
// up across the statements and declarations before it that it does not
// name: in Go a type declared anywhere in the file is seen everywhere, and
// a copy of a generic function for it (monocell.go) is declared before
// the cell's first statement that calls one (`fmt.Println(f(3, 3))`,
// `type S struct{...}`, `f(S{}, S{})` failed: "undefined: S"). It crosses
// a statement only if that does not name it, and a declaration even if it
// does: an interface whose method takes a *Board, then a package variable,
// then `type Board` had left the interface in a run of its own, where
// Board was undefined.
func hoistTypes(body []chunk) []chunk {
	for j := 0; j < len(body); j++ {
		if body[j].kind != kindDecl || !strings.HasPrefix(body[j].src, "type") {
			continue
		}
		names := declaredNames(body[j])
		refs := typeRefs(body[j].src)
		i := j
		for i > 0 && !refs(body[i-1:i]) && (body[i-1].kind == kindDecl || !namesAny(body[i-1].src, body[j:j+1])) {
			i--
		}
		crosses := false
		for _, c := range body[i:j] {
			crosses = crosses || c.kind == kindStmt
		}
		if !crosses || len(names) == 0 {
			continue
		}
		t := body[j]
		copy(body[i+1:j+1], body[i:j])
		body[i] = t
	}
	return body
}

// typeRefs returns a test of whether the type declaration src names
// something that chunks declare, its field and method names aside (a
// field Paid is not the variable Paid); namesAny's, by words, if src does
// not parse.
func typeRefs(src string) func(chunks []chunk) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return func(chunks []chunk) bool { return namesAny(src, chunks) }
	}
	used := map[string]bool{}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Field:
			ast.Inspect(x.Type, visit) // not its names
			return false
		case *ast.SelectorExpr:
			ast.Inspect(x.X, visit) // not the member
			return false
		case *ast.Ident:
			used[x.Name] = true
		}
		return true
	}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			for _, sp := range g.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok {
					ast.Inspect(ts.Type, visit)
					if ts.TypeParams != nil {
						ast.Inspect(ts.TypeParams, visit)
					}
				}
			}
		} else {
			ast.Inspect(d, visit) // (methods written after the type)
		}
	}
	return func(chunks []chunk) bool {
		for _, c := range chunks {
			for _, n := range declaredNames(c) {
				if used[n] {
					return true
				}
			}
		}
		return false
	}
}

// namesAny reports whether src names something that chunks declare.
func namesAny(src string, chunks []chunk) bool {
	var names []string
	for _, c := range chunks {
		names = append(names, declaredNames(c)...)
	}
	return len(names) > 0 && wordsRE(names).MatchString(src)
}

// wordsRE matches any of names as a whole word.
func wordsRE(names []string) *regexp.Regexp {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = regexp.QuoteMeta(n)
	}
	return regexp.MustCompile(`\b(` + strings.Join(quoted, "|") + `)\b`)
}
