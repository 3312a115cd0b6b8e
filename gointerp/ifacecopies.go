package gointerp

import (
	"go/token"
	"go/types"
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
	srcs := make([]string, 0, len(decls))
	for _, k := range sortedKeys(decls) {
		srcs = append(srcs, decls[k])
	}
	a.withCopy = a.ta.checkWith(a.c.src, srcs)
	return a.withCopy
}
