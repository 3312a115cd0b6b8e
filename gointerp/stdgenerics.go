package gointerp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strings"
	"sync"
)

// A generic standard-library function called with a slice the standard
// library made (`slices.Sort(strings.Fields(s))`, `slices.Max(w)` with w
// from strings.Fields) failed in yaegi's inference ("CFG post-order panic:
// invalid memory address"), where a slice the cell made works, and so
// does an explicit instantiation. So such calls get their type arguments
// written, in the order of the kernel's sources of these functions
// (generics.go), when the arguments are built-in types, unnamed slices,
// arrays, maps and pointers of them, or the session's types
// (`maps.EqualFunc(m1, m2, eq)` with map[SKU]Stock maps failed: "cannot
// use type map[main.SKU]main.Stock as type map[main.SKU]main.SKU").

// stdGenericRE finds cells that may call one.
var stdGenericRE = regexp.MustCompile(`\b(slices|maps|cmp)\.[A-Z]`)

// minMaxRE finds calls of min and max, which cmpBasicArgs lowers for
// named basic types of other packages (time.Duration).
var minMaxRE = regexp.MustCompile(`\b(min|max)\(`)

// kernelTypeParams maps "slices.Sort" to the type parameter names of the
// kernel's source of that function.
var kernelTypeParams = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, src := range append(append([]string{}, genericSources...), moreGenericSources...) {
		f, err := parser.ParseFile(token.NewFileSet(), "", src, parser.SkipObjectResolution)
		if err != nil {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Type.TypeParams == nil {
				continue
			}
			var names []string
			for _, p := range fd.Type.TypeParams.List {
				for _, n := range p.Names {
					names = append(names, n.Name)
				}
			}
			out[f.Name.Name+"."+fd.Name.Name] = names
		}
	}
	for from, to := range redirected {
		if _, ok := out[to]; ok {
			out[from] = out[to]
		}
	}
	return out
})

// stdTypeArguments writes the type arguments of id, a generic function of
// the standard library used without them, as above (nativeSeq: called
// with an iterator a compiled function made, nativeSeqCallees).
func (c *checked) stdTypeArguments(id *ast.Ident, inst types.Instance, nativeSeq bool) {
	fn, ok := c.info.Uses[id].(*types.Func)
	// (yaegi mistook an explicit instance's variadic parameter for its
	// element: cmp.Or[int](0, 2) failed.)
	if !ok || fn.Type().(*types.Signature).Variadic() {
		return
	}
	composite := false // (cmp.Compare[int](...) as an argument confused yaegi)
	for t := range inst.TypeArgs.Types() {
		_, basic := t.(*types.Basic)
		composite = composite || !basic
	}
	if !composite && !nativeSeq {
		return
	}
	if args, ok := c.kernelTypeArgs(fn, inst); ok {
		c.add(id.End(), id.End(), "["+strings.Join(args, ", ")+"]")
	}
}

// nativeSeqCallees are the generic functions (by their name's ident)
// called with an iterator a compiled function made: yaegi could not infer
// E of slices.Collect(strings.Lines(text)) ("undefined type for
// spargo_E"), so its type arguments are written even when basic.
func (c *checked) nativeSeqCallees() map[*ast.Ident]bool {
	out := map[*ast.Ident]bool{}
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		id := funcName(call.Fun)
		if id == nil {
			return true
		}
		for _, a := range call.Args {
			inner, ok := ast.Unparen(a).(*ast.CallExpr)
			if !ok || !foreignInstance(c.typeOf(a), c.pkg) {
				continue
			}
			if sig, ok := c.typeOf(inner.Fun).(*types.Signature); ok && !c.genericCallee(inner) && sig != nil {
				out[id] = true
			}
		}
		return true
	})
	return out
}

// genericCallee reports whether call calls a generic function.
func (c *checked) genericCallee(call *ast.CallExpr) bool {
	id := funcName(indexedBase(call.Fun))
	if id == nil {
		return false
	}
	_, ok := c.info.Instances[id]
	return ok
}

// funcName is the name a function expression ends with (f, pkg.F, x.M),
// or nil for another expression.
func funcName(fun ast.Expr) *ast.Ident {
	switch f := fun.(type) {
	case *ast.Ident:
		return f
	case *ast.SelectorExpr:
		return f.Sel
	}
	return nil
}

// explicitable reports whether t can be written as a type argument here:
// builtinOnly, or a session type that is not generic.
func (c *checked) explicitable(t types.Type) bool {
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == c.pkg && n.TypeArgs() == nil {
		return c.writable(t)
	}
	return builtinOnly(t)
}

// builtinOnly reports whether t is a typed built-in type, or an unnamed
// slice, array, map or pointer of such types.
func builtinOnly(t types.Type) bool {
	switch t := t.(type) {
	case *types.Basic:
		return t.Info()&types.IsUntyped == 0 && t.Kind() != types.UnsafePointer && t.Kind() != types.Invalid
	case *types.Slice:
		return builtinOnly(t.Elem())
	case *types.Array:
		return builtinOnly(t.Elem())
	case *types.Pointer:
		return builtinOnly(t.Elem())
	case *types.Map:
		return builtinOnly(t.Key()) && builtinOnly(t.Elem())
	}
	return false
}

// spreadCallees are the functions f calls with a spread slice (`f(xs...)`):
// spreadCalls rewrites some of those to other functions.
func spreadCallees(f *ast.File) map[*ast.Ident]bool {
	out := map[*ast.Ident]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && call.Ellipsis.IsValid() {
			if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
				out[sel.Sel] = true
			}
		}
		return true
	})
	return out
}

// stdConstArgs converts the constant arguments of calls of generic
// standard-library functions to the type Go gives them (a float literal
// always: yaegi found `cmp.Compare(1.5, 2.5)`'s untyped float not
// cmp.Ordered): yaegi passed the 61 of
// `slices.Contains(scores, 61)`, scores a []float64, as an int, and the
// comparison panicked ("reflect: call of reflect.Value.Float on int
// Value").
func (c *checked) stdConstArgs() {
	c.eachStdGenericCall(func(call *ast.CallExpr) {
		for _, a := range call.Args {
			tv := c.info.Types[a]
			if b, ok := tv.Type.(*types.Basic); ok && tv.Value != nil && b.Info()&types.IsUntyped == 0 && (b.Name() != defaultName(a) || defaultName(a) == "float64") {
				c.add(a.Pos(), a.Pos(), b.Name()+"(")
				c.add(a.End(), a.End(), ")")
			}
		}
	})
}

// eachStdGenericCall calls f with each call, in the cell, of a generic
// function of the standard library.
func (c *checked) eachStdGenericCall(f func(*ast.CallExpr)) {
	ast.Inspect(c.f, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && c.chunkAt(call.Pos()) >= 0 && c.stdGenericCall(call) {
			f(call)
		}
		return true
	})
}

// stdGenericCall reports whether call calls a generic function of another
// package.
func (c *checked) stdGenericCall(call *ast.CallExpr) bool {
	sig := c.stdSignature(call)
	return sig != nil && sig.TypeParams() != nil
}

// defaultName is the name of the default type of literal e ("" for
// other expressions).
func defaultName(e ast.Expr) string {
	lit, ok := e.(*ast.BasicLit)
	if !ok {
		return ""
	}
	switch lit.Kind {
	case token.INT:
		return "int"
	case token.FLOAT:
		return "float64"
	case token.IMAG:
		return "complex128"
	case token.CHAR:
		return "int32"
	}
	return "string"
}

// cmpBasicArgs converts the arguments of cmp.Compare and cmp.Less to their
// basic underlying type when they are of a named type of another package:
// yaegi found time.Month and time.Duration not cmp.Ordered ("time.Duration
// does not implement cmp.Ordered"), and failed on time.Month with "CFG
// post-order panic". The results (an int, a bool) are the same. A call of
// min or max on such a type computes in the basic type and converts back:
// `max(d, -d)` runs as `time.Duration(max(int64(d), int64(-d)))`.
func (c *checked) cmpBasicArgs() {
	for _, call := range callsInnerFirst(c.f) {
		if c.chunkAt(call.Pos()) >= 0 {
			for _, e := range c.cmpBasicEdits(call, c.typeOf) {
				c.add(e.start, e.end, e.text)
			}
		}
	}
}

// callsInnerFirst lists the calls in n, each after those in its arguments:
// of two conversions written at one place, the later recorded goes outside
// (applyEdits), so `max(lo, min(hi, x))` becomes
// `...max(int64(lo), int64(time.Duration(min(...))))`.
func callsInnerFirst(n ast.Node) []*ast.CallExpr {
	var calls, stack []*ast.CallExpr
	ast.Inspect(n, func(m ast.Node) bool {
		if m == nil {
			if len(stack) > 0 && stack[len(stack)-1] == nil {
				stack = stack[:len(stack)-1]
			} else if len(stack) > 0 {
				calls, stack = append(calls, stack[len(stack)-1]), stack[:len(stack)-1]
			}
			return true
		}
		call, _ := m.(*ast.CallExpr)
		stack = append(stack, call) // nil for other nodes
		return true
	})
	return calls
}

// cmpBasicEdits are cmpBasicArgs' edits of call, whose parts have the
// types typeOf gives (in a copy of generic code, with its type arguments
// written in: monoprint.go).
func (c *checked) cmpBasicEdits(call *ast.CallExpr, typeOf func(ast.Expr) types.Type) []posEdit {
	var edits []posEdit
	basicArgs := func() {
		for _, a := range call.Args {
			if named := c.foreignBasic(typeOf(a)); named != nil {
				edits = append(edits, posEdit{a.Pos(), a.Pos(), named.Underlying().(*types.Basic).Name() + "(", false},
					posEdit{a.End(), a.End(), ")", false})
			}
		}
	}
	if id, ok := call.Fun.(*ast.Ident); ok && (usesBuiltin(c.info.Uses[id], "min") || usesBuiltin(c.info.Uses[id], "max")) {
		if named := c.foreignBasic(typeOf(call)); named != nil && c.nameable(named) {
			edits = append(edits, posEdit{call.Pos(), call.Pos(), c.typeString(named) + "(", false})
			basicArgs()
			edits = append(edits, posEdit{call.End(), call.End(), ")", false})
		}
		return edits
	}
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		if fn, ok := c.info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "cmp" && (fn.Name() == "Compare" || fn.Name() == "Less") {
			basicArgs()
		}
	}
	return edits
}

// foreignBasic is t when it is a named type of another package with a
// basic underlying type (time.Duration), else nil.
func (c *checked) foreignBasic(t types.Type) *types.Named {
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == c.pkg {
		return nil
	}
	if _, ok := named.Underlying().(*types.Basic); !ok {
		return nil
	}
	return named
}

// nativeFuncArgs wraps a function of a standard package passed to a
// generic standard function in a function literal of the cell: yaegi
// could not infer a type parameter from a compiled function's type
// (`slices.IndexFunc(rs, unicode.IsLetter)` failed with "undefined type
// for E"), and infers it from the literal's:
//
//	slices.IndexFunc(rs, unicode.IsLetter)    →    slices.IndexFunc(rs, func(spargo_f0 rune) bool { return unicode.IsLetter(spargo_f0) })
func (c *checked) nativeFuncArgs() {
	c.eachStdGenericCall(func(call *ast.CallExpr) {
		for _, a := range call.Args {
			c.wrapNativeFunc(a)
		}
	})
}

// wrapNativeFunc wraps a, when it names a function of another package.
func (c *checked) wrapNativeFunc(a ast.Expr) {
	sel, ok := ast.Unparen(a).(*ast.SelectorExpr)
	if !ok {
		return
	}
	fn, ok := c.info.Uses[sel.Sel].(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == c.pkg || c.info.Selections[sel] != nil {
		return // (a method value is the cell's value already)
	}
	sig := fn.Type().(*types.Signature)
	if sig.TypeParams() != nil || !c.nameable(sig) {
		return
	}
	params, args, results := signatureText(sig, "spargo_f", c.typeString)
	body := "return "
	if results == "" {
		body = ""
	}
	c.add(a.Pos(), a.Pos(), "func("+strings.Join(params, ", ")+") "+results+" { "+body)
	c.add(a.End(), a.End(), "("+strings.Join(args, ", ")+") }")
}

// genericReturns gives a variable to the result of a generic standard
// function of a func type returned directly: `return maps.Keys(s)` in a
// function returning iter.Seq[int] made yaegi's shared instance of
// maps.Keys fail in every other use ("reflect.Set: value of type
// func(func(int) bool) is not assignable to type interp.generic", a
// generic Set's All method beside its Sorted function):
//
//	return maps.Keys(s)    →    spargo_gr := maps.Keys(s); return spargo_gr
//
// The same goes for the result of any call of a type instantiated from
// another package's generic type: `return t.Range(nil, nil)` in a method
// returning iter.Seq2[K, V] made yaegi's compiler panic where the method's
// result was called ("CFG post-order panic", a tree's All method).
//
// (A return in a range over a function is an assignment already.)
func (c *checked) genericReturns() {
	for _, e := range c.genericReturnEdits(c.f) {
		if c.chunkAt(e.start) >= 0 {
			c.add(e.start, e.end, e.text)
		}
	}
}

// genericReturns is the same for generic code n, in its copies.
func (m *mono) genericReturns(n ast.Node) []posEdit { return m.c.genericReturnEdits(n) }

func (c *checked) genericReturnEdits(n ast.Node) []posEdit {
	var edits []posEdit
	ast.PreorderStack(n, nil, func(node ast.Node, stack []ast.Node) bool {
		r, ok := node.(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 || c.inFuncRange(stack) {
			return true
		}
		call, ok := ast.Unparen(r.Results[0]).(*ast.CallExpr)
		if !ok || !c.stdGenericCall(call) && !foreignInstance(c.info.Types[call].Type, c.pkg) {
			return true
		}
		if _, isFunc := c.info.Types[call].Type.Underlying().(*types.Signature); isFunc {
			edits = append(edits, posEdit{r.Pos(), r.Results[0].Pos(), "spargo_gr := ", false},
				posEdit{r.End(), r.End(), "; return spargo_gr", false})
		}
		return true
	})
	return edits
}

// foreignInstance reports whether t is an instance of a generic type of
// another package than pkg (iter.Seq2[string, int]).
func foreignInstance(t types.Type, pkg *types.Package) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.TypeArgs().Len() > 0 && n.Obj().Pkg() != nil && n.Obj().Pkg() != pkg
}

// inFuncRange reports whether the innermost function around the end of
// stack has a range over an iterator function around it (in that
// function).
func (c *checked) inFuncRange(stack []ast.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return false
		case *ast.RangeStmt:
			if yieldParams(c.info.Types[s.X].Type) != nil {
				return true
			}
		}
	}
	return false
}

// namedResults converts the result of a generic standard function back to
// the named slice or map type Go gives it: the kernel's sources take and
// return plain []E and map[K]V (generics.go), so `maps.Clone(g)` with g a
// `type Graph map[string]Package` was a map without Graph's methods
// ("undefined selector: Add"):
//
//	maps.Clone(g)    →    Graph(maps.Clone(g))
func (c *checked) namedResults() {
	c.eachStdGenericCall(func(call *ast.CallExpr) {
		t := c.info.Types[call].Type
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() != c.pkg || !c.nameable(t) || isLocalType(t, c.pkg) {
			return
		}
		switch n.Underlying().(type) {
		case *types.Slice, *types.Map:
			// (the closing parenthesis doubled, not inserted after the
			// call, where genericGlobals may close a literal around it)
			c.add(call.Pos(), call.Pos(), c.typeString(t)+"(")
			c.add(call.Rparen, call.Rparen+1, "))")
		}
	})
}
