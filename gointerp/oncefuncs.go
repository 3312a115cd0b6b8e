package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// sync.OnceFunc, OnceValue and OnceValues (Go 1.21) are generic, so they
// cannot be in yaegi's symbol table of sync, and a source package named
// sync would hide the rest of it (Mutex, WaitGroup). They are interpreted
// from onceSource as package spargo_sync, and a cell's calls are
// rewritten to it: `sync.OnceValue(f)` runs as `spargo_sync.OnceValue(f)`.
// A panic in f is raised again by every call, as in the standard library.
// (Each function holds its own code: yaegi's generic functions there found
// the package's other functions nil. OnceFunc is generic too: a closure
// from a plain function of the package was nil in later cells.)

const onceName = "spargo_sync"

const onceSource = `package ` + onceName + `

import "sync"

func OnceFunc[F ~func()](f F) func() {
	var once sync.Once
	var p any
	failed := true
	return func() {
		once.Do(func() {
			defer func() {
				if failed {
					p = recover()
				}
			}()
			f()
			failed = false
		})
		if failed {
			panic(p)
		}
	}
}

func OnceValue[T any](f func() T) func() T {
	var once sync.Once
	var v T
	var p any
	failed := true
	return func() T {
		once.Do(func() {
			defer func() {
				if failed {
					p = recover()
				}
			}()
			v = f()
			failed = false
		})
		if failed {
			panic(p)
		}
		return v
	}
}

func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var once sync.Once
	var v1 T1
	var v2 T2
	var p any
	failed := true
	return func() (T1, T2) {
		once.Do(func() {
			defer func() {
				if failed {
					p = recover()
				}
			}()
			v1, v2 = f()
			failed = false
		})
		if failed {
			panic(p)
		}
		return v1, v2
	}
}
`

// onceRE finds cells that may call them, or the functions of stdfuncs.go.
var onceRE = regexp.MustCompile(`\bsync\.Once(Func|Values?)\b|\b(rand\.N|reflect\.TypeFor|errors\.AsType|iter\.Pull2?)\b`)

// onceFuncs rewrites the cell's uses of sync.OnceFunc, OnceValue and
// OnceValues to spargo_sync's, and of the functions of stdfuncs.go to
// spargo_std's (mono.refs does the same in copies of generic code).
func (c *checked) onceFuncs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok || c.chunkAt(sel.Pos()) < 0 {
			return true
		}
		if to := c.redirect(sel); to != "" {
			c.add(sel.Pos(), sel.End(), to)
		}
		return true
	})
}

// redirect is what replaces sel when it names a standard function the
// kernel runs its own of; "" otherwise.
func (c *checked) redirect(sel *ast.SelectorExpr) string {
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return ""
	}
	pkg, ok := c.info.Uses[id].(*types.PkgName)
	if !ok {
		return ""
	}
	to := redirected[pkg.Imported().Path()+"."+sel.Sel.Name]
	if to != "" && !strings.Contains(to, ".") {
		to += "." + sel.Sel.Name
	}
	return to
}
