package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"hash/fnv"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// Type assertions to the session's interfaces. yaegi loses the methods of
// a value of an interpreted type once it is stored in an empty interface:
// with `var x any = S{}`, `x.(Shape)` fails and `case Shape:` does not
// match, though S implements Shape (a value stored through a Shape keeps
// them). Asserting to the concrete type still works, and converting a
// concrete S to Shape is done right. So an assertion to an interface
// that session types implement goes through a helper that tries those
// types first:
//
//	func spargo_as_1a2b3c4d(x any) (Shape, bool) {
//		if v, ok := x.(S); ok { return v, true }
//		if v, ok := x.(*S); ok { return v, true }
//		r, ok := x.(Shape)
//		return r, ok
//	}
//
// `v, ok := x.(Shape)` calls it; `x.(Shape)` calls a one-result variant
// that falls back to the assertion itself (and its panic). A type switch
// with such a case becomes the expression switch it means (typeSwitch).
// The helpers are
// declared again when the implementing types change, and are variables
// (liftFuncs), so code compiled earlier sees the new types.

// ifaceCells finds cells that may assert to an interface, and sessions
// that declare one with methods.
var (
	assertRE    = regexp.MustCompile(`\.\(\s*(type\b|\*?[\pL_]|interface)`)
	methodIface = regexp.MustCompile(`interface\s*\{\s*[\pL_]\w*\s*\(`)
)

// ifaceAsserts lowers the cell's assertions to session interfaces.
func (ta *checker) ifaceAsserts(c *checked) {
	if ta.assertIfaces == nil {
		ta.assertIfaces = map[string]string{}
	}
	a := asserter{c: c, helpers: map[string]string{}, ifaces: ta.assertIfaces, impls: map[string]int{}, ta: ta}
	for _, d := range c.f.Decls {
		if a.isGenericDecl(d) {
			continue
		}
		ast.Inspect(d, a.visit)
	}
	if declaresTypes(c.body) {
		// New types may implement the interfaces of earlier helpers.
		for _, it := range sortedKeys(ta.assertIfaces) {
			if tv, err := types.Eval(ta.fset, c.pkg, token.NoPos, ta.assertIfaces[it]); err == nil && tv.IsType() {
				a.helperFor(tv.Type, token.NoPos)
			}
		}
		if !a.used {
			// Declared again only: after the cell's types, not before its
			// first chunk, where the variables of its functions (liftFuncs)
			// would come before the types their signatures name.
			a.first, a.used = lastTypeDecl(c.body)+1, true
		}
	}
	if len(a.helpers) == 0 {
		return
	}
	for _, name := range sortedKeys(a.helpers) {
		src := a.helpers[name]
		if ta.emitted[name] == src {
			continue
		}
		ta.pending = append(ta.pending, monoDecl{name, src})
		c.copies = append(c.copies, chunk{kind: kindDecl, src: src})
	}
	if c.copiesAt < 0 || a.first < c.copiesAt {
		c.copiesAt = a.first
	}
}

type asserter struct {
	c        *checked
	helpers  map[string]string // declaration source by helper name
	ifaces   map[string]string // interface type source by helper suffix (the session's)
	impls    map[string]int    // number of implementing types by helper suffix
	commaOks map[ast.Expr]bool // values of two-value assignments
	first    int               // first chunk using a helper
	used     bool

	ta       *checker
	withCopy *types.Package // the session checked with the copies (copiesPkg), once
	copyDone bool
}

func (a *asserter) isGenericDecl(d ast.Decl) bool {
	if a.c.mono != nil {
		return a.c.mono.isGenericDecl(d)
	}
	fd, ok := d.(*ast.FuncDecl)
	return ok && (fd.Type.TypeParams != nil || fd.Recv != nil && len(fd.Recv.List) == 1 && isIndexed(fd.Recv.List[0].Type))
}

func isIndexed(e ast.Expr) bool {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	return indexedBase(e) != nil
}

func (a *asserter) visit(n ast.Node) bool {
	switch x := n.(type) {
	case *ast.CallExpr:
		// errors.As to a literal interface: errorsAs's check calls the
		// helper, which finds a compiled value's methods (forward.go)
		if call := a.c.stdCall(x, "errors", "As"); call != nil && len(call.Args) == 2 {
			if ptr, ok := a.c.typeOf(call.Args[1]).(*types.Pointer); ok && literalIface(ptr.Elem()) {
				if name, ok := a.helperFor(ptr.Elem(), call.Pos()); ok {
					a.note(call.Pos())
					if a.c.asHelpers == nil {
						a.c.asHelpers = map[string]string{}
					}
					a.c.asHelpers[a.c.typeString(ptr.Elem())] = name
				}
			}
		}
	case *ast.TypeSwitchStmt:
		a.typeSwitch(x)
	case *ast.TypeAssertExpr:
		if x.Type == nil {
			return true
		}
		name, ok := a.helper(x.Type)
		if !ok || a.copied(x.Type) {
			return true
		}
		// The comma-ok forms call the two-result helper.
		call := "spargo_as1_" + name
		if a.commaOk(x) {
			call = "spargo_as_" + name
		}
		a.note(x.Pos())
		a.c.add(x.Pos(), x.Pos(), call+"(")
		a.c.add(x.X.End(), x.End(), ")")
	}
	return true
}

// copied reports whether monomorphise rewrote part of e (an instantiated
// generic interface): left to yaegi then.
func (a *asserter) copied(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && a.c.handled[id] {
			found = true
		}
		return !found
	})
	return found
}

// commaOk reports whether the assertion is the right side of a two-value
// assignment, definition or var declaration (the set is found once).
func (a *asserter) commaOk(x *ast.TypeAssertExpr) bool {
	if a.commaOks == nil {
		a.commaOks = commaOkValues(a.c.f)
	}
	return a.commaOks[x]
}

func (a *asserter) note(pos token.Pos) {
	if i := a.c.chunkAt(pos); i >= 0 && (!a.used || i < a.first) {
		a.first, a.used = i, true
	}
}

// helper declares the helpers for asserting to type expression e, if it
// is an interface with methods (even when no session type implements it:
// yaegi fails `_, ok := x.(I)` at top level, a call it runs); it returns
// the helpers' name suffix.
func (a *asserter) helper(e ast.Expr) (string, bool) {
	t := a.c.info.Types[e].Type
	if t == nil {
		return "", false
	}
	return a.helperFor(t, e.Pos())
}

// helperFor declares the helpers for interface type t, with the session
// types declared before pos's chunk.
func (a *asserter) helperFor(t types.Type, pos token.Pos) (string, bool) {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || a.local(t) || !a.c.nameable(t) {
		return "", false
	}
	it := a.c.typeString(t)
	h := fnv.New32a()
	h.Write([]byte(it))
	name := fmt.Sprintf("%08x", h.Sum32())
	if _, done := a.impls[name]; done {
		return name, true // declared for the cell's first use (types declared before it)
	}
	impls, fallback := a.implementers(t, iface, pos)
	fw, native := a.forwarder(name, t, iface)
	two, one := assertHelpers("spargo_as_"+name, "spargo_as1_"+name, it, impls, fallback, native)
	if fw != "" {
		a.helpers["spargo_fw_"+name] = fw
	}
	a.helpers["spargo_as_"+name] = two
	a.helpers["spargo_as1_"+name] = one
	a.ifaces[name] = it
	a.impls[name] = len(impls)
	return name, true
}

// local reports whether t names a type declared in a function (directly,
// or in its methods' signatures): helpers are declared at top level.
func (a *asserter) local(t types.Type) bool {
	if isLocalType(t, a.c.pkg) {
		return true
	}
	iface := t.Underlying().(*types.Interface)
	for i := range iface.NumMethods() {
		sig := iface.Method(i).Type().(*types.Signature)
		for _, tup := range []*types.Tuple{sig.Params(), sig.Results()} {
			for j := range tup.Len() {
				if isLocalType(tup.At(j).Type(), a.c.pkg) {
					return true
				}
			}
		}
	}
	return false
}

// implementers lists, as source, the session's named struct types T and
// *T that implement iface and are declared before pos's chunk (or in an
// earlier cell), as structImplementers sorts them.
func (a *asserter) implementers(t types.Type, iface *types.Interface, pos token.Pos) (sure, fallback []string) {
	before := a.c.structsBefore(pos)
	if sure, fallback, ok := a.copyImplementers(t, before); ok {
		return sure, fallback
	}
	return structImplementers(before, iface)
}

// structsBefore lists the session's non-generic named struct types
// declared before pos's chunk (or in an earlier cell).
func (c *checked) structsBefore(pos token.Pos) []*types.Named {
	at := c.chunkAt(pos)
	var structs []*types.Named
	for _, named := range c.sessionStructs() {
		if j := c.chunkAt(named.Obj().Pos()); j <= at || at < 0 {
			structs = append(structs, named)
		}
	}
	return structs
}

// structImplementers lists, as source, the types T and *T of structs that
// implement iface. yaegi's assertions to a concrete type compare structure
// (`any(A{1}).(B)` holds if A and B have the same fields), so a helper
// tries first the sure ones, whose structure no other of structs has: it
// must not call an implementation on a value of another type. A type that
// shares its structure but is the only one of them to implement iface
// (`type Nil[T any] struct{}` among other empty structs) is a fallback:
// tried only where the assertion would otherwise panic.
func structImplementers(structs []*types.Named, iface *types.Interface) (sure, fallback []string) {
	same := func(a, b *types.Named) bool { return sameToYaegi(a, b, a.Obj().Pkg()) }
	implements := func(t *types.Named) []string {
		var out []string
		if types.Implements(t, iface) {
			out = append(out, t.Obj().Name())
		}
		if types.Implements(types.NewPointer(t), iface) {
			out = append(out, "*"+t.Obj().Name())
		}
		return out
	}
	for _, t := range structs {
		impls := implements(t)
		if len(impls) == 0 {
			continue
		}
		if !slices.ContainsFunc(structs, func(o *types.Named) bool { return same(o, t) }) {
			sure = append(sure, impls...)
			continue
		}
		alone := true
		for _, o := range structs {
			if same(o, t) && len(implements(o)) > 0 {
				alone = false
			}
		}
		if alone {
			fallback = append(fallback, impls...)
		}
	}
	return sure, fallback
}

// sessionStructs lists the session's non-generic named struct types.
func (c *checked) sessionStructs() []*types.Named {
	return c.sessionNamed(func(n *types.Named) bool {
		_, ok := n.Underlying().(*types.Struct)
		return ok
	})
}

// sessionNamed lists the session's non-generic named types (not its
// own spargo_ helpers) that keep holds for.
func (c *checked) sessionNamed(keep func(*types.Named) bool) []*types.Named {
	scope := c.pkg.Scope()
	var out []*types.Named
	for _, n := range scope.Names() {
		tn, ok := scope.Lookup(n).(*types.TypeName)
		if !ok || tn.IsAlias() || strings.HasPrefix(n, "spargo_") {
			continue
		}
		if named, ok := tn.Type().(*types.Named); ok && named.TypeParams().Len() == 0 && keep(named) {
			out = append(out, named)
		}
	}
	return out
}

// uniqueStructs lists the session's non-generic named struct types whose
// structure no other of them has: yaegi's assertion to one of them cannot
// take a value of another.
func (c *checked) uniqueStructs() []*types.Named {
	structs := c.sessionStructs()
	var out []*types.Named
	for _, t := range structs {
		if !slices.ContainsFunc(structs, func(o *types.Named) bool { return sameToYaegi(o, t, c.pkg) }) {
			out = append(out, t)
		}
	}
	return out
}

// lastTypeDecl is the index of body's last chunk that declares a type or
// a method (-1 if none).
func lastTypeDecl(body []chunk) int {
	last := -1
	for i, c := range body {
		if c.kind == kindDecl && (strings.HasPrefix(c.src, "type") || strings.HasPrefix(c.src, "func (")) {
			last = i
		}
	}
	return last
}

// declaresTypes reports whether body declares a type or a method.
func declaresTypes(body []chunk) bool {
	return anyDecl(body, func(src string) bool { return strings.HasPrefix(src, "type") || strings.HasPrefix(src, "func (") })
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
