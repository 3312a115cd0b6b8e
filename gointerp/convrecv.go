package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// A method called on a conversion to an interface: `Stringer(v).String()`
// or `fmt.Stringer(v).String()`. yaegi fails the call ("invalid interface
// value", "Method index out of range") though it converts right when the
// conversion is stored first, and generic code does this to call a type
// parameter's value through its bound (`Stringer(t).String()`). So the
// conversion is made by passing the value to a function literal, which
// also gives the method call an ordinary call's result:
// `func(spargo_i Stringer) Stringer { return spargo_i }(v).String()`.

// convRecvRE finds calls of a method on the result of a call with simple
// arguments: `Shape(c).Area()` (and `time.Now().Unix()`).
var convRecvRE = regexp.MustCompile(`\b[\pL_][\w.]*\([^()]*\)\.[\pL_]\w*\(`)

// mayConvertReceiver reports whether src may call a method on a conversion
// to an interface: one the session declares (sessionIfaces), or a
// standard one a cell converts to by name.
func mayConvertReceiver(src string, sessionIfaces bool) bool {
	return (sessionIfaces || strings.Contains(src, "Stringer(") || strings.Contains(src, "error(")) && convRecvRE.MatchString(src)
}

// convertedReceivers lowers the cell's method calls on conversions to
// interfaces.
func (c *checked) convertedReceivers() {
	eachConvertedReceiver(c.f, c.info, func(conv *ast.CallExpr, t types.Type) {
		if c.chunkAt(conv.Pos()) >= 0 && c.nameable(t) {
			c.replace(conv.Pos(), conv.Lparen+1, identityCall(c.typeString(t)))
		}
	})
}

// convertedReceivers is the same for a copy of generic code n, the
// interface written with env's type arguments.
func (m *mono) convertedReceivers(n ast.Node, env map[*types.TypeName]string) []posEdit {
	var edits []posEdit
	eachConvertedReceiver(n, m.c.info, func(conv *ast.CallExpr, _ types.Type) {
		it := m.text(conv.Fun, m.refs(conv.Fun, env))
		edits = append(edits, posEdit{start: conv.Pos(), end: conv.Lparen + 1, text: identityCall(it), outer: true})
	})
	return edits
}

// eachConvertedReceiver calls f for each conversion in n to an interface
// type with methods that is the receiver of a method call.
func eachConvertedReceiver(n ast.Node, info *types.Info, f func(conv *ast.CallExpr, t types.Type)) {
	ast.Inspect(n, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		conv, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if !ok || len(conv.Args) != 1 || conv.Ellipsis != token.NoPos {
			return true
		}
		tv := info.Types[conv.Fun]
		if !tv.IsType() || isTypeParam(tv.Type) {
			return true
		}
		if iface, ok := tv.Type.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
			f(conv, tv.Type)
		}
		return true
	})
}

// identityCall opens a call of a function literal that takes its argument
// as type t (source) and returns it.
func identityCall(t string) string {
	return "func(spargo_i " + t + ") " + t + " { return spargo_i }("
}
