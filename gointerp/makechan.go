package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// make of a receive-only or send-only channel type. Go allows it (such a
// channel is of little use, but a named `type Recv <-chan int` gets made);
// yaegi calls reflect.MakeChan, which panics on a directional type. So the
// cell makes a bidirectional channel and converts it: `make(Recv, n)`
// runs as `(Recv)(make(chan int, n))`.

// dirChanRE finds directional channel types in source.
var dirChanRE = regexp.MustCompile(`<-\s*chan\b|\bchan\s*<-`)

// mayMakeDirChan reports whether src may make a directional channel, with
// the session declaring such types or not (sessionHas).
func mayMakeDirChan(src string, sessionHas bool) bool {
	return strings.Contains(src, "make(") && (sessionHas || dirChanRE.MatchString(src))
}

// directionalMakes lowers the cell's makes of directional channel types.
func (c *checked) directionalMakes() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) == 0 || c.chunkAt(call.Pos()) < 0 {
			return true
		}
		if id, ok := call.Fun.(*ast.Ident); !ok || !usesBuiltin(c.info.Uses[id], "make") {
			return true
		}
		t := c.info.Types[call.Args[0]].Type
		if t == nil {
			return true
		}
		ch, ok := t.Underlying().(*types.Chan)
		if !ok || ch.Dir() == types.SendRecv || !c.nameable(t) || !c.nameable(ch.Elem()) {
			return true
		}
		c.add(call.Pos(), call.Pos(), "("+c.typeString(t)+")(")
		c.add(call.Args[0].Pos(), call.Args[0].End(), "chan "+c.typeString(ch.Elem()))
		c.add(call.End(), call.End(), ")")
		return true
	})
}

// usesBuiltin reports whether obj is the builtin function name.
func usesBuiltin(obj types.Object, name string) bool {
	b, ok := obj.(*types.Builtin)
	return ok && b.Name() == name
}
