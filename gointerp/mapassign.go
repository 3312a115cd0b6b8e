package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// A map element among the targets of a call's several results:
// `subtotals[cur], _ = st.Add(e)` stored nothing (yaegi's assignment of a
// call's results to an index of a map is lost). The results go into
// variables first, then each is assigned on its own:
//
//	m[k], err = f()    →    spargo_mv3_0, spargo_mv3_1 := f(); m[k] = spargo_mv3_0; err = spargo_mv3_1
//
// Only statements of a block are rewritten, and only when the targets'
// operands have no calls (Go evaluates them before the call, the rewritten
// form after it).

// indexedTargetsRE finds assignments of several values whose first target
// is indexed (`m[k], err = `).
var indexedTargetsRE = regexp.MustCompile(`\]\s*,[^=\n]*[^:!<>=]=[^=]`)

// mapResultAssigns lowers the cell's such assignments.
func (c *checked) mapResultAssigns() {
	n := 0
	ast.PreorderStack(c.f, nil, func(node ast.Node, stack []ast.Node) bool {
		as, ok := node.(*ast.AssignStmt)
		if !ok || len(stack) == 0 || !c.mapResultAssign(as) {
			return true
		}
		switch stack[len(stack)-1].(type) {
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
		default:
			return true
		}
		n++
		var temps, assigns []string
		for i, l := range as.Lhs {
			name := fmt.Sprintf("spargo_mv%d_%d", n, i)
			if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
				name = "_"
			} else {
				assigns = append(assigns, "; "+c.text(l)+" = "+name)
			}
			temps = append(temps, name)
		}
		c.add(as.Lhs[0].Pos(), as.Rhs[0].Pos(), strings.Join(temps, ", ")+" := ")
		c.add(as.End(), as.End(), strings.Join(assigns, ""))
		return true
	})
}

// mapResultAssign reports whether as assigns a call's results, one of
// them to an element of a map (not keyed by any, whose keys anyKeys
// rewrites), with targets that have no calls.
func (c *checked) mapResultAssign(as *ast.AssignStmt) bool {
	if as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Rhs) != 1 || c.chunkAt(as.Pos()) < 0 {
		return false
	}
	if _, call := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !call {
		return false
	}
	mapTarget := false
	for _, l := range as.Lhs {
		if !pureOperand(l) || strings.Contains(c.text(l), "\n") {
			return false
		}
		if ix, ok := l.(*ast.IndexExpr); ok && c.isMap(ix.X) {
			if c.anyKeyed(ix.X) {
				return false
			}
			mapTarget = true
		}
	}
	return mapTarget
}

// isMap reports whether e is a map.
func (c *checked) isMap(e ast.Expr) bool {
	_, ok := under(c.typeOf(e)).(*types.Map)
	return ok
}
