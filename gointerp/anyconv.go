package gointerp

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"
)

// A value of a session interface type stored in an empty interface:
// `var y any = shape`, `map[string]any{"s": shape}`, `[]any{shape}`, an
// argument to a func(v any). yaegi keeps its own wrapper of the value in
// the any, so fmt printed the wrapper's fields
// ({0xc000123 {0xc000456 ...}}), encoding/json wrote {} and `%T` named
// nothing useful. Passed through a compiled call (rt.Interpreted) the
// value is stored as yaegi stores any other: it prints, marshals and
// asserts back (to the interface or to its dynamic type) as in Go.

// emptyIfaceRE finds the word any or interface{}.
var emptyIfaceRE = regexp.MustCompile(`\bany\b|interface\s*\{\s*\}`)

// mayWiden reports whether body may store a value of a session interface
// in an empty interface: it writes any or interface{}, or calls a session
// function whose signature does, and an interface may hold a session value.
func (ta *checker) mayWiden(body []chunk) bool {
	if !anyMatch(body, emptyIfaceRE) && (ta.anyFuncs == nil || !anyMatch(body, ta.anyFuncs)) {
		return false
	}
	return ta.mayWrap(body)
}

// anyFuncsRE finds calls of the funcs and methods among decls (by key, in
// order) whose signature line names an empty interface; nil if none.
func anyFuncsRE(order []string, decls map[string]string) *regexp.Regexp {
	var names []string
	for _, k := range order {
		src := decls[k]
		if !strings.HasPrefix(src, "func") {
			continue
		}
		if i := strings.IndexByte(src, '{'); i < 0 || !emptyIfaceRE.MatchString(src[:i]) {
			continue
		}
		names = append(names, regexp.QuoteMeta(k[strings.IndexByte(k, '.')+1:]))
	}
	if len(names) == 0 {
		return nil
	}
	return regexp.MustCompile(`\b(` + strings.Join(names, "|") + `)\s*\(`)
}

// anyConversions lowers the cell's implicit conversions of session
// interface values to empty interfaces.
func (c *checked) anyConversions() {
	c.conversions(c.widen, false)
}

// conversions calls conv with each value the cell stores, passes, sends,
// returns or writes in a composite literal, and the type it is converted
// to there; with compiled, the arguments of functions of packages too.
func (c *checked) conversions(conv func(e ast.Expr, target types.Type), compiled bool) {
	c.conversionsIn(c.f, conv, compiled)
}

// conversionsIn is conversions in root (a function declaration, for
// copies of generic code).
func (c *checked) conversionsIn(root ast.Node, conv func(e ast.Expr, target types.Type), compiled bool) {
	w := convWalk{c, conv, compiled, nil}
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			return true
		}
		switch x := n.(type) {
		case *ast.FuncDecl:
			w.sigs = c.funcSig(x.Name, w.sigs)
			return w.body(x.Body)
		case *ast.FuncLit:
			w.sigs = append(w.sigs, c.typeOf(x).(*types.Signature))
			return w.body(x.Body)
		}
		w.node(n)
		return true
	})
}

// convWalk is a walk of conversions, with the signatures of the enclosing
// functions (sigs) for their return statements.
type convWalk struct {
	c        *checked
	conv     func(e ast.Expr, target types.Type)
	compiled bool
	sigs     []*types.Signature
}

// funcSig pushes the signature of the function named name.
func (c *checked) funcSig(name *ast.Ident, sigs []*types.Signature) []*types.Signature {
	if fn, ok := c.info.Defs[name].(*types.Func); ok {
		return append(sigs, fn.Type().(*types.Signature))
	}
	return append(sigs, nil)
}

// body walks body with the enclosing signature on top of sigs, then pops
// it; it returns false so that Inspect does not walk body again.
func (w *convWalk) body(body *ast.BlockStmt) bool {
	if body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			switch x := n.(type) {
			case nil:
				return true
			case *ast.FuncLit:
				w.sigs = append(w.sigs, w.c.typeOf(x).(*types.Signature))
				return w.body(x.Body)
			}
			w.node(n)
			return true
		})
	}
	w.sigs = w.sigs[:len(w.sigs)-1]
	return false
}

func (c *checked) typeOf(e ast.Expr) types.Type { return c.info.Types[e].Type }

// stores calls f with each value node n stores and the type it is stored
// as, for an assignment (=) of as many values as targets and a typed var
// declaration.
func (c *checked) stores(n ast.Node, f func(value ast.Expr, target types.Type)) {
	switch x := n.(type) {
	case *ast.AssignStmt:
		if x.Tok == token.ASSIGN && len(x.Lhs) == len(x.Rhs) {
			for i, r := range x.Rhs {
				f(r, c.typeOf(x.Lhs[i]))
			}
		}
	case *ast.ValueSpec:
		if x.Type != nil {
			for _, v := range x.Values {
				f(v, c.typeOf(x.Type))
			}
		}
	}
}

// node calls conv for the values node n converts.
func (w *convWalk) node(n ast.Node) {
	w.c.stores(n, w.conv)
	switch x := n.(type) {
	case *ast.CompositeLit:
		w.elems(x)
	case *ast.CallExpr:
		w.args(x)
	case *ast.SendStmt:
		if ch, ok := under(w.c.typeOf(x.Chan)).(*types.Chan); ok {
			w.conv(x.Value, ch.Elem())
		}
	case *ast.ReturnStmt:
		if len(w.sigs) == 0 || w.sigs[len(w.sigs)-1] == nil {
			return
		}
		res := w.sigs[len(w.sigs)-1].Results()
		if res.Len() == len(x.Results) {
			for i, r := range x.Results {
				w.conv(r, res.At(i).Type())
			}
		}
	}
}

// under is t's underlying type, nil for nil.
func under(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	return t.Underlying()
}

// elems calls conv for the elements, keys and fields of a composite
// literal.
func (w *convWalk) elems(x *ast.CompositeLit) {
	switch t := under(w.c.typeOf(x)).(type) {
	case *types.Slice:
		w.values(x.Elts, nil, t.Elem())
	case *types.Array:
		w.values(x.Elts, nil, t.Elem())
	case *types.Map:
		w.values(x.Elts, t.Key(), t.Elem())
	case *types.Struct:
		for i, e := range x.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := w.c.info.Uses[id].(*types.Var); ok {
						w.conv(kv.Value, f.Type())
					}
				}
			} else if i < t.NumFields() {
				w.conv(e, t.Field(i).Type())
			}
		}
	}
}

// values calls conv for the elements (and keys) of a slice, array or map
// literal.
func (w *convWalk) values(elts []ast.Expr, key, elem types.Type) {
	for _, e := range elts {
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			if key != nil {
				w.conv(kv.Key, key)
			}
			e = kv.Value
		}
		w.conv(e, elem)
	}
}

// args calls conv for the arguments of a call or of a conversion (any(s)).
func (w *convWalk) args(x *ast.CallExpr) {
	if tv := w.c.info.Types[x.Fun]; tv.IsType() {
		if len(x.Args) == 1 {
			w.conv(x.Args[0], tv.Type)
		}
		return
	}
	sig, ok := under(w.c.typeOf(x.Fun)).(*types.Signature)
	if !ok || !w.compiled && w.c.compiledCallee(x.Fun) {
		return
	}
	params := sig.Params()
	for i, a := range x.Args {
		switch {
		case sig.Variadic() && i >= params.Len()-1 && !x.Ellipsis.IsValid():
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				w.conv(a, s.Elem())
			}
		case i < params.Len():
			w.conv(a, params.At(i).Type())
		}
	}
}

// compiledCallee reports whether fun names a function or method of a
// package (fmt.Println): yaegi passes it the value itself, and the
// lowerings of printing calls edit those arguments.
func (c *checked) compiledCallee(fun ast.Expr) bool {
	id, ok := fun.(*ast.Ident)
	if sel, isSel := fun.(*ast.SelectorExpr); isSel {
		id, ok = sel.Sel, true
	}
	if !ok {
		return false
	}
	obj := c.info.Uses[id]
	return obj != nil && obj.Pkg() != nil && obj.Pkg() != c.pkg
}

// withMethods reports whether named is a struct type with methods (on its
// values or its pointers): yaegi stored such a value in an []any element
// as its own wrapper too, which fmt printed as {0xc000... {...}}. (A
// named non-struct type keeps yaegi's wrapper: out of it, a myint would
// be an int.)
func withMethods(named *types.Named) bool {
	_, isStruct := named.Underlying().(*types.Struct)
	return isStruct && named.NumMethods() > 0
}

// widen wraps e in rt.Interpreted if it is a value of a session interface
// type with methods, or of a session type with methods, stored as target,
// an empty interface.
func (c *checked) widen(e ast.Expr, target types.Type) {
	if target == nil || !isEmptyIface(target) || c.chunkAt(e.Pos()) < 0 {
		return
	}
	t := c.typeOf(e)
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() != c.pkg || !hasMethods(t) && !withMethods(n) {
		return
	}
	c.add(e.Pos(), e.Pos(), rtName+".Interpreted(")
	c.addClose(e.End(), ")")
}
