package gointerp

import (
	"context"
	"go/ast"
	"strconv"

	"github.com/spargo-kernel/spargo/kernel"
)

// quietCalls are calls whose results (byte counts, nil errors) a notebook
// user never wants shown as the cell's value.
var quietCalls = map[string]bool{
	"fmt": true, "log": true, "display": true,
}

// evalValue evaluates the cell's final expression and renders it. The
// value goes through rt.Render inside the interpreter, so String, HTML and
// Markdown methods of types defined in cells are honoured.
func (in *Interp) evalValue(ctx context.Context, e ast.Expr, c chunk) (kernel.MIMEBundle, error) {
	if isQuietCall(e) {
		_, err := in.eval(ctx, withLine(c))
		return nil, err
	}
	src := rtName + ".Render(/*line cell:" + strconv.Itoa(c.line) + ":" + strconv.Itoa(c.col) + "*/" + c.src + ")"
	v, err := in.eval(ctx, src)
	if err != nil {
		if _, compile := err.(*kernel.ExecError); !compile || err.(*kernel.ExecError).Name != "CompileError" {
			return nil, err
		}
		// Not a single value (a call with no or several results): run it
		// as a statement; its compile error, if any, is the real one.
		if _, err := in.eval(ctx, withLine(c)); err != nil {
			return nil, err
		}
		return nil, nil
	}
	if !v.IsValid() || v.IsNil() {
		return nil, nil
	}
	b, ok := v.Interface().(map[string]any)
	if !ok || len(b) == 0 {
		return nil, nil
	}
	return b, nil
}

func isQuietCall(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name == "println" || f.Name == "print"
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return quietCalls[x.Name]
		}
	}
	return false
}
