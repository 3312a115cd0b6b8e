package gointerp

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
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
// to a type parameter). iter.Pull and Pull2 run as rt's (pulls): yaegi
// could not compile an interpreted one ("nil type").

const stdFuncsName = "spargo_std"

const stdFuncsSource = `package ` + stdFuncsName + `

import "reflect"

func TypeFor[T any]() reflect.Type {
	var v T
	return reflect.TypeOf(&v).Elem()
}
`

// redirected maps the generic standard-library functions interpreted by
// the kernel to the package that holds them, or to "package.Function"
// when the kernel names the function otherwise: yaegi keys the instances
// of generic functions by function name and type arguments alone, across
// packages, so slices.Compare and cmp.Compare must not share a name.
var redirected = map[string]string{
	"sync.OnceFunc": onceName, "sync.OnceValue": onceName, "sync.OnceValues": onceName,
	"reflect.TypeFor": stdFuncsName,
	"slices.Compare":  "slices.SliceCompare",
}

// genericOnly are generic functions of packages whose other members are
// in yaegi's symbol tables: auto-import picks the package that has them
// (rand.N is math/rand/v2's).
var genericOnly = map[string]bool{"math/rand/v2.N": true}

// randN writes the cell's calls of math/rand/v2's N as above.
func (c *checked) randN() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call := c.stdCall(n, "math/rand/v2", "N")
		if call == nil || len(call.Args) != 1 {
			return true
		}
		t := c.info.Types[call].Type
		if t == nil || !c.writable(t) {
			return true
		}
		a := call.Args[0]
		c.add(call.Pos(), call.Pos(), c.typeString(t)+"(")
		c.add(call.Fun.(*ast.SelectorExpr).Sel.Pos(), a.Pos(), "Uint64N(uint64(")
		c.add(a.End(), a.End(), ")")
		c.add(call.End(), call.End(), ")")
		return true
	})
}

// pulls writes the cell's calls of iter.Pull and Pull2 as calls of rt's,
// whose values are asserted back to the sequence's types:
//
//	iter.Pull(seq)    →    func(spargo_s func(func(int) bool)) (func() (int, bool), func()) { ... spargo_rt.Pull(spargo_s) ... }(seq)
func (c *checked) pulls() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		if call, text := c.pullCall(n, func(t types.Type) (types.Type, string, bool) {
			return t, c.typeString(t), c.writable(t)
		}); text != "" && c.chunkAt(call.Pos()) >= 0 {
			c.add(call.Pos(), call.Lparen+1, text)
		}
		return true
	})
}

// pulls writes the calls of iter.Pull and Pull2 in copies of generic
// function fd (a Zip of two sequences).
func (m *mono) pulls(fd *ast.FuncDecl, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, text := m.c.pullCall(n, func(t types.Type) (types.Type, string, bool) {
			text, ok := m.typeExpr(t, env)
			t = m.caseType(t, text)
			return t, text, ok && t != nil
		}); text != "" {
			edits = append(edits, posEdit{start: call.Pos(), end: call.Lparen + 1, text: text})
		}
		return true
	})
	return edits
}

// pullCall returns n if it is a call of iter.Pull or Pull2 (in the cell or
// in an earlier cell's generic function), with the text
// that replaces its function and opening parenthesis; resolve gives a type
// argument's type, written, and whether it can be written there.
func (c *checked) pullCall(n ast.Node, resolve func(types.Type) (types.Type, string, bool)) (*ast.CallExpr, string) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, ""
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, ""
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "iter" || fn.Name() != "Pull" && fn.Name() != "Pull2" {
		return nil, ""
	}
	inst, ok := c.info.Instances[sel.Sel]
	if !ok {
		return nil, ""
	}
	var names, values []string
	for i := range inst.TypeArgs.Len() {
		t, text, ok := resolve(inst.TypeArgs.At(i))
		if !ok {
			return nil, ""
		}
		v := c.fromAnyVar(t, fmt.Sprintf("spargo_a%d", i))
		if v == "" {
			return nil, ""
		}
		names, values = append(names, text), append(values, v)
	}
	return call, pullFunc(names, values) + "("
}

// pullFunc writes the function literal of pulls for a sequence of types
// names, whose values as any are written back by values.
func pullFunc(names, values []string) string {
	ts := strings.Join(names, ", ")
	var vars, zeros []string
	for i := range names {
		vars = append(vars, fmt.Sprintf("spargo_a%d", i))
		zeros = append(zeros, "*new("+names[i]+")")
	}
	pull := "Pull"
	if len(names) == 2 {
		pull = "Pull2"
	}
	return "func(spargo_s func(func(" + ts + ") bool)) (func() (" + ts + ", bool), func()) { spargo_n, spargo_st := " +
		rtName + "." + pull + "(spargo_s); return func() (" + ts + ", bool) { " + strings.Join(vars, ", ") +
		", spargo_ok := spargo_n(); if !spargo_ok { return " + strings.Join(zeros, ", ") + ", false }; return " +
		strings.Join(values, ", ") + ", true }, spargo_st }"
}
