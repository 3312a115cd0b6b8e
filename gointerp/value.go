package gointerp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"

	"github.com/spargo-kernel/spargo/kernel"
)

// evalWithValue evaluates a statement run whose last chunk is the cell's
// final expression, passing its value through rt.Render inside the
// interpreter (so String, HTML and Markdown methods of cell-defined types
// are honoured) and keeping the bundle. One Eval keeps goroutines the
// statements start and the expression in the same run. When the wrapped
// source does not compile (a call with no or several results), nothing
// has run yet, and the run is evaluated plainly instead.
func (in *Interp) evalWithValue(ctx context.Context, run []chunk) error {
	last := run[len(run)-1]
	wrapped := append(append([]chunk{}, run[:len(run)-1]...), wrapValue(last))
	err := in.evalRun(ctx, wrapped)
	if ee, ok := err.(*kernel.ExecError); ok && ee.Name == "CompileError" {
		in.setResult(nil)
		return in.evalRun(ctx, run)
	}
	return err
}

// wrapValue turns the expression chunk c into
// `spargo_rt.Keep(spargo_rt.Render(` / expr / `,))` on three lines, so the
// expression keeps its cell line and column. The trailing comma stops a
// newline from inserting a semicolon; a trailing comment is cut off.
func wrapValue(c chunk) chunk {
	expr := c.src[:exprEnd(c.src)]
	src := rtName + ".Keep(" + rtName + ".Render(\n" + strings.Repeat(" ", c.col-1) + expr + ",\n))"
	return chunk{kind: kindStmt, src: src, line: c.line - 1, col: 1}
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

func (in *Interp) setResult(b map[string]any) {
	in.mu.Lock()
	in.result = b
	in.mu.Unlock()
}

func (in *Interp) takeResult() kernel.MIMEBundle {
	in.mu.Lock()
	defer in.mu.Unlock()
	b := in.result
	in.result = nil
	if len(b) == 0 {
		return nil
	}
	return b
}

// quietCalls are calls whose results (byte counts, nil errors) a notebook
// user never wants shown as the cell's value.
var quietCalls = map[string]map[string]bool{
	"fmt": {"Print": true, "Printf": true, "Println": true, "Fprint": true, "Fprintf": true, "Fprintln": true},
	"log": {"Print": true, "Printf": true, "Println": true, "Fatal": true, "Fatalf": true, "Fatalln": true,
		"Panic": true, "Panicf": true, "Panicln": true},
	rtName: {"Print": true, "Println": true},
	"display": {"HTML": true, "Markdown": true, "Text": true, "SVG": true, "PNG": true, "JPEG": true,
		"JSON": true, "Image": true, "Data": true, "Clear": true},
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
			return quietCalls[x.Name][f.Sel.Name]
		}
	}
	return false
}
