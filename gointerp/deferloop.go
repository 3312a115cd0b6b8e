package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A function literal deferred in a loop ran, on yaegi, with the variables
// of the loop's last iteration: `for _, n := range names { defer func() {
// log(n) }() }` logged the last name each time. yaegi builds the deferred
// literal's closure when the function returns, from the frame as it is
// then. Defining the literal in a variable first does not help: yaegi
// deadlocks when a deferred call calls a closure of the same frame (its
// runner holds the frame's mutex, which the closure takes again).
//
// So the variables the literal reads that the loop declares (its own
// variables and those its body defines) become parameters of the literal,
// passed as arguments, which deferCall then evaluates at the defer:
//
//	defer func() { log(n) }()    →    defer func(n string) { log(n) }(n)
//
// The literal stays the deferred function, so recover still works in it.
// A variable the loop changes after defining it (assigned, incremented,
// its address taken, a pointer method called on it) is left captured:
// passing its value would hide the change.

// loopCaptures returns the variables that lit, deferred inside loop (the
// outermost loop around the defer in its function), reads and that loop
// declares and never changes; nil when there are none or one has a type
// the cell cannot write.
func (c *checked) loopCaptures(lit *ast.FuncLit, loop ast.Node) []*types.Var {
	var vars []*types.Var
	seen := map[*types.Var]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		v, ok := c.info.Uses[id].(*types.Var)
		if !ok || seen[v] || v.IsField() || v.Pos() < loop.Pos() || v.Pos() >= loop.End() ||
			(v.Pos() >= lit.Pos() && v.Pos() < lit.End()) {
			return true
		}
		seen[v] = true
		vars = append(vars, v)
		return true
	})
	for _, v := range vars {
		if !c.writable(v.Type()) || c.changes(loop, v) {
			return nil
		}
	}
	return vars
}

// changes reports whether code inside loop may change v after defining it.
func (c *checked) changes(loop ast.Node, v *types.Var) bool {
	is := func(e ast.Expr) bool { return c.rootVar(e) == v }
	found := false
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.ForStmt:
			if c.definedBy(x.Init, v) {
				// a per-iteration variable: the post statement
				// changes the next iteration's copy
				ast.Inspect(x.Cond, visit)
				ast.Inspect(x.Body, visit)
				return false
			}
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if id, ok := l.(*ast.Ident); !ok || c.info.Defs[id] != v {
					found = found || is(l)
				}
			}
		case *ast.IncDecStmt:
			found = found || is(x.X)
		case *ast.UnaryExpr:
			found = found || (x.Op == token.AND && is(x.X))
		case *ast.RangeStmt:
			found = found || (x.Tok == token.ASSIGN && (is(x.Key) || is(x.Value)))
		case *ast.SelectorExpr:
			found = found || (c.pointerMethod(x) && is(x.X))
		}
		return !found
	}
	ast.Inspect(loop, visit)
	return found
}

// definedBy reports whether s is a definition of v.
func (c *checked) definedBy(s ast.Stmt, v *types.Var) bool {
	a, ok := s.(*ast.AssignStmt)
	if !ok || a.Tok != token.DEFINE {
		return false
	}
	for _, l := range a.Lhs {
		if id, ok := l.(*ast.Ident); ok && c.info.Defs[id] == v {
			return true
		}
	}
	return false
}

// rootVar is the variable an assignable expression starts from: v for v,
// v.f, v[i], (v) and *v; nil otherwise.
func (c *checked) rootVar(e ast.Expr) *types.Var {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			v, _ := c.info.Uses[x].(*types.Var)
			return v
		case *ast.ParenExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// pointerMethod reports whether sel selects a method with a pointer
// receiver on an operand that is not a pointer (so may change it).
func (c *checked) pointerMethod(sel *ast.SelectorExpr) bool {
	s := c.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	recv := s.Obj().Type().(*types.Signature).Recv()
	_, ptrRecv := recv.Type().(*types.Pointer)
	_, ptrOperand := s.Recv().Underlying().(*types.Pointer)
	return ptrRecv && !ptrOperand
}

// outerLoop is the outermost for or range statement of stack (the nodes
// enclosing a statement, from the file down) inside the statement's
// function; nil when none.
func outerLoop(stack []ast.Node) ast.Node {
	var loop ast.Node
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return loop
		case *ast.ForStmt, *ast.RangeStmt:
			loop = stack[i]
		}
	}
	return loop
}
