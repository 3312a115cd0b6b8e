package gointerp

import (
	"go/types"
	"strings"
)

// earlierGroupVars declares, as package variables, the variables a group
// of the cell's statements defines that a later group uses: the file puts
// each group in a function of its own (a declaration separates them:
// `ds := ...; const gap = ...; for _, d := range ds {...}`), where the
// later group found ds undefined, and nothing that used it was lowered.
// "" when there are none.
func (c *checked) earlierGroupVars() string {
	undefined := map[string]bool{}
	for _, e := range c.errs {
		if name, ok := strings.CutPrefix(e.Msg, "undefined: "); ok && c.chunkAt(e.Pos) >= 0 {
			undefined[name] = true
		}
	}
	if len(undefined) == 0 {
		return ""
	}
	var b strings.Builder
	for id, obj := range c.info.Defs {
		v, ok := obj.(*types.Var)
		if !ok || !undefined[id.Name] || c.chunkAt(id.Pos()) < 0 || v.Parent() == nil || v.Parent().Parent() == nil ||
			v.Parent().Parent().Parent() != c.pkg.Scope() || !c.writable(v.Type()) || !validType(v.Type()) {
			continue // (a variable of a group's function: its scope, the function's, the package's)
		}
		undefined[id.Name] = false
		b.WriteString("var " + id.Name + " " + c.typeString(v.Type()) + "\n")
	}
	return b.String()
}

// validType reports whether t has no invalid part (the type of an
// expression that names an undefined variable).
func validType(t types.Type) bool {
	ok := true
	walkType(t, func(u types.Type) {
		if b, isBasic := u.(*types.Basic); isBasic && b.Kind() == types.Invalid {
			ok = false
		}
	}, map[types.Type]bool{})
	return ok
}

// walkType calls f on t and the types it is made of.
func walkType(t types.Type, f func(types.Type), seen map[types.Type]bool) {
	if t == nil || seen[t] {
		return
	}
	seen[t] = true
	f(t)
	switch u := t.(type) {
	case *types.Named:
		for a := range u.TypeArgs().Types() {
			walkType(a, f, seen)
		}
	case *types.Pointer:
		walkType(u.Elem(), f, seen)
	case *types.Slice:
		walkType(u.Elem(), f, seen)
	case *types.Array:
		walkType(u.Elem(), f, seen)
	case *types.Chan:
		walkType(u.Elem(), f, seen)
	case *types.Map:
		walkType(u.Key(), f, seen)
		walkType(u.Elem(), f, seen)
	case *types.Struct:
		for i := range u.NumFields() {
			walkType(u.Field(i).Type(), f, seen)
		}
	case *types.Signature:
		for _, tup := range []*types.Tuple{u.Params(), u.Results()} {
			for v := range tup.Variables() {
				walkType(v.Type(), f, seen)
			}
		}
	case *types.Alias:
		walkType(types.Unalias(u), f, seen)
	}
}
