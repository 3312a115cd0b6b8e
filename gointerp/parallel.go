package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"
)

// Assignments of several values where one converts to an interface:
// `s, n = P{1}, 7` with s a Stringer left n unassigned, `s, t = P{1},
// MyInt(2)` left t nil, `s, err = get()` with get returning a P panicked
// ("reflect.Set: value of type ... is not assignable"), and
// `v, ok = m[k]` with v an any stored nil for a missing key where Go
// stores "" (then v.(string) failed). yaegi does each conversion right in
// an assignment of one value, so the values go into variables first
// (of the targets' types when there are several values, all evaluated
// before any is assigned, as in Go) and are assigned one by one, in a
// function literal (a block at a cell's top level lost its variables):
//
//	s, n = P{1}, 7    →    func() { var spargo_p0 Stringer = P{1}; var spargo_p1 int = 7; s = spargo_p0; n = spargo_p1 }()
//	s, err = get()    →    func() { spargo_p0, spargo_p1 := get(); s = spargo_p0; err = spargo_p1 }()
//
// The same rewriting serves two more faults of yaegi's assignment of
// several values inside a function: an untyped nil among the values
// assigned to fields (`e.prev, e.next = nil, nil` on a list's nodes)
// panicked with "reflect: New(nil)" (rewrite.go's nilsLast moves the nils
// assigned to names), and a value of type any assigned to an any
// (`a, b = b, a`) with "reflect.Set: ... interp.valueInterface".
//
// Only statements of a block are rewritten (an if's init cannot hold a
// call statement), and only when each target is a name or a field of a
// name (`e.next`) that no other target assigns: Go evaluates the operands
// of the targets before it assigns any, the rewritten form as it assigns
// each. An index on the left is left alone for the same reason.

// parallelRE finds assignments to two or more names or fields.
var parallelRE = regexp.MustCompile(`[\pL_][\w.]*\s*,\s*[\pL_][\w.]*\s*(,\s*[\pL_][\w.]*\s*)*=[^=]`)

// parallelTargets calls f for each such assignment in n.
func parallelTargets(n ast.Node, info *types.Info, f func(*ast.AssignStmt)) {
	stmts := func(list []ast.Stmt) {
		for _, s := range list {
			if as, ok := s.(*ast.AssignStmt); ok && needsTemps(as, info) {
				f(as)
			}
		}
	}
	ast.Inspect(n, func(x ast.Node) bool {
		switch b := x.(type) {
		case *ast.BlockStmt:
			stmts(b.List)
		case *ast.CaseClause:
			stmts(b.Body)
		case *ast.CommClause:
			stmts(b.Body)
		}
		return true
	})
}

// needsTemps reports whether as assigns several values to names or
// fields, one of them converted to an interface type, an untyped nil, or
// an any assigned to an any.
func needsTemps(as *ast.AssignStmt, info *types.Info) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || !separateTargets(as.Lhs) {
		return false
	}
	vals := valueTypes(as, info)
	if vals == nil {
		return false
	}
	fields := slices.ContainsFunc(as.Lhs, func(l ast.Expr) bool { _, ok := l.(*ast.SelectorExpr); return ok })
	for i, l := range as.Lhs {
		t := info.Types[l].Type
		if t == nil || isTypeParam(t) || vals[i] == nil {
			continue
		}
		nilValue := isUntypedNil(vals[i])
		switch {
		case nilValue && fields:
			return true // (nilsLast, rewrite.go, moves nils assigned to names)
		case types.IsInterface(t) && !nilValue && !types.Identical(vals[i], t):
			return true
		case isEmptyIface(t) && isEmptyIface(vals[i]):
			return true
		}
	}
	return false
}

// separateTargets reports whether each target is a name or a chain of
// fields from a name, and no target is the name or a field another one
// goes through (`p, p.next` or `n.left, n.left.up`).
func separateTargets(lhs []ast.Expr) bool {
	paths := make([]string, len(lhs))
	for i, l := range lhs {
		p, ok := fieldPath(l)
		if !ok {
			return false
		}
		paths[i] = p
	}
	for i, p := range paths {
		for j, q := range paths {
			if i != j && p != "_" && strings.HasPrefix(q, p+".") {
				return false
			}
		}
	}
	return true
}

// fieldPath is e written out when it is a name or a chain of selectors
// from one (`e.next.val`).
func fieldPath(e ast.Expr) (string, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return e.Name, true
	case *ast.SelectorExpr:
		p, ok := fieldPath(e.X)
		return p + "." + e.Sel.Name, ok
	}
	return "", false
}

func isUntypedNil(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && b.Kind() == types.UntypedNil
}

// valueTypes are the types of the values as assigns, in order; nil if
// not known.
func valueTypes(as *ast.AssignStmt, info *types.Info) []types.Type {
	if len(as.Rhs) == len(as.Lhs) {
		vals := make([]types.Type, len(as.Rhs))
		for i, r := range as.Rhs {
			vals[i] = info.Types[r].Type
		}
		return vals
	}
	if len(as.Rhs) != 1 {
		return nil
	}
	r := ast.Unparen(as.Rhs[0])
	if tup, ok := info.Types[r].Type.(*types.Tuple); ok && tup.Len() == len(as.Lhs) {
		vals := make([]types.Type, tup.Len())
		for i := range vals {
			vals[i] = tup.At(i).Type()
		}
		return vals
	}
	if len(as.Lhs) != 2 {
		return nil
	}
	var val types.Type
	switch r := r.(type) {
	case *ast.IndexExpr:
		if m, ok := under(info.Types[r.X].Type).(*types.Map); ok {
			val = m.Elem()
		}
	case *ast.UnaryExpr:
		if c, ok := under(info.Types[r.X].Type).(*types.Chan); ok && r.Op == token.ARROW {
			val = c.Elem()
		}
	case *ast.TypeAssertExpr:
		if r.Type != nil {
			val = info.Types[r.Type].Type
		}
	}
	if val == nil {
		return nil
	}
	return []types.Type{val, types.Typ[types.Bool]}
}

// parallelEdits are the edits for as; lhs are its targets as the output
// writes them, typ writes a target's type ("" if it cannot).
func parallelEdits(as *ast.AssignStmt, lhs []string, typ func(ast.Expr) string) []posEdit {
	var assigns strings.Builder
	for i, l := range lhs {
		fmt.Fprintf(&assigns, "; %s = spargo_p%d", l, i)
	}
	assigns.WriteString(" }()")
	end := posEdit{start: as.Rhs[len(as.Rhs)-1].End(), end: as.Rhs[len(as.Rhs)-1].End(), text: assigns.String()}
	if len(as.Rhs) == 1 {
		names := make([]string, len(lhs))
		for i := range lhs {
			names[i] = fmt.Sprintf("spargo_p%d", i)
		}
		return []posEdit{{start: as.Lhs[0].Pos(), end: as.Rhs[0].Pos(), text: "func() { " + strings.Join(names, ", ") + " := "}, end}
	}
	var edits []posEdit
	for i, l := range as.Lhs {
		decl := fmt.Sprintf("var spargo_p%d = ", i)
		if !isBlank(l) {
			t := typ(l)
			if t == "" {
				return nil
			}
			decl = fmt.Sprintf("var spargo_p%d %s = ", i, t)
		}
		from := as.Lhs[0].Pos()
		prefix := "func() { "
		if i > 0 {
			from, prefix = as.Rhs[i-1].End(), "; "
		}
		edits = append(edits, posEdit{start: from, end: as.Rhs[i].Pos(), text: prefix + decl})
	}
	return append(edits, end)
}

// parallelAssigns lowers the cell's assignments of several values.
func (c *checked) parallelAssigns() {
	parallelTargets(c.f, c.info, func(as *ast.AssignStmt) {
		if c.chunkAt(as.Pos()) < 0 {
			return
		}
		lhs := make([]string, len(as.Lhs))
		for i, l := range as.Lhs {
			lhs[i] = c.text(l)
		}
		typ := func(e ast.Expr) string {
			if t := c.typeOf(e); t != nil && c.nameable(t) && !isLocalType(t, c.pkg) {
				return c.typeString(t)
			}
			return ""
		}
		for _, e := range parallelEdits(as, lhs, typ) {
			c.add(e.start, e.end, e.text)
		}
	})
}

// parallelAssigns is the same for generic code n, in its copies.
func (m *mono) parallelAssigns(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	parallelTargets(n, m.c.info, func(as *ast.AssignStmt) {
		lhs := make([]string, len(as.Lhs))
		for i, l := range as.Lhs {
			lhs[i] = m.text(l, m.refs(l, env))
		}
		typ := func(e ast.Expr) string {
			if s, ok := m.typeExpr(m.c.info.Types[e].Type, env); ok {
				return s
			}
			return ""
		}
		edits = append(edits, parallelEdits(as, lhs, typ)...)
	})
	return edits
}
