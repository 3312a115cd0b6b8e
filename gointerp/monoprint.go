package gointerp

import (
	"go/ast"
	"go/types"
	"strconv"
)

// Printing in generic code. A copy of a generic function is written from
// the generic source (monomorph.go), whose printed arguments have types
// that name type parameters: go/types knows no methods of those, so
// printElems left them alone, and a copy whose type argument has a String
// method printed its values bare (an `Interval[IPv4]` in an error printed
// {167804928 167823360}, Go {10.0.128.0 10.0.200.0}). Each copy's printed
// arguments are wrapped as printElems wraps a cell's, from their types
// with the copy's type arguments written in.

// basicCmps are cmpBasicArgs' edits in body, a generic function's, for
// the copy whose type arguments tenv gives: `max(lo, min(hi, x))` in
// Clamp[T cmp.Ordered] for a time.Duration.
func (m *mono) basicCmps(body ast.Node, tenv map[*types.TypeName]types.Type) []posEdit {
	if len(tenv) == 0 {
		return nil
	}
	typeOf := func(e ast.Expr) types.Type { return subst(m.c.typeOf(e), tenv) }
	var edits []posEdit
	for _, call := range callsInnerFirst(body) {
		if mentionsParam(m.c.typeOf(call)) || anyArgMentionsParam(m.c, call) {
			edits = append(edits, m.c.cmpBasicEdits(call, typeOf)...)
		}
	}
	return edits
}

// anyArgMentionsParam reports whether an argument of call has a type
// that names a type parameter.
func anyArgMentionsParam(c *checked, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if mentionsParam(c.typeOf(a)) {
			return true
		}
	}
	return false
}

// prints is the wrapping of the printed arguments in body, a generic
// function's, for the copy whose type arguments tenv gives.
func (m *mono) prints(body ast.Node, tenv map[*types.TypeName]types.Type) []posEdit {
	if len(tenv) == 0 {
		return nil
	}
	c := m.c
	var edits []posEdit
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || call.Ellipsis.IsValid() {
			return true
		}
		first, ok := c.printFunc(call)
		if !ok {
			return true
		}
		for _, arg := range call.Args[min(first, len(call.Args)):] {
			t := c.typeOf(arg)
			if t == nil || !mentionsParam(t) {
				continue
			}
			if t = subst(t, tenv); t == nil {
				continue
			}
			if open, closing := c.elemsWrap(arg, t); open != "" {
				edits = append(edits, posEdit{arg.Pos(), arg.Pos(), open, false}, posEdit{arg.End(), arg.End(), closing, false})
			}
		}
		return true
	})
	return edits
}

// printFunc reports whether call calls one of printFuncs, wherever it is,
// and the index of its first printed argument.
func (c *checked) printFunc(call *ast.CallExpr) (int, bool) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return 0, false
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return 0, false
	}
	first, ok := printFuncs[fn.Pkg().Path()][fn.Name()]
	return first, ok
}

// typedEnv maps the type parameters of fl to the types args.
func (m *mono) typedEnv(fl *ast.FieldList, args []types.Type) map[*types.TypeName]types.Type {
	env := map[*types.TypeName]types.Type{}
	i := 0
	for _, f := range fl.List {
		for _, id := range f.Names {
			if tn, ok := m.c.info.Defs[id].(*types.TypeName); ok && i < len(args) && args[i] != nil {
				env[tn] = args[i]
			}
			i++
		}
	}
	return env
}

// mentionsParam reports whether t names a type parameter.
func mentionsParam(t types.Type) bool {
	return t != nil && hasTypeParam(t, map[types.Type]bool{})
}

// subst is t with the type parameters env maps written in, or nil when t
// has a part it cannot rebuild (an interface naming a parameter).
func subst(t types.Type, env map[*types.TypeName]types.Type) types.Type {
	if t == nil || !mentionsParam(t) {
		return t
	}
	switch u := t.(type) {
	case *types.TypeParam:
		return env[u.Obj()]
	case *types.Alias:
		return subst(types.Unalias(u), env)
	case *types.Named:
		var args []types.Type
		for a := range u.TypeArgs().Types() {
			s := subst(a, env)
			if s == nil {
				return nil
			}
			args = append(args, s)
		}
		inst, err := types.Instantiate(nil, u.Origin(), args, false)
		if err != nil {
			return nil
		}
		return inst
	case *types.Pointer:
		return rebuild(env, func(e ...types.Type) types.Type { return types.NewPointer(e[0]) }, u.Elem())
	case *types.Slice:
		return rebuild(env, func(e ...types.Type) types.Type { return types.NewSlice(e[0]) }, u.Elem())
	case *types.Array:
		return rebuild(env, func(e ...types.Type) types.Type { return types.NewArray(e[0], u.Len()) }, u.Elem())
	case *types.Chan:
		return rebuild(env, func(e ...types.Type) types.Type { return types.NewChan(u.Dir(), e[0]) }, u.Elem())
	case *types.Map:
		return rebuild(env, func(e ...types.Type) types.Type { return types.NewMap(e[0], e[1]) }, u.Key(), u.Elem())
	case *types.Struct:
		fields := make([]*types.Var, u.NumFields())
		tags := make([]string, u.NumFields())
		for i := range fields {
			f := u.Field(i)
			ft := subst(f.Type(), env)
			if ft == nil {
				return nil
			}
			fields[i], tags[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded()), u.Tag(i)
		}
		return types.NewStruct(fields, tags)
	}
	return nil
}

// rebuild substitutes parts and makes a type of them with mk.
func rebuild(env map[*types.TypeName]types.Type, mk func(...types.Type) types.Type, parts ...types.Type) types.Type {
	out := make([]types.Type, len(parts))
	for i, p := range parts {
		if out[i] = subst(p, env); out[i] == nil {
			return nil
		}
	}
	return mk(out...)
}

// typedArgs are the types of a request's type arguments: args themselves
// outside generic code (env nil), or with the type arguments of the copy
// being written in; nil where one is not known.
func (m *mono) typedArgs(args *types.TypeList, env map[*types.TypeName]string) []types.Type {
	out := make([]types.Type, args.Len())
	for i := range out {
		if out[i] = args.At(i); env != nil {
			out[i] = subst(out[i], m.tenv)
		}
	}
	return out
}

// typeVerbs is typeVerbs' naming of a %T operand for the copy of generic
// code whose type arguments tenv gives: `fmt.Errorf("decode %T: %w",
// zero, err)` with zero a T printed yaegi's struct { SKU string } for a
// Product.
func (m *mono) typeVerbs(body ast.Node, tenv map[*types.TypeName]types.Type) []posEdit {
	if len(tenv) == 0 {
		return nil
	}
	c := m.c
	var edits []posEdit
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		call, at := c.printfAnywhere(call)
		if call == nil {
			return true
		}
		lit, text, verbs, ok := c.printfFormat(call, at)
		if !ok {
			return true
		}
		format := []byte(text)
		changed := false
		for _, v := range verbs {
			arg := at + 1 + v.Arg
			if v.Verb != 'T' || arg >= len(call.Args) || !mentionsParam(c.typeOf(call.Args[arg])) {
				continue
			}
			t := subst(c.typeOf(call.Args[arg]), tenv)
			if t == nil || types.IsInterface(t) || !mentionsSession(t, c.pkg) {
				continue
			}
			e := call.Args[arg]
			edits = append(edits, posEdit{e.Pos(), e.Pos(), rtName + ".GoTypeName(" + strconv.Quote(goTypeName(t, c.pkg)) + ", ", false},
				posEdit{e.End(), e.End(), ")", false})
			format[v.At] = 's'
			changed = true
		}
		if changed {
			edits = append(edits, posEdit{lit.Pos(), lit.End(), strconv.Quote(string(format)), false})
		}
		return true
	})
	return edits
}
