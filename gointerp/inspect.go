package gointerp

import (
	"bytes"
	"go/ast"
	"go/build"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spargo-kernel/spargo/kernel"
)

// Inspect shows the signature and doc of a stdlib name (pkg.Name), or the
// declaration and type of a name defined in a cell.
func (in *Interp) Inspect(code string, cursor, _ int) (kernel.MIMEBundle, bool) {
	end := byteOffset(code, cursor)
	for end < len(code) && isIdentRune(rune(code[end])) {
		end++
	}
	qual, word, _ := wordAt(code, end)
	if word == "" {
		return nil, false
	}
	if qual != "" {
		p := in.imports[qual]
		if p == "" {
			p, _ = in.packageByName(qual)
		}
		if text, ok := stdlibDoc(p, word); ok {
			return kernel.MIMEBundle{"text/plain": text}, true
		}
		return nil, false
	}
	if p, ok := in.imports[word]; ok {
		if text, ok := stdlibDoc(p, ""); ok {
			return kernel.MIMEBundle{"text/plain": text}, true
		}
	}
	if src, ok := in.declSrc(word); ok {
		return kernel.MIMEBundle{"text/plain": src}, true
	}
	return nil, false
}

// declSrc describes a cell-defined name: its declaration line(s) as
// written, and its dynamic type for variables.
func (in *Interp) declSrc(name string) (string, bool) {
	in.mu.Lock()
	src, ok := in.decls[name]
	in.mu.Unlock()
	if !ok {
		return "", false
	}
	if strings.HasPrefix(src, "func ") || strings.HasPrefix(src, "type ") || strings.HasPrefix(src, "const ") {
		return src, true
	}
	in.evalLock.Lock()
	defer in.evalLock.Unlock()
	if t := in.globalType(name); t != "" {
		return src + "\n\ntype: " + t, true
	}
	return src, true
}

// noteNames records the names a successful cell declared (names[i] are
// chunk i's): as session globals, for completion and to keep auto-imports
// off them, and with their declaration source, for Inspect.
func (in *Interp) noteNames(chunks []chunk, names [][]string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for i, c := range chunks {
		for _, n := range names[i] {
			in.globals[n] = true
			head := c.src
			if c.kind == kindDecl && strings.HasPrefix(head, "func") {
				if i := strings.Index(head, "{"); i > 0 {
					head = strings.TrimSpace(head[:i])
				}
			}
			if lines := strings.SplitN(head, "\n", 6); len(lines) > 5 {
				head = strings.Join(lines[:5], "\n") + "\n..."
			}
			in.decls[n] = head
		}
	}
}

type docEntry struct {
	pkg  *doc.Package
	fset *token.FileSet
}

var (
	docMu    sync.Mutex
	docCache = map[string]docEntry{}
	goroot   string
)

// stdlibDoc renders the doc of name in the stdlib package at path p, read
// from the Go toolchain's sources (GOROOT/src). Empty name: package doc.
func stdlibDoc(p, name string) (string, bool) {
	if p == "" {
		return "", false
	}
	pkg, fset := loadDoc(p)
	if pkg == nil {
		return "", false
	}
	if name == "" {
		return "package " + pkg.Name + " // import \"" + p + "\"\n\n" + pkg.Doc, true
	}
	var decl ast.Node
	var text string
	for _, f := range pkg.Funcs {
		if f.Name == name {
			decl, text = f.Decl, f.Doc
		}
	}
	for _, t := range pkg.Types {
		if t.Name == name {
			decl, text = t.Decl, t.Doc
		}
		for _, f := range t.Funcs {
			if f.Name == name {
				decl, text = f.Decl, f.Doc
			}
		}
	}
	for _, vs := range append(append([]*doc.Value{}, pkg.Vars...), pkg.Consts...) {
		for _, n := range vs.Names {
			if n == name {
				decl, text = vs.Decl, vs.Doc
			}
		}
	}
	if decl == nil {
		return "", false
	}
	var b bytes.Buffer
	if fd, ok := decl.(*ast.FuncDecl); ok {
		fd.Body = nil
	}
	_ = printer.Fprint(&b, fset, decl)
	return b.String() + "\n\n" + text, true
}

func loadDoc(p string) (*doc.Package, *token.FileSet) {
	docMu.Lock()
	defer docMu.Unlock()
	if goroot == "" {
		goroot = os.Getenv("GOROOT")
		if goroot == "" {
			if out, err := exec.Command("go", "env", "GOROOT").Output(); err == nil {
				goroot = strings.TrimSpace(string(out))
			}
		}
	}
	if e, ok := docCache[p]; ok {
		return e.pkg, e.fset
	}
	fset := token.NewFileSet()
	dir := filepath.Join(goroot, "src", filepath.FromSlash(p))
	ents, err := os.ReadDir(dir)
	if err != nil {
		docCache[p] = docEntry{}
		return nil, nil
	}
	var files []*ast.File
	for _, e := range ents {
		name := e.Name()
		if strings.HasSuffix(name, "_test.go") || !strings.HasSuffix(name, ".go") {
			continue
		}
		if ok, _ := build.Default.MatchFile(dir, name); !ok {
			continue
		}
		if f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.ParseComments); err == nil {
			files = append(files, f)
		}
	}
	pkg, err := doc.NewFromFiles(fset, files, p)
	if err != nil {
		docCache[p] = docEntry{}
		return nil, nil
	}
	docCache[p] = docEntry{pkg, fset}
	return pkg, fset
}
