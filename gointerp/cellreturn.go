package gointerp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// A return at a cell's top level, as in the body of main pasted into a
// cell:
//
//	if err != nil {
//	    fmt.Println(err)
//	    return
//	}
//
// yaegi has no function to return from there and failed with "CFG
// post-order panic". The kernel ends the cell instead, as the program would
// have ended main: the return becomes a call of spargo_rt.EndCell, which
// panics with the value os.Exit(0) uses, so the cell's deferred calls run
// and the cell ends without an error. A return with values is a compile
// error, as in main. A recover() there, which Go answers nil (it is not
// called by a deferred function), is written nil: yaegi panicked on it.

// cellReturns rewrites the top-level returns of the statement chunks of
// body, or reports one that returns values.
func cellReturns(body []chunk) ([]chunk, error) {
	for i, c := range body {
		if c.kind != kindStmt || !strings.Contains(c.src, "return") && !strings.Contains(c.src, "recover()") {
			continue
		}
		ps, err := parseStmts(c.src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		var edits []edit
		var bad *ast.ReturnStmt
		ast.Inspect(ps.body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				if len(x.Results) > 0 && bad == nil {
					bad = x
				}
				start := ps.off(x.Pos())
				edits = append(edits, edit{start, start + len("return"), rtName + ".EndCell()"})
			case *ast.CallExpr:
				// recover() outside a deferred function gives nil in Go; at
				// a cell's top level yaegi panicked (nil dereference)
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "recover" && len(x.Args) == 0 {
					edits = append(edits, edit{ps.off(x.Pos()), ps.off(x.End()), "any(nil)"})
				}
			}
			return true
		})
		if bad != nil {
			line, col := cellPos(ps.fset.Position(bad.Pos()), c)
			return nil, compileError(fmt.Errorf("cell:%d:%d: too many return values: a return at a cell's top level ends the cell and takes no values", line, col), nil, 0)
		}
		body[i].src = applyEdits(c.src, edits)
	}
	return body, nil
}

// cellLoopReturns makes the returns in the body of range s over a function,
// at a cell's top level, end the cell, as cellReturns does for the cell's
// others (those are not in the closure the body becomes); ok is false for
// a return with values, left for yaegi to report.
func cellLoopReturns(s *ast.RangeStmt, off func(token.Pos) int) (edits []edit, ok bool) {
	ok = true
	walkReturns(s.Body, func(r *ast.ReturnStmt) {
		ok = ok && len(r.Results) == 0
		edits = append(edits, edit{off(r.Pos()), off(r.End()), rtName + ".EndCell()"})
	})
	return edits, ok
}
