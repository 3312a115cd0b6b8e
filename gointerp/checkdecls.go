package gointerp

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"strings"
)

// stdImporter imports standard library packages from GOROOT's sources and
// fails at once for anything else: asking go/build about a non-standard
// path runs the go command (tens of milliseconds per cell). Failures are
// remembered.
type stdImporter struct {
	src    types.Importer
	failed map[string]error
}

func (s stdImporter) Import(path string) (*types.Package, error) {
	if err, ok := s.failed[path]; ok {
		return nil, err
	}
	if path != "unsafe" {
		if _, err := os.Stat(filepath.Join(build.Default.GOROOT, "src", path)); err != nil || strings.Contains(strings.Split(path, "/")[0], ".") {
			s.failed[path] = fmt.Errorf("%s is not in the standard library", path)
			return nil, s.failed[path]
		}
	}
	p, err := s.src.Import(path)
	if err != nil {
		s.failed[path] = err
	}
	return p, err
}

// declKey names a declaration: its name, Type.Method for a method.
func declKey(src string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return ""
	}
	switch d := f.Decls[0].(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) == 1 {
			return recvName(d.Recv.List[0].Type) + "." + d.Name.Name
		}
		return d.Name.Name
	case *ast.GenDecl:
		var names []string
		for _, s := range d.Specs {
			switch s := s.(type) {
			case *ast.TypeSpec:
				names = append(names, s.Name.Name)
			case *ast.ValueSpec:
				for _, n := range s.Names {
					names = append(names, n.Name)
				}
			}
		}
		return strings.Join(names, ",")
	}
	return ""
}

// recvName is the name of a receiver's type (T in *T, T[K]).
func recvName(e ast.Expr) string { return rootIdent(e) }
