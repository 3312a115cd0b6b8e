package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// JSON methods of values held in an empty interface. The hooks of
// jsonmethods.go are found from the static type marshalled, so
// `json.Marshal(map[string]any{"level": lvl, "rows": rows})` wrote the
// Level and the rows' fields of types with MarshalJSON without calling it.
// When the value holds an empty interface, the cell passes rt.JSONWith
// hooks by type name ("#Level") as well: one for each session type with a
// MarshalJSON or MarshalText method (by value), and one for each struct
// type of a unique structure whose fields have hooks, which marshals it
// with its own. rt finds a value's type from yaegi's valueInterface (a
// type with methods) or from the struct types given after the hooks, as a
// zero value and its name each (rt/jsonhooks.go).

// dynamicJSONHooks adds to hooks, for a value of type t that holds an
// interface (empty or a cell's: a Shape), the hooks by type name, and returns the known struct
// types as further arguments of JSONWith (", T{}, \"T\"").
func (c *checked) dynamicJSONHooks(t types.Type, hooks map[string]string) (known string) {
	if t == nil || !holdsIface(t, map[types.Type]bool{}, func(*types.Interface) bool { return true }) {
		return ""
	}
	unique := map[*types.Named]bool{}
	for _, n := range c.uniqueStructs() {
		unique[n] = true
	}
	var structs []string
	for _, n := range c.sessionNamed(func(n *types.Named) bool { return !types.IsInterface(n) && c.writable(n) }) {
		name := n.Obj().Name()
		h := hookFinder{c: c, hooks: map[string]string{}, onStack: map[types.Type]bool{}}
		known := unique[n] && !isLocalType(n, c.pkg)
		if fn := h.hook(n, false, false); fn != "" {
			hooks["#"+name] = fn
			if _, isStruct := n.Underlying().(*types.Struct); isStruct && known {
				// (yaegi holds a struct in an any as a plain struct)
				structs = append(structs, name+"{}, "+strconv.Quote(name))
			}
			continue
		}
		if !known {
			continue
		}
		if inner := c.jsonHooks(n, false); inner != "" {
			hooks["#"+name] = "func(spargo_v any) ([]byte, error) { return " + rtName + ".JSONBytes(" + c.fromAny(n) + ", " + inner + ") }"
			structs = append(structs, name+"{}, "+strconv.Quote(name))
		}
	}
	sort.Strings(structs)
	for _, s := range structs {
		known += ", " + s
	}
	return known
}

// literalElems wraps the elements of a map or slice literal of empty
// interfaces marshalled in place (`json.Marshal(map[string]any{"levels":
// []Level{Debug}})`) whose static type has hooks: in an any, the elements
// of a []Level are plain ints to rt. The literal is json.Marshal's own,
// so its elements may become the JSON trees JSONWith makes.
func (c *checked) literalElems(e ast.Expr) {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return
	}
	var elem types.Type
	switch t := c.typeOf(lit).Underlying().(type) {
	case *types.Map:
		elem = t.Elem()
	case *types.Slice:
		elem = t.Elem()
	default:
		return
	}
	if !isEmptyIface(elem) {
		return
	}
	for _, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			el = kv.Value
		}
		t := c.typeOf(el)
		if t == nil || types.IsInterface(t) {
			continue
		}
		if hooks := c.jsonHooks(t, false); hooks != "" {
			c.add(el.Pos(), el.Pos(), rtName+".JSONWith(")
			c.addClose(el.End(), ", "+hooks+")")
		} else {
			c.literalElems(el)
		}
	}
}

// jsonStructNames writes, for decoding into a value of type t, the names
// of its session struct types by the JSON path of the object each is
// (map[string]string{"": "Dataset", "meta": "Meta"}), "" if t holds none:
// encoding/json names the struct of a field it cannot decode
// (`cannot unmarshal string into Go struct field Dataset.version`) from
// reflect, where yaegi's struct types have no name (".version").
func (c *checked) jsonStructNames(t types.Type) string {
	names := map[string]string{}
	var walk func(t types.Type, path string, depth int)
	walk = func(t types.Type, path string, depth int) {
		if t == nil || depth > 6 {
			return
		}
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			walk(u.Elem(), path, depth+1)
		case *types.Slice:
			walk(u.Elem(), path, depth+1)
		case *types.Array:
			walk(u.Elem(), path, depth+1)
		case *types.Map:
			walk(u.Elem(), path, depth+1)
		case *types.Struct:
			n, ok := t.(*types.Named)
			if !ok || n.Obj().Pkg() != c.pkg {
				return
			}
			if _, seen := names[path]; seen {
				return
			}
			names[path] = n.Obj().Name()
			for i := range u.NumFields() {
				f := u.Field(i)
				key, _, _ := strings.Cut(reflect.StructTag(u.Tag(i)).Get("json"), ",")
				if key == "-" || !f.Exported() {
					continue
				}
				if key == "" {
					key = f.Name()
				}
				if path != "" {
					key = path + "." + key
				}
				walk(f.Type(), key, depth+1)
			}
		}
	}
	walk(t, "", 0)
	return mapLiteral("map[string]string", names, strconv.Quote)
}
