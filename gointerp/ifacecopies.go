package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
)

// Implementers among copies of generic types. A cell's assertion to an
// interface (`y.(interface{ g0() })`) is tried against the session's
// struct types that implement it (ifaceassert.go); a copy such as s__int,
// for s[int], is one too, but it is not in the session the cell is checked
// with. So, when the session has copies, the implementers are found in
// the session checked again with every copy declared so far.

// copyImplementers lists the implementers of interface t among the
// structs declared before (of the session) and the copies; ok is false
// when there are no copies or the check cannot name t.
func (a *asserter) copyImplementers(t types.Type, before []*types.Named) (sure, fallback []string, ok bool) {
	pkg := a.copiesPkg()
	if pkg == nil {
		return nil, nil, false
	}
	tv, err := types.Eval(a.ta.fset, pkg, token.NoPos, a.c.typeString(t))
	if err != nil || !tv.IsType() {
		return nil, nil, false
	}
	iface, isIface := tv.Type.Underlying().(*types.Interface)
	if !isIface {
		return nil, nil, false
	}
	keep := map[string]bool{}
	for _, n := range before {
		keep[n.Obj().Name()] = true
	}
	var structs []*types.Named
	for _, n := range (&checked{pkg: pkg}).sessionStructs() {
		name := n.Obj().Name()
		if keep[name] || a.c.pkg.Scope().Lookup(name) == nil {
			structs = append(structs, n)
		}
	}
	sure, fallback = structImplementers(structs, iface)
	return sure, fallback, true
}

// copiesPkg is the session checked with the copies of earlier cells and
// of this one, or nil if there are none.
func (a *asserter) copiesPkg() *types.Package {
	if a.copyDone {
		return a.withCopy
	}
	a.copyDone = true
	decls := map[string]string{}
	for k, src := range a.ta.emitted {
		decls[k] = src
	}
	for _, d := range a.ta.pending {
		decls[d.key] = d.src
	}
	if len(decls) == 0 {
		return nil
	}
	keys := make([]string, 0, len(decls))
	for k := range decls {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(a.c.src)
	for _, k := range keys {
		b.WriteString("\n")
		b.WriteString(decls[k])
	}
	f, err := parser.ParseFile(a.ta.fset, "copies.go", b.String(), parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	conf := types.Config{Importer: a.ta.imp, Error: func(error) {}}
	a.withCopy, _ = conf.Check("main", a.ta.fset, []*ast.File{f}, nil)
	return a.withCopy
}
