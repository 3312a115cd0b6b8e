package gointerp

import (
	"go/ast"
	"go/types"
)

// More generic functions of the standard library (yaegi's symbol tables
// cannot hold generic functions), interpreted from stdFuncsSource as
// package spargo_std; a cell's calls are redirected to it as sync's
// OnceFunc are (oncefuncs.go): `reflect.TypeFor[T]()` runs as
// `spargo_std.TypeFor[T]()`. errors.AsType runs as errors.As does
// (errorsas.go), and math/rand/v2's
// N is written at its call as the non-generic call it is
// (randN): `rand.N(d)` with d a time.Duration runs as
// `time.Duration(rand.Uint64N(uint64(d)))` (yaegi failed on a conversion
// to a type parameter). iter.Pull and Pull2 are missing: yaegi could not
// compile a generic function whose closures use channels of its type
// parameter ("nil type").

const stdFuncsName = "spargo_std"

const stdFuncsSource = `package ` + stdFuncsName + `

import "reflect"

func TypeFor[T any]() reflect.Type {
	var v T
	return reflect.TypeOf(&v).Elem()
}
`

// redirected maps the generic standard-library functions interpreted by
// the kernel to the package that holds them.
var redirected = map[string]string{
	"sync.OnceFunc": onceName, "sync.OnceValue": onceName, "sync.OnceValues": onceName,
	"reflect.TypeFor": stdFuncsName,
}

// genericOnly are generic functions of packages whose other members are
// in yaegi's symbol tables: auto-import picks the package that has them
// (rand.N is math/rand/v2's).
var genericOnly = map[string]bool{"math/rand/v2.N": true}

// randN writes the cell's calls of math/rand/v2's N as above.
func (c *checked) randN() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || c.chunkAt(call.Pos()) < 0 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		fn, ok := c.info.Uses[sel.Sel].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "math/rand/v2" || fn.Name() != "N" {
			return true
		}
		t := c.info.Types[call].Type
		if t == nil || !c.writable(t) {
			return true
		}
		a := call.Args[0]
		c.add(call.Pos(), call.Pos(), c.typeString(t)+"(")
		c.add(sel.Sel.Pos(), a.Pos(), "Uint64N(uint64(")
		c.add(a.End(), a.End(), ")")
		c.add(call.End(), call.End(), ")")
		return true
	})
}
