package gointerp

import (
	"go/ast"
	"go/types"
	"regexp"
)

// A value of a session type with a LogValue method (slog.LogValuer)
// passed to log/slog: slog could not see the method (reflect has no
// methods of yaegi's types), so a User logged all its fields and a Secret
// its text. An argument slog takes as an any is passed as a native
// LogValuer calling the method when slog resolves it:
//
//	log.Info("login", "user", u)    →    log.Info("login", "user", func(spargo_v User) slog.LogValuer { return spargo_rt.LogValued(spargo_v.LogValue) }(u))

// slogRE finds cells that may log with slog.
var slogRE = regexp.MustCompile(`\bLogValue\(\)`)

// slogValues lowers the cell's such arguments.
func (c *checked) slogValues() {
	ast.Inspect(c.f, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || c.chunkAt(call.Pos()) < 0 || call.Ellipsis.IsValid() {
			return true
		}
		id := funcName(call.Fun)
		if id == nil {
			return true
		}
		fn, ok := c.info.Uses[id].(*types.Func)
		if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" {
			return true
		}
		sig, _ := fn.Type().(*types.Signature)
		if sig == nil {
			return true
		}
		for i, a := range call.Args {
			if p := paramType(sig, i); p != nil && isEmptyIface(p) {
				c.slogValue(a)
			}
		}
		return true
	})
}

// slogValue wraps a, passed to slog as an any, if its type has LogValue.
func (c *checked) slogValue(a ast.Expr) {
	t := c.typeOf(a)
	if t == nil || types.IsInterface(t) || !sessionType(t, c.pkg) || !c.writable(t) || isLocalType(t, c.pkg) {
		return
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "LogValue")
	m, ok := obj.(*types.Func)
	if !ok {
		return
	}
	sig := m.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return
	}
	v, ok := types.Unalias(sig.Results().At(0).Type()).(*types.Named)
	if !ok || v.Obj().Pkg() == nil || v.Obj().Pkg().Path() != "log/slog" || v.Obj().Name() != "Value" || !c.nameable(v) {
		return
	}
	vs := c.typeString(v)
	ls := vs[:len(vs)-len("Value")] + "LogValuer"
	c.add(a.Pos(), a.Pos(), "func(spargo_v "+c.typeString(t)+") "+ls+" { return "+rtName+".LogValued(spargo_v.LogValue) }(")
	c.add(a.End(), a.End(), ")")
}
