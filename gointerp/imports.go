package gointerp

import (
	"context"
	"fmt"
	"go/parser"
	"go/scanner"
	"go/token"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/spargo-kernel/spargo/gointerp/stdlib"

	"github.com/spargo-kernel/spargo/kernel"
)

// preferred resolves stdlib package names that several paths share.
var preferred = map[string]string{
	"rand": "math/rand", "template": "text/template", "scanner": "text/scanner",
	"pprof": "runtime/pprof", "constraint": "go/build/constraint",
}

// stdlibByName maps a package name to its import path, for auto-imports.
var stdlibByName = func() map[string]string {
	m := map[string]string{}
	for key := range stdlib.Symbols {
		p := path.Dir(key)
		name := path.Base(key)
		if strings.Contains(p, "internal") || strings.HasPrefix(p, "vendor") {
			continue
		}
		if old, ok := m[name]; !ok || len(p) < len(old) {
			m[name] = p
		}
	}
	for k, v := range preferred {
		m[k] = v
	}
	return m
}()

// StdlibPackages lists the import paths of the available standard library.
func StdlibPackages() []string {
	var out []string
	for key := range stdlib.Symbols {
		out = append(out, path.Dir(key))
	}
	sort.Strings(out)
	return out
}

type importSpec struct{ name, path string }

// doImports evaluates the cell's imports that are new to the session,
// plus stdlib packages the cell uses without importing them (as goimports
// would add). Re-importing a package is a no-op, not an error.
func (in *Interp) doImports(ctx context.Context, imports, all []chunk) error {
	var specs []importSpec
	for _, c := range imports {
		f, err := parser.ParseFile(token.NewFileSet(), "cell", "package p\n"+c.src, parser.ImportsOnly)
		if err != nil {
			return compileError(err, nil, 0)
		}
		for _, s := range f.Imports {
			p, _ := strconv.Unquote(s.Path.Value)
			name := pkgName(p)
			if s.Name != nil {
				name = s.Name.Name
			}
			specs = append(specs, importSpec{name, p})
		}
	}
	specs = append(specs, in.autoImports(all, specs)...)
	var b strings.Builder
	for _, s := range specs {
		if in.imports[s.name] == s.path || s.name == "_" && in.imports["_"+s.path] == s.path {
			continue
		}
		if old, ok := in.imports[s.name]; ok && s.name != "_" && s.name != "." {
			msg := fmt.Sprintf("import %q as %s: the name %s already refers to package %q in this session", s.path, s.name, s.name, old)
			return &kernel.ExecError{Name: "ImportError", Value: msg, Traceback: []string{"ImportError: " + msg}}
		}
		fmt.Fprintf(&b, "import %s %q\n", s.name, s.path)
	}
	if b.Len() == 0 {
		return nil
	}
	if _, err := in.eval(ctx, b.String()); err != nil {
		return err
	}
	for _, s := range specs {
		key := s.name
		if s.name == "_" {
			key = "_" + s.path
		}
		in.imports[key] = s.path
	}
	return nil
}

// pkgName guesses the package name of an import path: the last element,
// skipping a major-version suffix (math/rand/v2 -> rand).
func pkgName(p string) string {
	base := path.Base(p)
	if len(base) > 1 && base[0] == 'v' && strings.Trim(base[1:], "0123456789") == "" {
		base = path.Base(path.Dir(p))
	}
	return base
}

var selectorRE = regexp.MustCompile(`(?:^|[^.\w])([a-z][a-z0-9]*)\.([A-Z]\w*)`)

// autoImports finds stdlib package names used as pkg.Name in the cell that
// are neither imported nor names the session or cell declares.
func (in *Interp) autoImports(all []chunk, explicit []importSpec) []importSpec {
	declared := map[string]bool{}
	for _, s := range explicit {
		declared[s.name] = true
	}
	var code strings.Builder
	for _, c := range all {
		if c.kind == kindImport {
			continue
		}
		for _, n := range declaredNames(c) {
			declared[n] = true
		}
		code.WriteString(stripLiterals(c.src))
		code.WriteString("\n")
	}
	var out []importSpec
	seen := map[string]bool{}
	members := map[string][]string{}
	matches := selectorRE.FindAllStringSubmatch(code.String(), -1)
	for _, m := range matches {
		members[m[1]] = append(members[m[1]], m[2])
	}
	for _, m := range matches {
		name := m[1]
		p, ok := in.packageByName(name)
		if !ok || seen[name] || declared[name] || in.globals[name] || in.imports[name] != "" {
			continue
		}
		seen[name] = true
		out = append(out, importSpec{name, stdlibWith(name, p, members[name])})
	}
	return out
}

// stdlibWith picks, among the stdlib packages named name, one that has all
// the members the cell uses, as goimports does (rand.N is math/rand/v2's);
// else p.
func stdlibWith(name, p string, used []string) string {
	has := func(path string) bool {
		syms := stdlib.Symbols[path+"/"+name]
		for _, u := range used {
			if _, ok := syms[u]; !ok && redirected[path+"."+u] == "" && !genericOnly[path+"."+u] {
				return false
			}
		}
		return syms != nil
	}
	if has(p) {
		return p
	}
	for _, alt := range stdlibPaths[name] {
		if has(alt) {
			return alt
		}
	}
	return p
}

// stdlibPaths lists the import paths of each stdlib package name.
var stdlibPaths = func() map[string][]string {
	m := map[string][]string{}
	for key := range stdlib.Symbols {
		p := path.Dir(key)
		if !strings.Contains(p, "internal") && !strings.HasPrefix(p, "vendor") {
			m[path.Base(key)] = append(m[path.Base(key)], p)
		}
	}
	for _, ps := range m {
		sort.Strings(ps)
	}
	return m
}()

// packageByName resolves a package name for auto-import: the stdlib's,
// else a native package an Option added.
func (in *Interp) packageByName(name string) (string, bool) {
	if p, ok := stdlibByName[name]; ok {
		return p, true
	}
	p, ok := in.extraByName[name]
	return p, ok
}

// stripLiterals blanks out strings and comments so selectors inside them
// are not mistaken for package uses.
func stripLiterals(src string) string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(src))
	s.Init(f, []byte(src), nil, 0)
	var b strings.Builder
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			return b.String()
		}
		switch {
		case tok == token.PERIOD:
			out := strings.TrimSuffix(b.String(), " ")
			b.Reset()
			b.WriteString(out + ".")
			continue
		case tok == token.STRING || tok == token.CHAR:
			b.WriteString(`""`)
		case lit != "" && tok != token.SEMICOLON:
			b.WriteString(lit)
		default:
			b.WriteString(tok.String())
		}
		b.WriteString(" ")
	}
}

// declaredNames returns the top-level names a chunk declares, from its
// leading tokens: func/type/const/var NAME, or NAME[, NAME] := ...
func declaredNames(c chunk) []string {
	var s scanner.Scanner
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(c.src))
	s.Init(f, []byte(c.src), nil, 0)
	var toks []token.Token
	var lits []string
	for len(toks) < 64 {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		toks, lits = append(toks, tok), append(lits, lit)
	}
	if len(toks) < 2 {
		return nil
	}
	switch toks[0] {
	case token.FUNC:
		if toks[1] == token.IDENT {
			return []string{lits[1]}
		}
		return nil
	case token.TYPE:
		if toks[1] == token.IDENT {
			return []string{lits[1]}
		}
		if toks[1] == token.LPAREN {
			return groupNames(toks, lits)
		}
		return nil
	case token.CONST, token.VAR:
		if toks[1] == token.IDENT {
			return identList(toks[1:], lits[1:])
		}
		if toks[1] == token.LPAREN && toks[0] != token.FUNC {
			return groupNames(toks, lits)
		}
		return nil
	}
	var names []string
	for i := 0; i < len(toks); i += 2 {
		if toks[i] != token.IDENT {
			return nil
		}
		names = append(names, lits[i])
		if i+1 < len(toks) && toks[i+1] == token.DEFINE {
			return names
		}
		if i+1 >= len(toks) || toks[i+1] != token.COMMA {
			return nil
		}
	}
	return nil
}

// identList returns the names of a leading "a, b, c" list.
func identList(toks []token.Token, lits []string) []string {
	var names []string
	for i := 0; i < len(toks) && toks[i] == token.IDENT; i += 2 {
		names = append(names, lits[i])
		if i+1 >= len(toks) || toks[i+1] != token.COMMA {
			break
		}
	}
	return names
}

// groupNames lists the names of a grouped var/const/type declaration: the
// leading identifiers of each line inside the parentheses.
func groupNames(toks []token.Token, lits []string) []string {
	var names []string
	lineStart := true
	depth := 0
	for i := 1; i < len(toks); i++ {
		switch toks[i] {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
			if depth == 1 {
				lineStart = true
			}
			continue
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		case token.SEMICOLON:
			if depth == 1 {
				lineStart = true
			}
			continue
		case token.IDENT:
			if lineStart && depth == 1 {
				names = append(names, identList(toks[i:], lits[i:])...)
			}
		}
		lineStart = false
	}
	return names
}
