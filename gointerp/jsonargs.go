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

// jsonRE finds cells that may marshal JSON.
var jsonRE = regexp.MustCompile(`\bjson\.Marshal|\.Encode\(`)

// jsonArgs lowers the cell's json.Marshal, json.MarshalIndent and
// (*json.Encoder).Encode calls.
func (c *checked) jsonArgs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || c.chunkAt(call.Pos()) < 0 || !c.marshals(call) {
			return true
		}
		if a := call.Args[0]; holdsEmptyIface(c.typeOf(a), map[types.Type]bool{}) {
			c.add(a.Pos(), a.Pos(), rtName+".JSONPlain(")
			c.add(a.End(), a.End(), ")")
		}
		return true
	})
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
	if t == nil || seen[t] {
		return false
	}
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return u.NumMethods() == 0
	case *types.Map:
		return holdsEmptyIface(u.Elem(), seen)
	case *types.Slice:
		return holdsEmptyIface(u.Elem(), seen)
	}
	return false
}
