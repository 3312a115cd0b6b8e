package gointerp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"

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
	asStmt := func() error {
		_, err := in.eval(ctx, in.pos.source(in.count, ";", []chunk{c}))
		return err
	}
	if isQuietCall(e) {
		return nil, asStmt()
	}
	// The trailing comma keeps a newline after the expression from
	// inserting a semicolon; the expression is cut before any comment.
	src := in.pos.expr(in.count, rtName+".Render(", c.src[:exprEnd(c.src)], ",\n)", c)
	v, err := in.eval(ctx, src)
	if err != nil {
		if _, compile := err.(*kernel.ExecError); !compile || err.(*kernel.ExecError).Name != "CompileError" {
			return nil, err
		}
		// Not a single value (a call with no or several results): run it
		// as a statement; its compile error, if any, is the real one.
		return nil, asStmt()
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

// exprEnd is the byte offset where the expression in src ends (before a
// trailing comment).
func exprEnd(src string) int {
	fset := token.NewFileSet()
	e, err := parser.ParseExprFrom(fset, "", src, 0)
	if err != nil {
		return len(src)
	}
	return fset.Position(e.End()).Offset
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
