package gointerp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// errors.As with a target of a session type: the standard library's As
// checks with reflect that the target's element type implements error,
// which a type of the interpreter does not do for reflect, so the call
// panicked ("errors: *target must be interface or implement error"). Such
// a call runs as the loop As performs, in the cell:
//
//	func(spargo_e error, spargo_t *T) bool {
//		for spargo_e != nil {
//			if v, ok := spargo_e.(T); ok { *spargo_t = v; return true }
//			spargo_e = errors.Unwrap(spargo_e)
//		}
//		return false
//	}(err, &target)
//
// It follows single Unwrap chains (fmt.Errorf's %w), not errors.Join's
// lists or As methods.

// errorsAsRE finds cells that may call errors.As, Is, Unwrap, Join or
// fmt.Errorf.
var errorsAsRE = regexp.MustCompile(`\berrors\.(As|Is|Unwrap|Join)\(|\bErrorf\(`)

// errorfArgs passes the arguments of fmt.Errorf that are values of
// session types implementing error as error: passed as plain values (its
// parameters are ...any), they reach fmt without their methods, and %w
// printed %!w(...) and wrapped nothing. The same goes for the arguments
// of other standard-library functions whose parameter is an error
// (`errors.Join(ErrNotFound, &ValidationError{...})` panicked: "cannot
// use *struct {...} as type error").
func (c *checked) errorfArgs() {
	errType := types.Universe.Lookup("error").Type()
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, _ := n.(*ast.CallExpr)
		if call == nil || c.chunkAt(call.Pos()) < 0 || call.Ellipsis.IsValid() {
			return true
		}
		errorf := c.stdCall(n, "fmt", "Errorf") != nil
		sig := c.stdSignature(call)
		if !errorf && sig == nil {
			return true
		}
		for i, a := range call.Args {
			if errorf && i == 0 || !errorf && !types.Identical(paramType(sig, i), errType) {
				continue
			}
			t := c.info.Types[a].Type
			if t != nil && !types.IsInterface(t) && sessionType(t, c.pkg) && types.Implements(t, errType.Underlying().(*types.Interface)) {
				// (a conversion error(x) does not make yaegi wrap x; passing it does)
				open := "func(spargo_e error) error { return spargo_e }("
				if c.valueError(t) {
					if !errorf {
						continue // errorValues wraps it, as any value stored as an error
					}
					open = c.asError(t)
				}
				c.add(a.Pos(), a.Pos(), open)
				c.add(a.End(), a.End(), ")")
			}
		}
		return true
	})
}

// stdSignature is the signature of call's function if it is one of
// another package than the cell's; nil otherwise.
func (c *checked) stdSignature(call *ast.CallExpr) *types.Signature {
	id := funcName(call.Fun)
	if id == nil {
		return nil
	}
	fn, ok := c.info.Uses[id].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == c.pkg {
		return nil
	}
	sig, _ := fn.Type().(*types.Signature)
	return sig
}

// paramType is the type of the parameter argument i of a call of sig
// fills (a variadic one's element type).
func paramType(sig *types.Signature, i int) types.Type {
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		return sig.Params().At(n - 1).Type().(*types.Slice).Elem()
	case i >= n:
		return nil
	}
	return sig.Params().At(i).Type()
}

// errorsIs routes the cell's errors.Is and errors.Unwrap calls to the
// runtime's ErrorsIs and ErrorsUnwrap, which compare as rt.Equal does
// (errors.Is compared yaegi's wrappers of session values and never
// matched a sentinel of a session type) and follow the Unwrap methods of
// the session's error types through a function literal of the cell
// (sessionUnwrap): the wrapper yaegi passes for an error has only Error.
func (c *checked) errorsIs() {
	unwrap := ""
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, path, name := c.stdCallee(n)
		if call == nil || path != "errors" || name != "Is" && name != "Unwrap" {
			return true
		}
		if unwrap == "" {
			unwrap = c.sessionUnwrap()
		}
		c.add(call.Fun.Pos(), call.Fun.End(), rtName+".Errors"+name)
		args := ", " + unwrap
		if name == "Is" {
			args += ", " + c.sessionIs()
		}
		// The parenthesis is replaced, so that what other lowerings
		// insert at the end of the last argument (errorValues' wrapper)
		// comes before the arguments added.
		c.add(call.Rparen, call.Rparen+1, args+")")
		return true
	})
}

// sessionIs writes a function literal that calls the Is method of a value
// of the session's error types that have one, or "nil" (see sessionUnwrap):
//
//	func(spargo_e any, spargo_t error) bool {
//		if v, ok := spargo_e.(*HTTPError); ok { return v.Is(spargo_t) }
//		return false
//	}
func (c *checked) sessionIs() string {
	errType := types.Universe.Lookup("error").Type()
	iser := oneMethodIface("Is", types.NewTuple(types.NewVar(token.NoPos, nil, "", errType)),
		types.NewTuple(types.NewVar(token.NoPos, nil, "", types.Typ[types.Bool])))
	calls := c.sessionMethodCalls(iser, "v.Is(spargo_t)")
	if calls == "" {
		return "nil"
	}
	return "func(spargo_e any, spargo_t error) bool { " + calls + "return false }"
}

// oneMethodIface is interface{ name(params) results }.
func oneMethodIface(name string, params, results *types.Tuple) *types.Interface {
	return types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, nil, name,
		types.NewSignatureType(nil, nil, nil, params, results, false))}, nil).Complete()
}

// sessionMethodCalls writes, for each of the session's struct types of a
// unique structure that implements iface (as T or *T), a statement that
// returns result when spargo_e holds one, bound to v.
func (c *checked) sessionMethodCalls(iface *types.Interface, result string) string {
	var b strings.Builder
	for _, t := range c.uniqueStructs() {
		for _, rt := range []types.Type{t, types.NewPointer(t)} {
			if types.Implements(rt, iface) {
				fmt.Fprintf(&b, "if v, ok := spargo_e.(%s); ok { return %s }; ", c.typeString(rt), result)
				break
			}
		}
	}
	return b.String()
}

// sessionUnwrap writes a function literal that calls the Unwrap method of
// a value of the session's error types that have one (struct types whose
// structure no other has, as for the interface helpers; an Unwrap() []error
// gives the errors.Join of its list), or "nil":
//
//	func(spargo_e any) (error, bool) {
//		if v, ok := spargo_e.(*QueryError); ok { return v.Unwrap(), true }
//		return nil, false
//	}
func (c *checked) sessionUnwrap() string {
	errType := types.Universe.Lookup("error").Type()
	unwrapper := oneMethodIface("Unwrap", nil, types.NewTuple(types.NewVar(token.NoPos, nil, "", errType)))
	calls := c.sessionMethodCalls(unwrapper, "v.Unwrap(), true")
	// a multi-error (Unwrap() []error): its list as errors.Join's, whose
	// Unwrap rt follows
	multi := oneMethodIface("Unwrap", nil, types.NewTuple(types.NewVar(token.NoPos, nil, "", types.NewSlice(errType))))
	calls += c.sessionMethodCalls(multi, rtName+".JoinErrors(v.Unwrap()), true")
	if calls == "" {
		return "nil"
	}
	return "func(spargo_e any) (error, bool) { " + calls + "return nil, false }"
}

// errorsAs lowers the cell's errors.As calls whose target points to a
// session type.
func (c *checked) errorsAs() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		if call, t := c.asTypeCall(n); call != nil {
			// errors.AsType[T](err), Go 1.26, the same way
			ts := c.typeString(t)
			c.replace(call.Pos(), call.Lparen+1, "func(spargo_e error) ("+ts+", bool) { var spargo_v "+ts+
				"; return spargo_v, "+c.asFunc(t)+"(spargo_e, &spargo_v) }(")
			return true
		}
		call := c.stdCall(n, "errors", "As")
		if call == nil || len(call.Args) != 2 {
			return true
		}
		ptr, ok := c.info.Types[call.Args[1]].Type.(*types.Pointer)
		if !ok || !c.writable(ptr.Elem()) {
			return true
		}
		if sessionType(ptr.Elem(), c.pkg) || literalIface(ptr.Elem()) {
			c.add(call.Fun.Pos(), call.Fun.End(), c.asFunc(ptr.Elem()))
			return true
		}
		// A standard-library target: errors.As did not follow a session
		// error's Unwrap, and panicked on some ("reflect: Call using error
		// as type struct {...}"). The loop first, which does; then
		// errors.As, for errors.Join's lists and As methods.
		ts := c.typeString(ptr.Elem())
		as := c.text(call.Fun)
		c.add(call.Fun.Pos(), call.Fun.End(), "func(spargo_e error, spargo_t *"+ts+") (spargo_ok bool) { if "+c.asFunc(ptr.Elem())+
			"(spargo_e, spargo_t) { return true }; defer func() { recover() }(); return "+as+"(spargo_e, spargo_t) }")
		return true
	})
}

// asFunc writes errorsAs's function for a target of type t.
func (c *checked) asFunc(t types.Type) string {
	ts := c.typeString(t)
	check := "e.(" + ts + ")"
	if h, ok := c.asHelpers[ts]; ok {
		check = "spargo_as_" + h + "(e)" // (a literal interface: ifaceassert.go)
	}
	return "func(spargo_e error, spargo_t *" + ts + ") bool { return " + rtName + ".ErrorsAs(spargo_e, " +
		"func(e error) bool { if v, ok := " + check + "; ok { *spargo_t = v; return true }; " + c.asImplementers(t) +
		"return false }, " + c.sessionUnwrap() + ") }"
}

// asTypeCall returns n and its type argument if n is a call of
// errors.AsType (with a type argument the cell can write).
func (c *checked) asTypeCall(n ast.Node) (*ast.CallExpr, types.Type) {
	call, ok := n.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || c.chunkAt(call.Pos()) < 0 {
		return nil, nil
	}
	ix, ok := call.Fun.(*ast.IndexExpr)
	if !ok {
		return nil, nil
	}
	sel, ok := ix.X.(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "errors" || fn.Name() != "AsType" {
		return nil, nil
	}
	t := c.info.Types[ix.Index].Type
	if t == nil || !c.writable(t) {
		return nil, nil
	}
	return call, t
}

// asImplementers writes the tests of errorsAs's check for a target of
// interface type t: an error held in yaegi's wrapper or rt's ErrorValue
// shows only Error to `e.(T)`, so its value is tried as each session type
// that implements t.
func (c *checked) asImplementers(t types.Type) string {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return ""
	}
	var b strings.Builder
	for _, ct := range c.implementing(c.sessionNamed(func(n *types.Named) bool { return !types.IsInterface(n) }), iface) {
		b.WriteString("if v, ok := " + rtName + ".Interpreted(e).(" + c.typeString(ct) + "); ok { *spargo_t = v; return true }; ")
	}
	return b.String()
}

// literalIface reports whether t is an interface type written as a
// literal (`interface{ Temporary() bool }`), which yaegi builds as it
// builds the session's interfaces: errors.As cannot take a pointer to it.
func literalIface(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Interface)
	return ok && !isEmptyIface(t)
}

// sessionType reports whether t (or what it points to) is declared by the
// session.
func sessionType(t types.Type, pkg *types.Package) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() == pkg
}

// stdCallee is n if it is a call, in the cell, of a function of a
// standard package, with the package's path and the function's name.
func (c *checked) stdCallee(n ast.Node) (call *ast.CallExpr, path, name string) {
	call, ok := n.(*ast.CallExpr)
	if !ok || c.chunkAt(call.Pos()) < 0 {
		return nil, "", ""
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, "", ""
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil {
		return nil, "", ""
	}
	return call, fn.Pkg().Path(), fn.Name()
}

// stdCall is n if it is a call, in the cell, of the function name of the
// standard package path; nil otherwise.
func (c *checked) stdCall(n ast.Node, path, name string) *ast.CallExpr {
	if call, p, fn := c.stdCallee(n); call != nil && p == path && fn == name {
		return call
	}
	return nil
}
