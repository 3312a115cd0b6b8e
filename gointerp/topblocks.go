package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
)

// Statements at a cell's top level that hold a block (for, if, switch,
// select, {...}). yaegi does not compile, in such a block, a definition of
// several variables from one value: `v, ok := m[k]`, `n, err := f()`,
// `if v, ok := x.(T); ok` inside a loop all failed with "undefined: v".
// (At the top level itself, and in a function, they work.) Such a
// statement runs as a function literal called in place, where they work:
//
//	for _, k := range keys {          func() { for _, k := range keys {
//	    v, ok := m[k]                     v, ok := m[k]
//	    ...                               ...
//	}                                 } }()
//
// Nothing it declares is seen after it, so only its semantics of defer
// (which would run at the literal's end, not the cell's) and return could
// differ: a statement holding either is left alone. Lines are kept.

// multiDefineRE finds text that may define several variables from one
// value in a nested block: an indented line, an if/for/switch header or a
// select's case, with a comma before := or a var declaration of several
// names, or an assignment of two values received (selectCaseAssigns makes
// one in a select's case a definition).
var multiDefineRE = regexp.MustCompile(`(?m)(^[ \t]+|\b(if|for|switch|case)\s+)(\w+\s*,[\w\s,]*:=|var\s+\w+\s*,|\w+\s*,[^=\n]*=\s*<-)`)

// wrapTopBlocks returns src (statements) with each top-level statement
// that holds such a definition in a block wrapped in a function literal.
func wrapTopBlocks(src string) string {
	if !multiDefineRE.MatchString(src) {
		return src
	}
	const prefix = "package p\nfunc _() {\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", prefix+src+"\n}", parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return src
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	off := func(p token.Pos) int { return fset.Position(p).Offset - len(prefix) }
	var edits []edit
	for _, st := range body.List {
		if holdsBlock(st) && definesSeveral(st) && !defersOrReturns(st) {
			edits = append(edits, edit{off(st.Pos()), off(st.Pos()), "func() { "}, edit{off(st.End()), off(st.End()), " }()"})
		}
	}
	return applyEdits(src, edits)
}

// holdsBlock reports whether st is a statement with a block.
func holdsBlock(st ast.Stmt) bool {
	switch x := st.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt, *ast.BlockStmt:
		return true
	case *ast.LabeledStmt:
		return holdsBlock(x.Stmt)
	}
	return false
}

// definesSeveral reports whether st defines several variables from one
// value (outside function literals).
func definesSeveral(st ast.Stmt) bool {
	return outsideLits(st, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			return x.Tok == token.DEFINE && len(x.Lhs) > 1 && len(x.Rhs) == 1
		case *ast.CommClause:
			as, ok := x.Comm.(*ast.AssignStmt)
			return ok && len(as.Lhs) > 1 // selectCaseAssigns defines the values
		case *ast.ValueSpec:
			return len(x.Names) > 1 && len(x.Values) == 1
		}
		return false
	})
}

// defersOrReturns reports whether st defers or returns (outside function
// literals).
func defersOrReturns(st ast.Stmt) bool {
	return outsideLits(st, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.DeferStmt, *ast.ReturnStmt:
			return true
		}
		return false
	})
}

// outsideLits reports whether match holds for a node of n outside the
// function literals in it.
func outsideLits(n ast.Node, match func(ast.Node) bool) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if _, lit := m.(*ast.FuncLit); lit || found {
			return false
		}
		found = m != nil && match(m)
		return !found
	})
	return found
}
