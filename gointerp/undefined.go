package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"sort"
	"strings"
)

// explainLoop improves yaegi's "constant/variable definition loop" error,
// which it reports for a top-level statement that uses an undefined name:
// it looks for names in the cell that nothing declares and, if it finds
// some, reports them the way the Go compiler would.
func (in *Interp) explainLoop(msg string, chunks []chunk) string {
	if !strings.Contains(msg, "definition loop") {
		return msg
	}
	var src strings.Builder
	for _, c := range chunks {
		src.WriteString(c.src + "\n")
	}
	missing := in.undefinedNames(src.String())
	if len(missing) == 0 {
		return msg
	}
	sort.Strings(missing)
	pos, _, _ := strings.Cut(msg, " ")
	if name, _, ok := strings.Cut(pos, ":"); ok {
		if line, col := firstUse(chunks, missing); line > 0 {
			pos = fmt.Sprintf("%s:%d:%d:", name, line, col)
		}
	}
	return pos + " undefined: " + strings.Join(missing, ", ")
}

// firstUse finds the cell line and column of the first use of one of
// names in chunks, as the compiler reports an undefined name (yaegi gives
// the statement's start).
func firstUse(chunks []chunk, names []string) (line, col int) {
	want := map[string]bool{}
	for _, n := range names {
		want[n] = true
	}
	for _, c := range chunks {
		ps, err := parseStmts(c.src, 0)
		if err != nil {
			continue
		}
		fset := ps.fset
		ast.Inspect(ps.file, func(n ast.Node) bool {
			if line > 0 {
				return false
			}
			if sel, ok := n.(*ast.SelectorExpr); ok {
				ast.Inspect(sel.X, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok && want[id.Name] && line == 0 {
						line, col = cellPos(fset.Position(id.Pos()), c)
					}
					return line == 0
				})
				return false
			}
			if id, ok := n.(*ast.Ident); ok && want[id.Name] {
				line, col = cellPos(fset.Position(id.Pos()), c)
			}
			return line == 0
		})
		if line > 0 {
			return line, col
		}
	}
	return 0, 0
}

// cellPos maps a position in a chunk parsed after stmtsPrefix's two lines
// to the cell's line and column.
func cellPos(p token.Position, c chunk) (int, int) {
	l := p.Line - 2 // the header's lines
	if l == 1 {
		return c.line, c.col + p.Column - 1
	}
	return c.line + l - 1, p.Column
}

// undefinedNames lists identifiers src uses that neither src, earlier
// cells, imports nor the language declare.
func (in *Interp) undefinedNames(src string) []string {
	ps, err := parseStmts(src, 0)
	if err != nil {
		return nil
	}
	f := ps.file
	declared := map[string]bool{}
	used := map[string]bool{}
	ast.Inspect(f.Decls[0], func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.SelectorExpr:
			ast.Inspect(x.X, func(m ast.Node) bool {
				if id, ok := m.(*ast.Ident); ok {
					used[id.Name] = true
				}
				return true
			})
			return false // x.Sel is a member, not a name in scope
		case *ast.KeyValueExpr:
			if _, ok := x.Key.(*ast.Ident); ok { // struct field key (or a map key: ignored)
				ast.Inspect(x.Value, func(m ast.Node) bool {
					if id, ok := m.(*ast.Ident); ok {
						used[id.Name] = true
					}
					return true
				})
				return false
			}
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, l := range x.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						declared[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range x.Names {
				declared[id.Name] = true
			}
		case *ast.Field:
			for _, id := range x.Names {
				declared[id.Name] = true
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{x.Key, x.Value} {
				if id, ok := e.(*ast.Ident); ok {
					declared[id.Name] = true
				}
			}
		case *ast.TypeSpec:
			declared[x.Name.Name] = true
		case *ast.Ident:
			used[x.Name] = true
		}
		return true
	})
	builtins := map[string]bool{}
	for _, k := range goKeywords {
		builtins[k] = true
	}
	var out []string
	for name := range used {
		if name == "_" || declared[name] || builtins[name] || in.globals[name] || in.imports[name] != "" {
			continue
		}
		out = append(out, name)
	}
	return out
}
