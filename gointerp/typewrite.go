package gointerp

import (
	"go/types"
	"strconv"
	"strings"
)

// typeExpr writes t as top-level source of the cell's package, with env
// for type parameters and copies' names for instantiated generic types;
// false when t cannot be written there (a function's local type).
func (m *mono) typeExpr(t types.Type, env map[*types.TypeName]string) (string, bool) {
	w := typeWriter{m: m, env: env, ok: true}
	s := w.write(t)
	return s, w.ok
}

type typeWriter struct {
	m   *mono
	env map[*types.TypeName]string
	ok  bool
}

func (w *typeWriter) write(t types.Type) string {
	switch t := t.(type) {
	case *types.TypeParam:
		s, ok := w.env[t.Obj()]
		w.ok = w.ok && ok
		return s
	case *types.Basic:
		if t.Kind() == types.UnsafePointer {
			return "unsafe.Pointer"
		}
		w.ok = w.ok && t.Kind() != types.Invalid && t.Info()&types.IsUntyped == 0
		return t.Name()
	case *types.Named:
		return w.named(t.Obj(), t.TypeArgs())
	case *types.Alias:
		return w.named(t.Obj(), t.TypeArgs())
	case *types.Pointer:
		return "*" + w.write(t.Elem())
	case *types.Slice:
		return "[]" + w.write(t.Elem())
	case *types.Array:
		return "[" + strconv.FormatInt(t.Len(), 10) + "]" + w.write(t.Elem())
	case *types.Map:
		return "map[" + w.write(t.Key()) + "]" + w.write(t.Elem())
	case *types.Chan:
		return w.chan_(t)
	case *types.Signature:
		return "func" + w.signature(t)
	case *types.Struct:
		return w.struct_(t)
	case *types.Interface:
		return w.interface_(t)
	}
	w.ok = false
	return ""
}

func (w *typeWriter) named(obj *types.TypeName, args *types.TypeList) string {
	pkg := w.m.c.pkg
	if obj.Pkg() == nil { // error, comparable, any
		return obj.Name()
	}
	if obj.Pkg() == pkg {
		if obj.Parent() != pkg.Scope() {
			// Local to a function: only a copy in that function can name it.
			w.ok = w.ok && args.Len() == 0 && w.m.noteLocal(obj)
			return obj.Name()
		}
		if args.Len() > 0 {
			name, ok := w.m.request(obj, args, w.env)
			w.ok = w.ok && ok
			return name
		}
		return obj.Name()
	}
	if !w.m.c.imported[obj.Pkg().Path()] {
		w.ok = false // the session cannot name it (not imported)
	}
	s := w.m.c.qual(obj.Pkg()) + "." + obj.Name()
	if args.Len() > 0 {
		var as []string
		for i := range args.Len() {
			as = append(as, w.write(args.At(i)))
		}
		s += "[" + strings.Join(as, ", ") + "]"
	}
	return s
}

func (w *typeWriter) chan_(t *types.Chan) string {
	elem := w.write(t.Elem())
	switch t.Dir() {
	case types.SendOnly:
		return "chan<- " + elem
	case types.RecvOnly:
		return "<-chan " + elem
	}
	if strings.HasPrefix(elem, "<-") {
		elem = "(" + elem + ")"
	}
	return "chan " + elem
}

func (w *typeWriter) tuple(t *types.Tuple, variadic bool) string {
	var parts []string
	for i := range t.Len() {
		v := t.At(i)
		s := w.write(v.Type())
		if variadic && i == t.Len()-1 {
			s = "..." + strings.TrimPrefix(s, "[]")
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func (w *typeWriter) signature(s *types.Signature) string {
	out := "(" + w.tuple(s.Params(), s.Variadic()) + ")"
	switch s.Results().Len() {
	case 0:
	case 1:
		out += " " + w.write(s.Results().At(0).Type())
	default:
		out += " (" + w.tuple(s.Results(), false) + ")"
	}
	return out
}

func (w *typeWriter) struct_(t *types.Struct) string {
	var fields []string
	for i := range t.NumFields() {
		f := t.Field(i)
		s := w.write(f.Type())
		if !f.Embedded() {
			s = f.Name() + " " + s
		}
		if tag := t.Tag(i); tag != "" {
			s += " " + strconv.Quote(tag)
		}
		fields = append(fields, s)
	}
	return "struct{" + strings.Join(fields, "; ") + "}"
}

func (w *typeWriter) interface_(t *types.Interface) string {
	var elems []string
	for i := range t.NumExplicitMethods() {
		f := t.ExplicitMethod(i)
		elems = append(elems, f.Name()+w.signature(f.Type().(*types.Signature)))
	}
	for i := range t.NumEmbeddeds() {
		elems = append(elems, w.write(t.EmbeddedType(i)))
	}
	if len(elems) == 0 {
		return "any"
	}
	return "interface{" + strings.Join(elems, "; ") + "}"
}

// writable reports whether t can be written in the cell: no type
// parameter, and every package it names imported.
func (c *checked) writable(t types.Type) bool {
	ok := !hasTypeParam(t, map[types.Type]bool{})
	types.TypeString(t, func(p *types.Package) string {
		ok = ok && (p == c.pkg || c.imported[p.Path()])
		return p.Name()
	})
	return ok
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type, seen map[types.Type]bool) bool {
	if seen[t] {
		return false
	}
	seen[t] = true
	switch t := t.(type) {
	case *types.TypeParam:
		return true
	case *types.Named:
		for a := range t.TypeArgs().Types() {
			if hasTypeParam(a, seen) {
				return true
			}
		}
		return false
	case *types.Alias:
		return hasTypeParam(types.Unalias(t), seen)
	case interface{ Elem() types.Type }: // pointer, slice, array, chan, map
		if m, ok := t.(*types.Map); ok && hasTypeParam(m.Key(), seen) {
			return true
		}
		return hasTypeParam(t.Elem(), seen)
	case *types.Signature:
		return hasTypeParam(t.Params(), seen) || hasTypeParam(t.Results(), seen)
	case *types.Tuple:
		for v := range t.Variables() {
			if hasTypeParam(v.Type(), seen) {
				return true
			}
		}
	case *types.Struct:
		for f := range t.Fields() {
			if hasTypeParam(f.Type(), seen) {
				return true
			}
		}
	}
	return false
}
