package gointerp

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
)

// stmtsPrefix makes statements a Go file that go/parser reads: they
// become the body of a function. Lowerings that read a cell's statements
// before (or without) type-checking parse them so.
const stmtsPrefix = "package p\nfunc _() {\n"

// parsedStmts is statements parsed as the body of a function.
type parsedStmts struct {
	fset *token.FileSet
	file *ast.File
	body *ast.BlockStmt
}

// errNotStmts is parseStmts' error for a source that closed the function
// early (`} func f() {`).
var errNotStmts = errors.New("not a list of statements")

// parseStmts parses src, statements, with mode.
func parseStmts(src string, mode parser.Mode) (parsedStmts, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", stmtsPrefix+src+"\n}", mode)
	if err != nil {
		return parsedStmts{}, err
	}
	if len(f.Decls) != 1 {
		return parsedStmts{fset: fset, file: f}, errNotStmts // (the file is there, for one who wants it)
	}
	return parsedStmts{fset, f, f.Decls[0].(*ast.FuncDecl).Body}, nil
}

// off is the offset in the statements' source of pos.
func (p parsedStmts) off(pos token.Pos) int { return p.fset.Position(pos).Offset - len(stmtsPrefix) }
