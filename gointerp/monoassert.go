package gointerp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"hash/fnv"
	"strings"
)

// Assertions to instances of the session's generic interfaces, in copies
// of generic code: `x.(List[b])` in Map[a, b] asserts to List__int in the
// copy Map__int__int. yaegi loses the methods of a value of an interpreted
// type in an empty interface (see ifaceassert.go), so the assertion fails
// though Cons__int implements List__int. As for the session's interfaces,
// the copy calls a helper that tries the implementing types first. Those
// include copies, known only once all of the cell's copies are written,
// so the helpers are written last (monoAssertHelpers), from a type check
// of the session with the copies.
//
// A helper is written again only when a later cell's copies need it: an
// instance a later cell copies is not found by an earlier helper.

// ifaceAssert rewrites assertion s in a copy to a call of the helper for
// its interface, if s asserts to an interface with methods that mentions
// env's type parameters; it reports whether it did.
func (m *mono) ifaceAssert(s *ast.TypeAssertExpr, env map[*types.TypeName]string, commaOk bool, add func(posEdit)) bool {
	t := m.c.info.Types[s.Type].Type
	if t == nil || isTypeParam(t) {
		return false
	}
	if iface, ok := t.Underlying().(*types.Interface); !ok || iface.NumMethods() == 0 {
		return false
	}
	name := m.assertHelper(m.text(s.Type, m.refs(s.Type, env)))
	call := "spargo_asg1_" + name
	if commaOk {
		call = "spargo_asg_" + name
	}
	add(posEdit{start: s.X.Pos(), end: s.X.Pos(), text: call + "(any("})
	add(posEdit{start: s.X.End(), end: s.End(), text: "))", outer: true})
	return true
}

// assertHelper notes that the copies assert to interface text (as the
// copy writes it) and returns the suffix of its helpers' names.
func (m *mono) assertHelper(text string) string {
	h := fnv.New32a()
	h.Write([]byte(text))
	name := fmt.Sprintf("%08x", h.Sum32())
	if m.asserts == nil {
		m.asserts = map[string]string{}
	}
	m.asserts[name] = text
	return name
}

// monoAssertHelpers declares the helpers the cell's copies call: it
// type-checks the session's file with the copies added, to find which of
// its struct types (copies included) implement each interface. A helper
// whose interface that check cannot find only asserts.
func (ta *checker) monoAssertHelpers(c *checked, m *mono, decls []monoDecl) []monoDecl {
	if len(m.asserts) == 0 {
		return nil
	}
	srcs := make([]string, len(decls))
	for i, d := range decls {
		srcs[i] = d.src
	}
	pkg := ta.checkWith(c.src, srcs)
	var out []monoDecl
	for _, name := range sortedKeys(m.asserts) {
		text := m.asserts[name]
		var impls, fallback []string
		if pkg != nil {
			tv, err := types.Eval(ta.fset, pkg, token.NoPos, text)
			if err == nil && tv.IsType() && types.IsInterface(tv.Type) {
				cc := &checked{pkg: pkg}
				impls, fallback = structImplementers(cc.sessionStructs(), tv.Type.Underlying().(*types.Interface))
			}
		}
		two, one := assertHelpers("spargo_asg_"+name, "spargo_asg1_"+name, text, impls, fallback, "")
		out = append(out, monoDecl{"spargo_asg_" + name, two}, monoDecl{"spargo_asg1_" + name, one})
	}
	return out
}

// checkWith type-checks the session's file src with declarations added,
// tolerating errors; nil if it does not parse.
func (ta *checker) checkWith(src string, decls []string) *types.Package {
	var b strings.Builder
	b.WriteString(src)
	for _, d := range decls {
		b.WriteString("\n")
		b.WriteString(d)
	}
	f, err := parser.ParseFile(ta.fset, "copies.go", b.String(), parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	conf := types.Config{Importer: ta.imp, Error: func(error) {}}
	pkg, _ := conf.Check("main", ta.fset, []*ast.File{f}, nil)
	return pkg
}

// assertHelpers writes the two helpers for asserting to interface it
// (source), trying the implementing types impls first: the comma-ok form
// named two and the one-result form named one, which tries the fallback
// types (see structImplementers) before it panics as the assertion does.
func assertHelpers(two, one, it string, impls, fallback []string, native string) (string, string) {
	var b strings.Builder
	fmt.Fprintf(&b, "func %s(x any) (%s, bool) {", two, it)
	if it == "error" {
		// An error already (rt's ErrorValue for a struct with a value
		// receiver Error, which x.(S) then error(v) would wrap again).
		fmt.Fprintf(&b, " if e, ok := %s.GoError(x); ok { return e, true };", rtName)
	}
	for _, s := range impls {
		if it == "error" {
			// (error(v) would be yaegi's wrapper, which keeps a struct's
			// last field: see ErrorValue)
			fmt.Fprintf(&b, " if v, ok := x.(%s); ok { return %s, true };", s, errorOf("v"))
			continue
		}
		fmt.Fprintf(&b, " if v, ok := x.(%s); ok { return v, true };", s)
	}
	if len(impls) > 0 {
		// A value passed as a standard interface (an error) comes wrapped.
		fmt.Fprintf(&b, " if w, ok := %s.Unwrapped(x); ok { return %s(w) };", rtName, two)
	}
	// yaegi's `r, ok := x.(I)` of an any panics when it holds a named
	// non-struct type (a myint): its result is set from the any itself.
	// Tested first, the value is asserted through a compiled call. A value
	// of such a type that came through a standard interface (a
	// fmt.Stringer) is yaegi's wrapper, whose inner value lost its
	// methods: the wrapper itself is the interface's value then.
	if native != "" {
		// a compiled value with the methods (forward.go)
		fmt.Fprintf(&b, " if %s;", native)
	}
	fmt.Fprintf(&b, " if _, ok := x.(%s); !ok { var z %s; return z, false }; if _, ok := %s.Interpreted(x).(%s); !ok { return x.(%s), true }; return %s.Interpreted(x).(%s), true }",
		it, it, rtName, it, it, rtName, it)
	var b1 strings.Builder
	fmt.Fprintf(&b1, "func %s(x any) %s { if r, ok := %s(x); ok { return r };", one, it, two)
	for _, s := range fallback {
		fmt.Fprintf(&b1, " if v, ok := x.(%s); ok { return v };", s)
	}
	fmt.Fprintf(&b1, " return x.(%s) }", it)
	return b.String(), b1.String()
}

// commaOkValues lists the values of n's two-value assignments,
// definitions and var declarations: an assertion there has two results.
func commaOkValues(n ast.Node) map[ast.Expr]bool {
	vals := map[ast.Expr]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			if len(s.Lhs) == 2 && len(s.Rhs) == 1 {
				vals[s.Rhs[0]] = true
			}
		case *ast.ValueSpec:
			if len(s.Names) == 2 && len(s.Values) == 1 {
				vals[s.Values[0]] = true
			}
		}
		return true
	})
	return vals
}
