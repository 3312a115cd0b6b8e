package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"
)

// lowerLoops collects edits that give loops Go 1.22 semantics on yaegi
// (which has the old ones): range over an integer becomes a counting loop,
// and each variable a loop declares becomes a per-iteration copy of a
// renamed loop variable, so closures and goroutines capture each
// iteration's value. (Renaming, not `i := i`: yaegi mishandles a same-name
// copy at the top level of a cell.) A three-clause loop whose body assigns
// its variable copies it back (copyBack) if a closure captures it, and
// else keeps the old semantics, which nothing can tell apart.
func lowerLoops(src string, node ast.Node, off func(token.Pos) int, isInt func(ast.Expr) bool, n *int) []edit {
	var edits []edit
	renamed := map[string]string{} // loop variable -> hidden name
	hide := func(name string) string {
		*n++
		h := fmt.Sprintf("spargoL%d", *n)
		renamed[name] = h
		return h
	}
	copies := func(body *ast.BlockStmt) {
		if len(renamed) == 0 {
			return
		}
		var names, hidden []string
		for name, h := range renamed {
			names, hidden = append(names, name), append(hidden, h)
		}
		p := off(body.Lbrace) + 1
		edits = append(edits, edit{p, p, " " + strings.Join(names, ", ") + " := " + strings.Join(hidden, ", ") + ";"})
	}
	rename := func(e ast.Node) {
		if e == nil {
			return
		}
		ast.Inspect(e, func(m ast.Node) bool {
			switch x := m.(type) {
			case *ast.SelectorExpr:
				ast.Inspect(x.X, func(k ast.Node) bool {
					if id, ok := k.(*ast.Ident); ok && renamed[id.Name] != "" {
						edits = append(edits, edit{off(id.Pos()), off(id.End()), renamed[id.Name]})
					}
					return true
				})
				return false
			case *ast.FuncLit:
				return false // its own scope
			case *ast.Ident:
				if renamed[x.Name] != "" {
					edits = append(edits, edit{off(x.Pos()), off(x.End()), renamed[x.Name]})
				}
			}
			return true
		})
	}
	switch s := node.(type) {
	case *ast.RangeStmt:
		if s.Tok == token.ASSIGN && s.Key != nil {
			return rangeAssign(src, s, off, isInt, n)
		}
		if s.Tok != token.DEFINE && !(s.Key == nil && isInt(s.X)) {
			return nil
		}
		key := identName(s.Key)
		if s.Value == nil && isInt(s.X) {
			k := key
			if k == "" {
				k = "_"
			}
			k = hide(k)
			x := src[off(s.X.Pos()):off(s.X.End())]
			*n++
			limit := fmt.Sprintf("spargoN%d", *n)
			// k starts as x-x so it has x's type, as range over int does.
			head := fmt.Sprintf("for %s, %s := (%s)-(%s), (%s); %s < %s; %s++ ", k, limit, x, x, x, k, limit, k)
			edits = append(edits, edit{off(s.For), off(s.Body.Lbrace), head})
			if key == "" {
				renamed = map[string]string{}
			}
			copies(s.Body)
			return edits
		}
		for _, e := range []ast.Expr{s.Key, s.Value} {
			if name := identName(e); name != "" {
				edits = append(edits, edit{off(e.Pos()), off(e.End()), hide(name)})
			}
		}
		copies(s.Body)
	case *ast.ForStmt:
		init, ok := s.Init.(*ast.AssignStmt)
		if !ok || init.Tok != token.DEFINE || hasTypeAssert(s.Cond) || hasTypeAssert(s.Post) {
			// (nilSafeAssert rewrites an assertion from the source's text,
			// which would lose the renames: `c, ok = c.Cdr.(*Cell)`)
			return nil
		}
		var names []string
		assigned := false
		for _, l := range init.Lhs {
			name := identName(l)
			if name == "" {
				return nil
			}
			names = append(names, name)
			assigned = assigned || assigns(s.Body, name)
		}
		if assigned && (!captures(s.Body, names) || jumpsOut(s.Body)) {
			return nil
		}
		var hidden []string
		for _, name := range names {
			hidden = append(hidden, hide(name))
		}
		for _, l := range init.Lhs {
			rename(l)
		}
		rename(s.Cond)
		rename(s.Post)
		copies(s.Body)
		if assigned {
			edits = append(edits, copyBack(s.Body, names, hidden, off)...)
		}
	}
	return edits
}

// copyBack writes, for a three-clause loop whose body assigns its
// variables and captures them (`if i%3 == 0 { i++ }` then a closure
// returning i), the copies' values back into the loop's variables at the
// end of the body and before each continue: the next iteration starts
// from them, and a closure keeps its own iteration's copy, as in Go 1.22.
func copyBack(body *ast.BlockStmt, names, hidden []string, off func(token.Pos) int) []edit {
	back := strings.Join(hidden, ", ") + " = " + strings.Join(names, ", ")
	edits := []edit{{off(body.Rbrace), off(body.Rbrace), "; " + back + " "}}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			return false // their continues are their own
		case *ast.BranchStmt:
			if x.Tok == token.CONTINUE && x.Label == nil {
				edits = append(edits, edit{off(x.Pos()), off(x.End()), "{ " + back + "; continue }"})
			}
		}
		return true
	})
	return edits
}

// captures reports whether body refers to one of names in a function
// literal or takes its address: only then does a per-iteration copy show.
func captures(body *ast.BlockStmt, names []string) bool {
	named := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(m ast.Node) bool {
			if id, ok := m.(*ast.Ident); ok && slices.Contains(names, id.Name) {
				found = true
			}
			return !found
		})
		return found
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			found = found || named(x.Body)
			return false
		case *ast.UnaryExpr:
			found = found || x.Op == token.AND && named(x.X)
		}
		return !found
	})
	return found
}

// jumpsOut reports whether body has a labeled continue or a goto, which
// copyBack does not follow.
func jumpsOut(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && (b.Tok == token.GOTO || b.Tok == token.CONTINUE && b.Label != nil) {
			found = true
		}
		return !found
	})
	return found
}

func identName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
		return id.Name
	}
	return ""
}

// assigns reports whether body assigns to (or increments) name.
func assigns(body *ast.BlockStmt, name string) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			if s.Tok != token.DEFINE {
				for _, l := range s.Lhs {
					if identName(l) == name {
						found = true
					}
				}
			}
		case *ast.IncDecStmt:
			if identName(s.X) == name {
				found = true
			}
		}
		return !found
	})
	return found
}

// intExpr reports whether e is surely an integer without type checking: an
// integer literal, len or cap, arithmetic on those, or a name the caller
// knows to be an integer.
func intExpr(e ast.Expr, isIntName func(string) bool) bool {
	switch x := e.(type) {
	case *ast.BasicLit:
		return x.Kind == token.INT
	case *ast.ParenExpr:
		return intExpr(x.X, isIntName)
	case *ast.BinaryExpr:
		return intExpr(x.X, isIntName) && intExpr(x.Y, isIntName)
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok {
			switch id.Name {
			case "len", "cap":
				return true
			case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64":
				return len(x.Args) == 1
			}
		}
	case *ast.Ident:
		return isIntName(x.Name)
	}
	return false
}

// reorderMinMax moves literal arguments of min and max after the others
// (literals have no side effects, and the result does not depend on the
// order), and gives an all-literal call its default type (float64 when a
// float is among them), since yaegi infers the type parameter from the
// first argument.
func reorderMinMax(src string, call *ast.CallExpr, off func(token.Pos) int) (edit, bool) {
	id, ok := call.Fun.(*ast.Ident)
	if !ok || (id.Name != "min" && id.Name != "max") || len(call.Args) < 2 {
		return edit{}, false
	}
	var vars, lits []string
	kind := token.ILLEGAL // the literals' kind, FLOAT if any is
	for _, a := range call.Args {
		text := src[off(a.Pos()):off(a.End())]
		if lit, ok := a.(*ast.BasicLit); ok {
			if kind != token.FLOAT {
				kind = lit.Kind
			}
			lits = append(lits, text)
		} else {
			vars = append(vars, text)
		}
	}
	if len(lits) == 0 {
		return edit{}, false
	}
	if len(vars) == 0 {
		// All constants: the default type of their kind, as Go gives
		// `x := min(3, 1)` (yaegi cannot type untyped constants here).
		typ := map[token.Token]string{token.INT: "int", token.FLOAT: "float64", token.CHAR: "rune", token.STRING: "string"}[kind]
		if typ == "" {
			return edit{}, false
		}
		lits[0] = typ + "(" + lits[0] + ")"
	}
	args := strings.Join(append(vars, lits...), ", ")
	return edit{off(call.Lparen) + 1, off(call.Rparen), args}, true
}

// localInts lists names the source declares as integers (`n := 10`,
// `n := len(xs)`), so `range n` in the same cell is lowered too.
func localInts(f *ast.File, isIntName func(string) bool) map[string]bool {
	ints := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		a, ok := n.(*ast.AssignStmt)
		if !ok || a.Tok != token.DEFINE || len(a.Lhs) != len(a.Rhs) {
			return true
		}
		for i, l := range a.Lhs {
			if name := identName(l); name != "" && intExpr(a.Rhs[i], func(s string) bool { return ints[s] || isIntName(s) }) {
				ints[name] = true
			}
		}
		return true
	})
	return ints
}

// rangeAssign lowers `for k, v = range x { body }`, whose assignments yaegi
// does not make (the outer k keeps its value), into a loop over hidden
// variables that assigns k and v at the start of each iteration, as Go
// does: `for h1, h2 := range x { k, v = h1, h2; body }`.
func rangeAssign(src string, s *ast.RangeStmt, off func(token.Pos) int, isInt func(ast.Expr) bool, n *int) []edit {
	text := func(e ast.Expr) string { return src[off(e.Pos()):off(e.End())] }
	*n++
	k := fmt.Sprintf("spargoK%d", *n)
	x := text(s.X)
	lhs, rhs := text(s.Key), k
	var head string
	switch {
	case isInt(s.X) && s.Value == nil:
		limit := fmt.Sprintf("spargoN%d", *n)
		head = fmt.Sprintf("for %s, %s := (%s)-(%s), (%s); %s < %s; %s++ ", k, limit, x, x, x, k, limit, k)
	case s.Value != nil:
		v := fmt.Sprintf("spargoV%d", *n)
		head = fmt.Sprintf("for %s, %s := range %s ", k, v, x)
		lhs, rhs = lhs+", "+text(s.Value), rhs+", "+v
	default:
		head = fmt.Sprintf("for %s := range %s ", k, x)
	}
	p := off(s.Body.Lbrace) + 1
	return []edit{
		{off(s.For), off(s.Body.Lbrace), head},
		{p, p, " " + lhs + " = " + rhs + ";"},
	}
}

// hasTypeAssert reports whether n holds a type assertion.
func hasTypeAssert(n ast.Node) bool {
	found := false
	if n != nil {
		ast.Inspect(n, func(m ast.Node) bool {
			_, isTA := m.(*ast.TypeAssertExpr)
			found = found || isTA
			return !found
		})
	}
	return found
}
