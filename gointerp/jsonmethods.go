package gointerp

import (
	"go/ast"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// MarshalJSON, MarshalText, UnmarshalJSON and UnmarshalText methods of the session's
// types, which encoding/json could not see (reflect has no methods of
// yaegi's types): the static type of what a cell marshals or decodes
// tells where such types sit in it, and the call passes rt a function per
// place that calls the method (rt/jsonhooks.go has the paths' syntax):
//
//	json.Marshal(events)    →    spargo_rt.JSONWith(events, map[string]func(any) ([]byte, error){
//	                                 "[].1": func(spargo_v any) ([]byte, error) { spargo_x := Level(spargo_v.(int)); return spargo_x.MarshalJSON() }})
//
// A method of a value inside an interface is still not seen, nor a
// method with a pointer receiver on a value json cannot address (the
// top-level value, a map's value), as in Go.

// hookFinder walks a static type for hookable methods.
type hookFinder struct {
	c         *checked
	unmarshal bool
	hooks     map[string]string // path → function source
	onStack   map[types.Type]bool
}

// jsonHooks returns the source of the hooks map for a value of type t,
// "" when it holds no type with such a method.
func (c *checked) jsonHooks(t types.Type, unmarshal bool) string {
	return hookLiteral(c.hookEntries(t, unmarshal), unmarshal)
}

// hookEntries are the hooks for a value of type t, by path.
func (c *checked) hookEntries(t types.Type, unmarshal bool) map[string]string {
	h := hookFinder{c: c, unmarshal: unmarshal, hooks: map[string]string{}, onStack: map[types.Type]bool{}}
	if t != nil {
		h.walk(t, "", false)
	}
	return h.hooks
}

// hookLiteral writes hooks as a map literal, "" when there are none.
func hookLiteral(hooks map[string]string, unmarshal bool) string {
	typ := "map[string]func(any) ([]byte, error)"
	if unmarshal {
		typ = "map[string]func([]byte) (any, error)"
	}
	return mapLiteral(typ, hooks, func(v string) string { return v })
}

// mapLiteral writes m as a literal of map type typ, its keys sorted and
// quoted, each value written by value; "" when m is empty.
func mapLiteral(typ string, m map[string]string, value func(string) string) string {
	if len(m) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(typ + "{")
	for _, k := range slices.Sorted(maps.Keys(m)) {
		b.WriteString(strconv.Quote(k) + ": " + value(m[k]) + ", ")
	}
	b.WriteString("}")
	return b.String()
}

func (h *hookFinder) walk(t types.Type, path string, addressable bool) {
	if h.onStack[t] || len(path) > 200 {
		return
	}
	h.onStack[t] = true
	defer delete(h.onStack, t)
	if fn := h.hook(t, addressable, false); fn != "" {
		h.hooks[path] = fn
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		h.walk(u.Elem(), path+"*", true)
	case *types.Slice:
		h.walk(u.Elem(), path+"[]", true)
	case *types.Array:
		h.walk(u.Elem(), path+"[]", addressable)
	case *types.Map:
		if fn := h.hook(u.Key(), false, true); fn != "" {
			h.hooks[path+"{k}"] = fn
		}
		h.walk(u.Elem(), path+"{}", false)
	case *types.Struct:
		h.fields(u, path, addressable)
	}
}

// fields walks the fields of s as rt's jsonFields numbers them: the
// fields of an embedded struct without a JSON name under its index.
func (h *hookFinder) fields(s *types.Struct, path string, addressable bool) {
	for i := range s.NumFields() {
		f := s.Field(i)
		p := path + "." + strconv.Itoa(i)
		if name, _, _ := strings.Cut(reflect.StructTag(s.Tag(i)).Get("json"), ","); f.Embedded() && name == "" {
			et := f.Type()
			ptr, isPtr := et.Underlying().(*types.Pointer)
			if isPtr {
				et = ptr.Elem()
			}
			if es, ok := et.Underlying().(*types.Struct); ok && h.hook(f.Type(), addressable, false) == "" {
				h.fields(es, p, addressable || isPtr)
				continue
			}
		}
		h.walk(f.Type(), p, addressable)
	}
}

// hook returns the function for a value of type t if its type has the
// method, else "". A map's key (textOnly) is written and read with its
// text methods only, as json does.
func (h *hookFinder) hook(t types.Type, addressable, textOnly bool) string {
	if types.IsInterface(t) || !sessionType(t, h.c.pkg) || !h.c.writable(t) {
		return ""
	}
	if h.unmarshal {
		ts := h.c.typeString(t)
		switch {
		case !textOnly && hasMethod(types.NewPointer(t), "UnmarshalJSON", h.c.pkg):
			return "func(spargo_b []byte) (any, error) { var spargo_x " + ts + "; spargo_err := spargo_x.UnmarshalJSON(spargo_b); return spargo_x, spargo_err }"
		case hasMethod(types.NewPointer(t), "UnmarshalText", h.c.pkg):
			// json passes a JSON string's contents
			return "func(spargo_b []byte) (any, error) { var spargo_x " + ts + "; spargo_s, spargo_err := " + rtName +
				".JSONTextOf(spargo_b); if spargo_err == nil { spargo_err = spargo_x.UnmarshalText(spargo_s) }; return spargo_x, spargo_err }"
		}
		return ""
	}
	mset := t
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr && addressable {
		mset = types.NewPointer(t)
	}
	call := ""
	switch {
	case !textOnly && hasMethod(mset, "MarshalJSON", h.c.pkg):
		call = "spargo_x.MarshalJSON()"
	case hasMethod(mset, "MarshalText", h.c.pkg):
		call = rtName + ".JSONText(spargo_x.MarshalText())"
	default:
		return ""
	}
	value := h.c.fromAny(t)
	if value == "" {
		return ""
	}
	return "func(spargo_v any) ([]byte, error) { spargo_x := " + value + "; return " + call + " }"
}

// fromAny writes the expression that makes spargo_v, a value of type t
// as reflect holds it, a t again: an assertion for a struct or a pointer,
// a conversion from the underlying type for another named type (yaegi's
// `type Level int` is an int to reflect).
func (c *checked) fromAny(t types.Type) string { return c.fromAnyVar(t, "spargo_v") }

// fromAnyVar is fromAny for a variable named v; an interface asserted
// with ok (a nil one stays nil).
func (c *checked) fromAnyVar(t types.Type, v string) string {
	ts := c.typeString(t)
	switch u := t.Underlying().(type) {
	case *types.Struct, *types.Pointer:
		return v + ".(" + ts + ")"
	case *types.Interface:
		return "func() " + ts + " { spargo_i, _ := " + v + ".(" + ts + "); return spargo_i }()"
	default:
		if !builtinOnly(u) && !sliceOfSessionIface(u, c.pkg) {
			return ""
		}
		us := types.TypeString(u, c.qual)
		if c.overForeignType(t) {
			// yaegi holds a `type Duration time.Duration` as a time.Duration
			return ts + "(" + rtName + ".As(" + v + ", *new(" + us + ")).(" + us + "))"
		}
		return ts + "(" + v + ".(" + us + "))"
	}
}

// overForeignType reports whether t is a session type declared as another
// package's named type (`type Duration time.Duration`).
func (c *checked) overForeignType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg {
		return false
	}
	found := false
	ast.Inspect(c.f, func(x ast.Node) bool {
		if ts, ok := x.(*ast.TypeSpec); ok && c.info.Defs[ts.Name] == n.Obj() {
			_, found = ast.Unparen(ts.Type).(*ast.SelectorExpr)
		}
		return !found
	})
	return found
}

// sliceOfSessionIface reports whether t is a slice of a cell's interface
// type (`type Shapes []Shape` with a MarshalJSON method), which yaegi
// holds as a slice of its interface values.
func sliceOfSessionIface(t types.Type, pkg *types.Package) bool {
	s, ok := t.(*types.Slice)
	return ok && types.IsInterface(s.Elem()) && sessionType(s.Elem(), pkg)
}

// hasMethod reports whether t's method set has a method name declared in
// pkg.
func hasMethod(t types.Type, name string, pkg *types.Package) bool {
	sel := types.NewMethodSet(t).Lookup(pkg, name)
	return sel != nil && sel.Obj().Pkg() == pkg
}
