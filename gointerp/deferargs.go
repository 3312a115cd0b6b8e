package gointerp

import (
	"fmt"
	"go/ast"
	"go/types"
	"regexp"
	"strings"
)

// The arguments of a deferred call are evaluated when the defer statement
// runs. yaegi keeps, for each, a reference to the frame slot that holds it:
// after `x := 1; defer show(x); x = 42`, show printed 42 (with fmt.Println,
// a declared function or a function literal alike), and a deferred call
// with a computed argument in a loop saw the last iteration's value. A
// definition gives a slot a new value (a loop's per-iteration variables
// work), so each argument that is not a constant is first defined, just
// before the defer statement, and the call defers with those variables:
//
//	defer show(x, n+1, "a")    →    spargo_da1_0, spargo_da1_1 := x, n+1; defer show(spargo_da1_0, spargo_da1_1, "a")
//
// A deferred method call defers a function literal that takes the
// receiver, defined first too, and the arguments as parameters.
//
// A call that spreads a slice (`defer f(xs...)`) is deferred in a function
// literal: yaegi passed the slice as one value (fmt.Println printed [1 2]).
// The deferred function itself is otherwise left as it is (a function
// literal that calls recover must stay the deferred function). So a
// deferred function literal in a loop still runs the last iteration's
// closure: defining it in a variable first would fix that, but yaegi hangs
// on `defer f()` with f a local variable. A call with an argument over
// several lines is left alone (the lines are kept).

// deferRE finds cells with a defer statement.
var deferRE = regexp.MustCompile(`\bdefer\s`)

// deferArgs rewrites the cell's deferred calls as above, and those of
// function literals in loops as deferloop.go says.
func (c *checked) deferArgs() {
	n := 0
	ast.PreorderStack(c.f, nil, func(node ast.Node, stack []ast.Node) bool {
		d, ok := node.(*ast.DeferStmt)
		if !ok || c.chunkAt(d.Pos()) < 0 {
			return true
		}
		n++
		c.deferCall(d, n, outerLoop(stack))
		return true
	})
}

// deferCall records deferArgs' edits for the deferred call of d, in loop
// (nil when none); n numbers its temporaries.
func (c *checked) deferCall(d *ast.DeferStmt, n int, loop ast.Node) {
	call := d.Call
	var captured []*types.Var
	if lit, ok := call.Fun.(*ast.FuncLit); ok && loop != nil && !call.Ellipsis.IsValid() {
		captured = c.loopCaptures(lit, loop)
	}
	var vars []ast.Expr // the arguments that are not constants
	var names, values []string
	for i, a := range call.Args {
		tv := c.info.Types[a]
		if tv.Type == nil || tv.IsType() {
			return
		}
		if tv.Value != nil || tv.IsNil() {
			continue // a constant, or nil
		}
		value := c.text(a)
		if strings.Contains(value, "\n") {
			return
		}
		vars = append(vars, a)
		names = append(names, fmt.Sprintf("spargo_da%d_%d", n, i))
		values = append(values, value)
	}
	method := ""
	if recv, value, t := c.deferredReceiver(call); recv != nil {
		// a literal whose parameter the receiver is
		name := fmt.Sprintf("spargo_da%d_r", n)
		params, args, _ := signatureText(c.typeOf(call.Fun).(*types.Signature), "spargo_p", c.typeString)
		params = append([]string{"spargo_r " + c.typeString(t)}, params...)
		method = "func(" + strings.Join(params, ", ") + ") { spargo_r." + call.Fun.(*ast.SelectorExpr).Sel.Name +
			"(" + strings.Join(args, ", ") + ") }(" + name
		if len(call.Args) > 0 {
			method += ", "
		}
		names, values = append(names, name), append(values, value)
	}
	if len(vars) == 0 && len(captured) == 0 && method == "" {
		return
	}
	if method != "" {
		c.add(call.Pos(), call.Lparen+1, method)
	}
	for i, a := range vars {
		c.add(a.Pos(), a.End(), names[i])
	}
	if len(captured) > 0 {
		c.passCaptured(call, captured, n, &names, &values)
	}
	c.add(d.Pos(), d.Pos(), strings.Join(names, ", ")+" := "+strings.Join(values, ", ")+"; ")
	if call.Ellipsis.IsValid() {
		// yaegi's defer of a spread call passed the slice as one value
		c.add(call.Pos(), call.Pos(), "func() { ")
		c.add(call.End(), call.End(), " }()")
	}
}

// deferredReceiver is the receiver of a deferred method call, the text
// that evaluates it at the defer statement (its address, for a method of
// its pointer) and the type of that: yaegi read the receiver when the
// call ran, so `defer r.Close()` in a loop closed the last r each time.
// The call is deferred as a function literal's, the receiver and the
// arguments its parameters. nil when call is no such call, or one the
// literal cannot write (variadic, or naming types the cell cannot).
func (c *checked) deferredReceiver(call *ast.CallExpr) (ast.Expr, string, types.Type) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok || call.Ellipsis.IsValid() {
		return nil, "", nil
	}
	s, ok := c.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return nil, "", nil
	}
	value := c.text(sel.X)
	sig, ok := c.typeOf(call.Fun).(*types.Signature)
	if strings.Contains(value, "\n") || !ok || sig.Variadic() || !c.writable(sig) || isLocalType(sig, c.pkg) {
		return nil, "", nil
	}
	t := c.typeOf(sel.X)
	recv := s.Obj().Type().(*types.Signature).Recv()
	_, ptrRecv := recv.Type().(*types.Pointer)
	if _, ptrX := under(t).(*types.Pointer); ptrRecv && !ptrX && !types.IsInterface(t) {
		value, t = "&("+value+")", types.NewPointer(t)
	}
	if !c.writable(t) || isLocalType(t, c.pkg) {
		return nil, "", nil
	}
	return sel.X, value, t
}

// passCaptured makes the captured variables parameters of the deferred
// literal and passes them, through temporaries added to names and values.
func (c *checked) passCaptured(call *ast.CallExpr, captured []*types.Var, n int, names, values *[]string) {
	lit := call.Fun.(*ast.FuncLit)
	var params, args []string
	for i, v := range captured {
		name := fmt.Sprintf("spargo_da%d_%d", n, len(call.Args)+i)
		params = append(params, v.Name()+" "+c.typeString(v.Type()))
		args = append(args, name)
		*names = append(*names, name)
		*values = append(*values, v.Name())
	}
	sep := func(n int) string {
		if n > 0 {
			return ", "
		}
		return ""
	}
	c.add(lit.Type.Params.Closing, lit.Type.Params.Closing, sep(lit.Type.Params.NumFields())+strings.Join(params, ", "))
	c.add(call.Rparen, call.Rparen, sep(len(call.Args))+strings.Join(args, ", "))
}
