package gointerp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// The lowerings that go/types makes possible (instantiate.go runs them):
// each turns a construct yaegi lacks into one it runs.

// defineAt finds the statement starting at pos in f's function bodies (a
// cell's top-level statement); if it is `a, b := x, y` or `var a, b = x, y`
// it returns the right side and the number of names.
func defineAt(f *ast.File, pos token.Pos) ([]ast.Expr, int) {
	var rhs []ast.Expr
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		if n > 0 || node == nil {
			return false
		}
		if node.Pos() == pos {
			switch x := node.(type) {
			case *ast.AssignStmt:
				if x.Tok == token.DEFINE {
					rhs, n = x.Rhs, len(x.Lhs)
				}
				return false
			case *ast.DeclStmt:
				rhs, n = varValues(x.Decl)
				return false
			case *ast.GenDecl:
				rhs, n = varValues(x)
				return false
			}
		}
		return node.Pos() <= pos && pos < node.End()
	})
	return rhs, n
}

// iterElems gives the element types of an iterator function type t
// (func(yield func(K, V) bool), iter.Seq[V], ...) as source, or nil.
func iterElems(t types.Type, qual types.Qualifier) []string {
	params := yieldParams(t)
	if params == nil {
		return nil
	}
	elems := []string{}
	for _, p := range params {
		s := types.TypeString(p, qual)
		if strings.Contains(s, "invalid type") {
			return nil
		}
		elems = append(elems, s)
	}
	return elems
}

// yieldParams are the types an iterator function type t yields (those of
// its yield function's parameters), or nil if t is not one.
func yieldParams(t types.Type) []types.Type {
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	yield, ok := sig.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || yield.Results().Len() != 1 || yield.Params().Len() > 2 {
		return nil
	}
	params := []types.Type{}
	for i := range yield.Params().Len() {
		params = append(params, yield.Params().At(i).Type())
	}
	return params
}

// varValues returns the values and the number of names of `var a, b = x, y`.
func varValues(d ast.Decl) ([]ast.Expr, int) {
	if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR && len(g.Specs) == 1 {
		if vs := g.Specs[0].(*ast.ValueSpec); vs.Type == nil && len(vs.Values) > 0 {
			return vs.Values, len(vs.Names)
		}
	}
	return nil, 0
}

// genericDefine handles `x := G(...)` at a cell's top level, where G is
// generic (min and max included): yaegi cannot type such a global (it
// reports "constant definition loop" or "nil reflect type") though it
// runs the same statement inside a function. It returns the result types
// go/types found, for the right side to become a function literal called
// at once: `x := func() int { return G(...) }()`; "" if not needed.
// Calls of the session's generic functions that monomorphise rewrote
// (handled) are plain calls and need nothing; typeString writes types.
func genericDefine(rhs []ast.Expr, nlhs int, info *types.Info, handled map[*ast.Ident]bool, typeString func(types.Type) string) string {
	generic := false
	for _, r := range rhs {
		ast.Inspect(r, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false // runs in its own function already
			case *ast.Ident:
				if _, ok := info.Instances[x]; ok && !handled[x] {
					generic = true
				}
				if b, ok := info.Uses[x].(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
					generic = true
				}
			}
			return !generic
		})
	}
	if !generic {
		return ""
	}
	var results []string
	for _, r := range rhs {
		tv, ok := info.Types[r]
		if !ok || tv.Type == nil {
			return ""
		}
		if tup, ok := tv.Type.(*types.Tuple); ok {
			for i := range tup.Len() {
				results = append(results, typeString(tup.At(i).Type()))
			}
		} else {
			t := tv.Type
			if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				t = types.Default(t)
			}
			results = append(results, typeString(t))
		}
	}
	all := strings.Join(results, ", ")
	if strings.Contains(all, "invalid type") || strings.Contains(all, "untyped") || len(results) != nlhs {
		return ""
	}
	if len(results) > 1 {
		all = "(" + all + ")"
	}
	return all
}

// genericGlobal finds a global defined by a call of a generic builtin or
// stdlib function (genericDefine).
var genericGlobal = regexp.MustCompile(`(:=|\bvar\b[^=]*=).*\b(min|max|slices\.\w+|maps\.\w+)\s*\(`)

// rangeOver finds a range over a function call, which may return an
// iterator function. (A range over a name is left to seqElems: checking
// every `range xs` would load the type checker in most sessions.)
var rangeOver = regexp.MustCompile(`\brange\s+\w+(\.\w+)?\(`)

// unsafeBuiltins finds calls of the unsafe functions yaegi lacks.
var unsafeBuiltins = regexp.MustCompile(`\bunsafe\.(String|StringData|Slice|SliceData)\b`)

// unsafeBuiltin rewrites a call of unsafe.String, StringData, Slice or
// SliceData into a call of the runtime's helper (rt/unsafe.go): it returns
// the helper's name and the type assertion that follows the call.
func unsafeBuiltin(call *ast.CallExpr, info *types.Info, qual types.Qualifier) (fun, assert string) {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return "", ""
	}
	id, ok := sel.X.(*ast.Ident)
	if !ok {
		return "", ""
	}
	if pn, ok := info.Uses[id].(*types.PkgName); !ok || pn.Imported().Path() != "unsafe" {
		return "", ""
	}
	switch sel.Sel.Name {
	case "String", "StringData":
		return rtName + ".Unsafe" + sel.Sel.Name, ""
	case "Slice", "SliceData":
		t := info.Types[call].Type
		if t == nil {
			return "", ""
		}
		return rtName + ".Unsafe" + sel.Sel.Name, ".(" + types.TypeString(t, qual) + ")"
	}
	return "", ""
}

// methodExprFunc writes the method expression s (`T.M`, which yaegi
// lacks) as the function literal it denotes:
// `func(r T, a0 int) string { return r.M(a0) }`.
func methodExprFunc(s *types.Selection, typeString func(types.Type) string) string {
	sig, ok := s.Type().(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return ""
	}
	params, args, results := signatureText(sig, "spargoA", typeString)
	if strings.Contains(results+strings.Join(params, ""), "invalid type") {
		return ""
	}
	call := fmt.Sprintf("spargoA0.%s(%s)", s.Obj().Name(), strings.Join(args[1:], ", "))
	if sig.Results().Len() > 0 {
		call = "return " + call
	}
	return fmt.Sprintf("func(%s) %s { %s }", strings.Join(params, ", "), results, call)
}

// isBlankDecl reports whether src declares only blank names: `func _()`
// and `type _ T` can never be used or run, and yaegi rejects them.
func isBlankDecl(src string) bool {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+src, parser.SkipObjectResolution)
	if err != nil || len(f.Decls) != 1 {
		return false
	}
	switch d := f.Decls[0].(type) {
	case *ast.FuncDecl:
		return d.Recv == nil && d.Name.Name == "_"
	case *ast.GenDecl:
		if d.Tok != token.TYPE {
			return false
		}
		for _, s := range d.Specs {
			if s.(*ast.TypeSpec).Name.Name != "_" {
				return false
			}
		}
		return true
	}
	return false
}

// signatureText writes sig as Go source for a function that passes its
// parameters on: the parameters, named prefix0, prefix1..., the arguments
// that pass them (a variadic one spread), and the results ("", "T" or
// "(T1, T2)").
func signatureText(sig *types.Signature, prefix string, typeString func(types.Type) string) (params, args []string, results string) {
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		name := fmt.Sprintf("%s%d", prefix, i)
		ts := typeString(t)
		arg := name
		if sig.Variadic() && i == sig.Params().Len()-1 {
			ts = "..." + typeString(t.(*types.Slice).Elem())
			arg += "..."
		}
		params = append(params, name+" "+ts)
		args = append(args, arg)
	}
	switch sig.Results().Len() {
	case 0:
	case 1:
		results = typeString(sig.Results().At(0).Type())
	default:
		var rs []string
		for i := range sig.Results().Len() {
			rs = append(rs, typeString(sig.Results().At(i).Type()))
		}
		results = "(" + strings.Join(rs, ", ") + ")"
	}
	return params, args, results
}

// genericGlobals wraps the right side of a top-level definition by a
// generic call in a typed function literal (genericDefine).
func (c *checked) genericGlobals() {
	for i, ch := range c.body {
		if ch.kind != kindStmt && !isVarDecl(ch) {
			continue
		}
		if rhs, nlhs := defineAt(c.f, token.Pos(c.base+c.starts[i])); len(rhs) > 0 {
			if fn := c.instanceValue(rhs, nlhs); fn != "" {
				c.add(rhs[0].Pos(), rhs[0].Pos(), fn+" { return ")
				c.add(rhs[0].End(), rhs[0].End(), "("+strings.Join(c.forwardArgs(rhs[0]), ", ")+") }")
				continue
			}
			if results := genericDefine(rhs, nlhs, c.info, c.handled, c.typeString); results != "" {
				// (the values go into variables first: `return
				// slices.Values(xs)` returned yaegi's shared instance,
				// and a later slices.Values of the same type failed,
				// "reflect.Set: ... not assignable to type interp.generic")
				temps := make([]string, nlhs)
				for k := range temps {
					temps[k] = fmt.Sprintf("spargo_gd%d", k)
				}
				vars := strings.Join(temps, ", ")
				c.add(rhs[0].Pos(), rhs[0].Pos(), "func() "+results+" { "+vars+" := ")
				c.add(rhs[len(rhs)-1].End(), rhs[len(rhs)-1].End(), "; return "+vars+" }()")
			}
		}
	}
}

// instanceValue is the head of a function literal that forwards to rhs,
// one instance of a generic function as a value (`cmp.Compare[int]`),
// whose value yaegi could not return from genericGlobals' literal
// ("reflect.Set: value of type *interp.node is not assignable"); "" for
// other definitions.
func (c *checked) instanceValue(rhs []ast.Expr, nlhs int) string {
	if len(rhs) != 1 || nlhs != 1 {
		return ""
	}
	if _, call := ast.Unparen(rhs[0]).(*ast.CallExpr); call {
		return ""
	}
	var id *ast.Ident
	switch x := indexedBase(ast.Unparen(rhs[0])).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if _, ok := c.info.Instances[id]; id == nil || !ok || c.handled[id] {
		return "" // (a session's generic function: its copy is a function)
	}
	sig, ok := c.typeOf(rhs[0]).(*types.Signature)
	if !ok || !c.writable(sig) {
		return ""
	}
	params, _, results := signatureText(sig, "spargo_a", c.typeString)
	return "func(" + strings.Join(params, ", ") + ") " + results
}

// forwardArgs are the arguments instanceValue's literal passes on.
func (c *checked) forwardArgs(e ast.Expr) []string {
	_, args, _ := signatureText(c.typeOf(e).(*types.Signature), "spargo_a", c.typeString)
	return args
}

// methodExpressions replaces method expressions by function literals.
func (c *checked) methodExpressions() {
	for sel, s := range c.info.Selections {
		if s.Kind() == types.MethodExpr {
			if lit := methodExprFunc(s, c.typeString); lit != "" {
				c.replace(sel.Pos(), sel.End(), lit)
			}
		}
	}
}
