// Command genext generates yaegi symbol tables for the third-party packages
// that Go cells use natively: the Spark Connect Go client and the Arrow
// packages its results come in. Run it after changing their versions:
//
//	go run ./internal/genext [-out gointerp/sparksyms]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/traefik/yaegi/extract"
)

// Packages are the import paths cells can use without compiling them.
var Packages = []string{
	"github.com/apache/spark-connect-go/spark/sql",
	"github.com/apache/spark-connect-go/spark/sql/column",
	"github.com/apache/spark-connect-go/spark/sql/functions",
	"github.com/apache/spark-connect-go/spark/sql/types",
	"github.com/apache/spark-connect-go/spark/sql/utils",
	"github.com/apache/spark-connect-go/spark/sparkerrors",
	"github.com/apache/arrow-go/v18/arrow",
	"github.com/apache/arrow-go/v18/arrow/array",
	"github.com/apache/arrow-go/v18/arrow/memory",
	"github.com/apache/arrow-go/v18/arrow/decimal128",
}

func main() {
	out := flag.String("out", "gointerp/sparksyms", "output directory")
	fixOnly := flag.Bool("fix-only", false, "only re-filter the files already in -out (see dropInternal)")
	flag.Parse()
	if *fixOnly {
		refilter(*out)
		return
	}
	ext := extract.Extractor{Dest: filepath.Base(*out)}
	for _, pkg := range Packages {
		var buf bytes.Buffer
		if _, err := ext.Extract(pkg, "", &buf); err != nil {
			log.Fatalf("extract %s: %v", pkg, err)
		}
		src, err := dropInternal(buf.Bytes())
		if err != nil {
			log.Fatalf("extract %s: %v", pkg, err)
		}
		name := strings.NewReplacer("github.com/apache/", "", "/", "_", ".", "_", "-", "_").Replace(pkg) + ".go"
		if err := os.WriteFile(filepath.Join(*out, name), src, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	fmt.Printf("generated %d packages into %s\n", len(Packages), *out)
}

// dropInternal removes from generated code the interface wrappers whose
// methods mention a package internal to the module (arrow's internal/json):
// they cannot compile outside it. Cells then cannot implement those
// interfaces, but can still use every value that has them.
func dropInternal(src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "gen.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	internal := map[string]bool{}
	var imports []ast.Spec
	for _, imp := range f.Imports {
		if strings.Contains(imp.Path.Value, "/internal/") {
			name := strings.Trim(imp.Path.Value[strings.LastIndex(imp.Path.Value, "/")+1:], `"`)
			if imp.Name != nil {
				name = imp.Name.Name
			}
			internal[name] = true
		} else {
			imports = append(imports, imp)
		}
	}
	mentions := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && internal[id.Name] {
					found = true
				}
			}
			return !found
		})
		return found
	}
	bad := map[string]bool{} // wrapper type names to drop
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			for _, sp := range g.Specs {
				if ts := sp.(*ast.TypeSpec); mentions(ts.Type) {
					bad[ts.Name.Name] = true
				}
			}
		}
	}
	var decls []ast.Decl
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok == token.IMPORT {
				d.Specs = imports
			}
			if d.Tok == token.TYPE && bad[d.Specs[0].(*ast.TypeSpec).Name.Name] {
				continue
			}
		case *ast.FuncDecl:
			if d.Recv != nil && bad[recvName(d.Recv)] {
				continue
			}
			dropEntries(d, bad)
		}
		decls = append(decls, d)
	}
	f.Decls = decls
	dropUnusedImports(f)
	var out bytes.Buffer
	if err := format.Node(&out, fset, f); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}

func recvName(fl *ast.FieldList) string {
	if id, ok := fl.List[0].Type.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// dropEntries removes `"_X": reflect.ValueOf((*_pkg_X)(nil))` entries for
// dropped wrappers from the symbol map literal in init.
func dropEntries(fn *ast.FuncDecl, bad map[string]bool) {
	ast.Inspect(fn, func(n ast.Node) bool {
		cl, ok := n.(*ast.CompositeLit)
		if !ok {
			return true
		}
		kept := cl.Elts[:0]
		for _, e := range cl.Elts {
			drop := false
			ast.Inspect(e, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && bad[id.Name] {
					drop = true
				}
				return !drop
			})
			if !drop {
				kept = append(kept, e)
			}
		}
		cl.Elts = kept
		return true
	})
}

func refilter(dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "*_*.go"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		out, err := dropInternal(b)
		if err != nil {
			log.Fatalf("%s: %v", p, err)
		}
		if err := os.WriteFile(p, out, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// dropUnusedImports removes imports that dropped wrappers alone used.
func dropUnusedImports(f *ast.File) {
	used := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				used[id.Name] = true
			}
		}
		return true
	})
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.IMPORT {
			continue
		}
		kept := g.Specs[:0]
		for _, sp := range g.Specs {
			imp := sp.(*ast.ImportSpec)
			path := strings.Trim(imp.Path.Value, `"`)
			name := path[strings.LastIndex(path, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			if used[name] {
				kept = append(kept, sp)
			}
		}
		g.Specs = kept
	}
}
