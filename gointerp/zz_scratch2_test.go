package gointerp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"testing"
)

func TestScratchDecls(t *testing.T) {
	path := os.Getenv("CORPUS_FILE")
	if path == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(path)
	fset := token.NewFileSet()
	f, _ := parser.ParseFile(fset, path, b, 0)
	for _, d := range f.Decls {
		src := string(b[fset.Position(d.Pos()).Offset:fset.Position(d.End()).Offset])
		in := newInterp(t)
		_, err := in.Execute(context.Background(), src, newFakeIO())
		if err != nil {
			name := ""
			if fd, ok := d.(*ast.FuncDecl); ok {
				name = fd.Name.Name
			}
			t.Logf("%s: %v", name, err)
		}
	}
}
