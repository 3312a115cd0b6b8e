package gointerp

import (
	"context"
	"fmt"
	"go/token"
	"path"
	"reflect"
	"strings"
	"syscall"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/spargo-kernel/spargo/kernel"
)

// Option extends an interpreter: native packages, session variables and
// renderers for values, given by the kernel's wiring (cmd/spargo) so that
// gointerp itself knows nothing of Spark or SQL.
type Option func(*Interp)

// Formatter renders a cell's final value when it knows the value's type
// (a Spark DataFrame, an Arrow table). ctx is the running cell's context.
type Formatter func(ctx context.Context, v any) (bundle map[string]any, ok bool)

// WithSymbols makes native packages importable in cells.
func WithSymbols(ex interp.Exports) Option {
	return func(in *Interp) { in.extraSyms = append(in.extraSyms, ex) }
}

// WithFormatter adds a renderer tried, in order, before the default one.
func WithFormatter(f Formatter) Option {
	return func(in *Interp) { in.formatters = append(in.formatters, f) }
}

// WithVar declares a session variable called name in every cell, with the
// value and static type of *ptr (ptr is a pointer to a Go variable).
func WithVar(name string, ptr any) Option {
	return func(in *Interp) {
		if in.vars == nil {
			in.vars = map[string]reflect.Value{}
		}
		in.vars[name] = reflect.ValueOf(ptr).Elem()
	}
}

// WithCellContext declares the session variable name as a context.Context
// that is always the running cell's: cancelled when the user interrupts
// the cell, whichever cell it was captured in.
func WithCellContext(name string) Option {
	return func(in *Interp) {
		var c context.Context = cellContext{in}
		WithVar(name, &c)(in)
	}
}

// varsPath is the package through which session variables arrive.
const varsPath = "spargo/vars"

// loadExtensions runs the options' parts that need a working interpreter.
func (in *Interp) loadExtensions() error {
	for _, ex := range in.extraSyms {
		if err := in.yi.Use(ex); err != nil {
			return fmt.Errorf("load native packages: %w", err)
		}
		for key := range ex {
			p, name := path.Dir(key), path.Base(key)
			if _, std := stdlibByName[name]; !std && !strings.Contains(p, "internal") {
				in.extraByName[name] = p // stdlib wins a clash (sql, types)
			}
		}
	}
	if len(in.vars) == 0 {
		return nil
	}
	syms := map[string]reflect.Value{}
	var decl strings.Builder
	decl.WriteString("import spargo_vars \"" + varsPath + "\"\n")
	for name, v := range in.vars {
		syms["V_"+name] = v
		fmt.Fprintf(&decl, "var %s = spargo_vars.V_%s\n", name, name)
	}
	if err := in.yi.Use(interp.Exports{varsPath + "/vars": syms}); err != nil {
		return fmt.Errorf("load session variables: %w", err)
	}
	if _, err := in.yi.Eval(decl.String()); err != nil {
		return fmt.Errorf("declare session variables: %w", err)
	}
	for name, v := range in.vars {
		in.globals[name] = true
		in.decls[name] = fmt.Sprintf("var %s %s // provided by the kernel", name, v.Type())
	}
	return nil
}

// render is the cells' value renderer: the formatters first, then rt's.
func (in *Interp) render(v any) map[string]any {
	for _, f := range in.formatters {
		if b, ok := f(in.currentCtx(), v); ok {
			return b
		}
	}
	return nil
}

// cellContext is the `ctx` of cells: a context that is always the running
// cell's, so it is cancelled when the user interrupts the cell, whichever
// cell it was captured in.
type cellContext struct{ in *Interp }

func (c cellContext) Deadline() (time.Time, bool) { return c.in.currentCtx().Deadline() }
func (c cellContext) Done() <-chan struct{}       { return c.in.currentCtx().Done() }
func (c cellContext) Err() error                  { return c.in.currentCtx().Err() }
func (c cellContext) Value(key any) any           { return c.in.currentCtx().Value(key) }
func (c cellContext) String() string              { return "ctx (the running cell's context)" }

// Bind declares the session variable name with value v, whose type is typ
// (as cells write it, e.g. "arrow.Table") from the package importPath.
// Magics use it for results (`%%sql -o name`).
//
// The variable is declared without an initialiser and then set in place:
// yaegi keeps a top-level initialiser's temporaries for the whole session,
// so `name := value` would keep every result ever bound alive, while a
// variable set in place lets a rebound result free the previous one.
func (in *Interp) Bind(ctx context.Context, name string, v any, typ, importPath string, io kernel.IO) error {
	if !token.IsIdentifier(name) {
		return fmt.Errorf("%q is not a Go variable name", name)
	}
	val := reflect.ValueOf(v)
	if in.setGlobal(name, val, typ) {
		return nil
	}
	code := fmt.Sprintf("import %q\nvar %s %s", importPath, name, typ)
	if _, err := in.Execute(ctx, code, io); err != nil {
		return err
	}
	if !in.setGlobal(name, val, "") {
		return fmt.Errorf("bind %s: a %T cannot be stored in a variable of type %s", name, v, typ)
	}
	return nil
}

// setGlobal stores val in the existing session variable name when the
// variable can hold it and its type reads typ as reflect prints it (any
// type when typ is ""), and reports whether it did.
func (in *Interp) setGlobal(name string, val reflect.Value, typ string) bool {
	if !in.globals[name] || !val.IsValid() {
		return false
	}
	in.evalLock.Lock()
	defer in.evalLock.Unlock()
	cur, err := in.yi.Eval(name)
	if err != nil || !cur.CanSet() || !val.Type().AssignableTo(cur.Type()) || typ != "" && cur.Type().String() != typ {
		return false
	}
	cur.Set(val)
	return true
}

// CaptureProcessStdout points the process's file descriptor 1 at the
// cells' stdout pipe, as ipykernel captures C-level output: native
// libraries that print to the real stdout (spark-connect-go's
// DataFrame.Show) then reach the notebook. The kernel itself logs to
// stderr and never writes to fd 1.
func (in *Interp) CaptureProcessStdout() error {
	if err := syscall.Dup3(int(in.stdout.w.Fd()), 1, 0); err != nil {
		return fmt.Errorf("capture stdout: %w", err)
	}
	return nil
}

// Lookup returns the value of the session variable name, for magics that
// take Go values (`%%sql ... WHERE id = :id`).
func (in *Interp) Lookup(name string) (any, error) {
	if !token.IsIdentifier(name) || !in.globals[name] {
		return nil, fmt.Errorf("no Go variable %s in this session", name)
	}
	in.evalLock.Lock()
	defer in.evalLock.Unlock()
	v, err := in.yi.Eval(name)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if !v.IsValid() || !v.CanInterface() {
		return nil, fmt.Errorf("%s has no value that can be passed", name)
	}
	return v.Interface(), nil
}
