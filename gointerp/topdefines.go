package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// A cell's top-level statement that defines several variables
// (`rows, err := r.ReadAll()`, `v, ok := m[k]`, `a, b := f(), 0`), then one that
// indexes one of them (`header := rows[0]`): yaegi, which types a cell's
// top-level variables before it runs its statements, failed with
// "constant definition loop" at the second (or panicked: "nil type"),
// even in a later cell. Declared with their types first, the variables
// are assigned:
//
//	rows, err := r.ReadAll()    →    var rows [][]string; var err error; rows, err = r.ReadAll()
//
// A variable the statement assigns rather than defines is not declared
// again; nor is any if one of the new ones has a type the cell cannot
// write.

// topDefineRE finds cells that may have such a statement.
var topDefineRE = regexp.MustCompile(`(?m)^[\pL_][\pL\pN_]*(\s*,\s*[\pL_][\pL\pN_]*)+\s*:=`)

// topDefines lowers the cell's such statements.
func (c *checked) topDefines() {
	for _, d := range c.f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !isCellBlock(fd) {
			continue
		}
		for _, st := range fd.Body.List {
			if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) > 1 && c.chunkAt(as.Pos()) >= 0 {
				c.topDefine(as)
			}
		}
	}
}

// topDefine declares as's new variables and makes it an assignment.
func (c *checked) topDefine(as *ast.AssignStmt) {
	if u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW && len(as.Rhs) == 1 {
		return // (topReceives)
	}
	var decls []string
	var edits []posEdit
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return
		}
		name, t := id.Name, types.Type(nil)
		if name == "_" {
			// (yaegi: "cannot use _ as value" in the assignment)
			name = fmt.Sprintf("spargo_blank%d", id.Pos())
			if vals := valueTypes(as, c.info); vals != nil {
				t = types.Default(vals[i])
			}
			edits = append(edits, posEdit{id.Pos(), id.End(), name, false})
		} else if v, ok := c.info.Defs[id].(*types.Var); ok {
			t = v.Type()
		} else {
			continue // a variable assigned
		}
		if t == nil || !c.writable(t) || !c.nameable(t) || isLocalType(t, c.pkg) || strings.Contains(types.TypeString(t, nil), "invalid type") {
			return // (a name the checker does not know: display.Input)
		}
		decls = append(decls, "var "+name+" "+c.typeString(t)+"; ")
	}
	if len(decls) == len(edits) {
		return // nothing defined
	}
	c.add(as.Pos(), as.Pos(), strings.Join(decls, ""))
	for _, e := range edits {
		c.add(e.start, e.end, e.text)
	}
	c.add(as.TokPos, as.TokPos+2, "=")
}
