package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"regexp"
)

// Statements at a cell's top level that hold a block (for, if, switch,
// select, {...}). yaegi runs them in the global frame and gets two kinds
// of variables there wrong:
//   - a definition of several variables from one value in such a block:
//     `v, ok := m[k]`, `n, err := f()`, `if v, ok := x.(T); ok` inside a
//     loop all failed with "undefined: v";
//   - a variable declared by the statement, in a header (`for i := ...`,
//     `for _, x := range`, `if v, err := f(); ...`, `switch x := ...`, a
//     type switch's `v := a.(type)`) or a block: one that shadowed a
//     variable of the session, or shared its name with a variable of
//     another type of an earlier statement, panicked ("reflect.Set:
//     value of type float64 is not assignable to type int"); two type
//     switches binding v panicked with "index out of range".
//
// (In a function they work.) Such a statement runs as a function literal
// called in place:
//
//	for _, k := range keys {          func() { for _, k := range keys {
//	    v, ok := m[k]                     v, ok := m[k]
//	    ...                               ...
//	}                                 } }()
//
// Nothing it declares is seen after it, so only its semantics of defer
// (which would run at the literal's end, not the cell's), return and goto
// could differ: a statement holding a return, or a goto other than to the
// statement after it (which becomes a return), is left alone, and
// one holding a defer only when it has no definition of several variables
// from one value, which would not compile (`c, cancel :=
// context.WithCancel(p); defer cancel()` in a loop of main's body pasted
// into a cell: "undefined: cancel"); its defers then run when it ends.
// Lines are kept.

// blockDefineRE finds text that may declare a variable in a block: a for,
// if, switch or case header with :=, a type switch, an indented line with
// := or var, or
// an assignment of values received (selectCaseAssigns makes one in a
// select's case a definition).
var blockDefineRE = regexp.MustCompile(`(?m)\b(for|if|switch|case)\b[^{\n]*:=|\.\(type\)|^[ \t]+(var\b|[\w, ]+:=)|\w+\s*,[^=\n]*=\s*<-`)

// wrapTopBlocks returns src (statements) with each top-level statement
// that holds such a definition in a block wrapped in a function literal.
func wrapTopBlocks(src string) string {
	if !blockDefineRE.MatchString(src) {
		return src
	}
	ps, err := parseStmts(src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	body, off := ps.body, ps.off
	var edits []edit
	for i, st := range body.List {
		if !holdsBlock(st) || !declaresVars(st) || defers(st) && !definesSeveral(st) {
			continue
		}
		exits, ok := gotosAfter(st, body.List[i+1:])
		if !ok {
			continue
		}
		edits = append(edits, edit{off(st.Pos()), off(st.Pos()), "func() { "}, edit{off(st.End()), off(st.End()), " }()"})
		for _, g := range exits {
			edits = append(edits, edit{off(g.Pos()), off(g.End()), "return"})
		}
	}
	return applyEdits(src, edits)
}

// gotosAfter returns st's gotos when each goes to the label of the
// statement that follows st (`goto done` out of a top-level loop, `done:`
// after it), which a return from the literal st runs in does as well; ok
// is false if st returns or has another goto.
func gotosAfter(st ast.Stmt, rest []ast.Stmt) (gotos []*ast.BranchStmt, ok bool) {
	next := ""
	if len(rest) > 0 {
		if l, isLabel := rest[0].(*ast.LabeledStmt); isLabel {
			next = l.Label.Name
		}
	}
	ok = !outsideLits(st, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ReturnStmt:
			return true
		case *ast.BranchStmt:
			if x.Tok != token.GOTO {
				return false
			}
			if next == "" || x.Label.Name != next {
				return true
			}
			gotos = append(gotos, x)
		}
		return false
	})
	return gotos, ok
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

// defers reports whether st has a defer statement (outside function
// literals).
func defers(st ast.Stmt) bool {
	return outsideLits(st, func(n ast.Node) bool {
		_, ok := n.(*ast.DeferStmt)
		return ok
	})
}

// definesSeveral reports whether st defines several variables from one
// value (outside function literals).
func definesSeveral(st ast.Stmt) bool {
	return outsideLits(st, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		return ok && as.Tok == token.DEFINE && len(as.Lhs) > 1 && len(as.Rhs) == 1
	})
}

// declaresVars reports whether st declares variables (outside function
// literals), in a header or a block.
func declaresVars(st ast.Stmt) bool {
	return outsideLits(st, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			return x.Tok == token.DEFINE
		case *ast.RangeStmt:
			return x.Tok == token.DEFINE
		case *ast.TypeSwitchStmt:
			return true // bindSwitch gives it a variable
		case *ast.GenDecl:
			return x.Tok == token.VAR
		case *ast.CommClause:
			as, ok := x.Comm.(*ast.AssignStmt)
			return ok && len(as.Lhs) > 1 // selectCaseAssigns defines the values
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
