package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// Values of the session's named types with methods (`type Level int`) held
// in an any: yaegi keeps them in its own wrapper there, and encoding/json
// wrote the wrapper as {} (`json.Marshal(map[string]any{"level": lvl})`
// gave {"level":{}}). The value marshalled, when its type holds an empty
// interface, is passed through rt.JSONPlain, which takes them out.
//
// A struct type with an embedded field (`type User struct{ Base; ... }`)
// was written with the field as a key of its own ({"Base":{"id":1}}) and
// read so, since reflect cannot mark it embedded; rt mirrors such values
// (rt/jsonembed.go): JSONPlain for json.Marshal and Encode, and
// json.Unmarshal and (*json.Decoder).Decode become rt.JSONUnmarshal and
// rt.JSONDecode when the target's type holds one.

// jsonRE finds cells that may use encoding/json.
var jsonRE = regexp.MustCompile(`\bjson\.(Marshal|Unmarshal)|\.(En|De)code\(`)

// jsonArgs lowers the cell's json.Marshal, json.MarshalIndent,
// json.Unmarshal, (*json.Encoder).Encode and (*json.Decoder).Decode calls.
func (c *checked) jsonArgs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || c.chunkAt(call.Pos()) < 0 {
			return true
		}
		switch {
		case c.marshals(call):
			a := call.Args[0]
			t := c.typeOf(a)
			c.literalElems(a)
			hooks := c.hookEntries(t, false)
			known := c.dynamicJSONHooks(t, hooks)
			if len(hooks) > 0 {
				c.add(a.Pos(), a.Pos(), rtName+".JSONWith(")
				c.add(a.End(), a.End(), ", "+hookLiteral(hooks, false)+known+")")
			} else if holdsEmptyIface(t, map[types.Type]bool{}) || holdsEmbedded(t, map[types.Type]bool{}) {
				c.add(a.Pos(), a.Pos(), rtName+".JSONPlain(")
				c.add(a.End(), a.End(), ")")
			}
		case c.decodes(call, "Unmarshal", 2):
			hooks := c.jsonHooks(pointee(c.typeOf(call.Args[1])), true)
			if hooks != "" {
				c.add(call.Fun.Pos(), call.Fun.End(), rtName+".JSONUnmarshalWith")
				c.add(call.Rparen, call.Rparen+1, ", "+hooks+")") // (after insertions at the last argument's end)
			} else if holdsEmbedded(c.typeOf(call.Args[1]), map[types.Type]bool{}) {
				c.add(call.Fun.Pos(), call.Fun.End(), rtName+".JSONUnmarshal")
			}
		case c.decodes(call, "Decode", 1):
			hooks := c.jsonHooks(pointee(c.typeOf(call.Args[0])), true)
			if hooks != "" || holdsEmbedded(c.typeOf(call.Args[0]), map[types.Type]bool{}) {
				sel := call.Fun.(*ast.SelectorExpr)
				if hooks != "" {
					c.add(call.Pos(), call.Pos(), rtName+".JSONDecodeWith(")
					c.add(call.Rparen, call.Rparen+1, ", "+hooks+")") // (after insertions at the last argument's end)
				} else {
					c.add(call.Pos(), call.Pos(), rtName+".JSONDecode(")
				}
				c.add(sel.X.End(), call.Lparen+1, ", ")
			}
		}
		if c.decodes(call, "Unmarshal", 2) || c.decodes(call, "Decode", 1) {
			target := call.Args[len(call.Args)-1]
			if names := c.jsonStructNames(pointee(c.typeOf(target))); names != "" {
				c.add(call.Pos(), call.Pos(), rtName+".JSONStructNames(")
				c.add(call.End(), call.End(), ", "+names+")")
			} else if t := c.typeOf(target); t != nil && types.IsInterface(t) && isName(target) {
				// (a struct decoded through an interface: its name by its
				// reflect type, from the session's structs)
				if known := c.knownTypes(call.Pos(), map[string]copyName{}); known != "" {
					c.add(call.Pos(), call.Pos(), rtName+".JSONStructNamesOf(")
					c.add(call.End(), call.End(), ", "+c.text(target)+", "+known+")")
				}
			}
		}
		return true
	})
}

// decodes reports whether call is encoding/json's function or method name
// with n arguments.
func (c *checked) decodes(call *ast.CallExpr, name string, n int) bool {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != name || len(call.Args) != n || call.Ellipsis.IsValid() {
		return false
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json"
}

// holdsEmbedded reports whether t is, or holds through pointers, slices,
// arrays, maps and fields, a struct type with an embedded field.
func holdsEmbedded(t types.Type, seen map[types.Type]bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return holdsEmbedded(u.Elem(), seen)
	case *types.Slice:
		return holdsEmbedded(u.Elem(), seen)
	case *types.Array:
		return holdsEmbedded(u.Elem(), seen)
	case *types.Map:
		return holdsEmbedded(u.Elem(), seen)
	case *types.Struct:
		for f := range u.Fields() {
			if f.Embedded() || holdsEmbedded(f.Type(), seen) {
				return true
			}
		}
	}
	return false
}

// marshals reports whether call is json.Marshal, json.MarshalIndent or
// the Encode method of a *json.Encoder.
func (c *checked) marshals(call *ast.CallExpr) bool {
	if _, path, name := c.stdCallee(call); path == "encoding/json" && (name == "Marshal" || name == "MarshalIndent") {
		return true
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Encode" {
		return false
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	return ok && fn.Pkg() != nil && fn.Pkg().Path() == "encoding/json"
}

// holdsEmptyIface reports whether t is, or is a map or slice of, an empty
// interface (the values JSONPlain rebuilds).
func holdsEmptyIface(t types.Type, seen map[types.Type]bool) bool {
	return holdsIface(t, seen, func(i *types.Interface) bool { return i.NumMethods() == 0 })
}

// holdsIface reports whether t is, or is a map or slice of, an interface
// that is ok.
func holdsIface(t types.Type, seen map[types.Type]bool, ok func(*types.Interface) bool) bool {
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return ok(u)
	case *types.Map:
		return holdsIface(u.Elem(), seen, ok)
	case *types.Slice:
		return holdsIface(u.Elem(), seen, ok)
	}
	return false
}

// pointee is what t points to; nil if t is not a pointer.
func pointee(t types.Type) types.Type {
	if p, ok := t.(*types.Pointer); ok {
		return p.Elem()
	}
	return nil
}
