// Package gointerp is spargo's Go interpreter: it runs notebook cells on
// yaegi, keeping state between cells. It splits cells that mix imports,
// declarations and statements, imports stdlib packages a cell uses without
// importing them, shows the value of a final expression, captures all
// output through pipes, and turns panics (in goroutines too) and os.Exit
// into cell errors so the kernel survives them.
package gointerp

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/parser"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/spargo-kernel/spargo/gointerp/stdlib"
	"github.com/traefik/yaegi/interp"
	"github.com/traefik/yaegi/stdlib/syscall"
	"github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/spargo-kernel/spargo/display"
	"github.com/spargo-kernel/spargo/kernel"
)

// Interp implements kernel.Interpreter with yaegi.
type Interp struct {
	yi             *interp.Interpreter
	sweeper        *sweeper // frees top-level temporaries after each cell
	checker        *checker
	stdout, stderr *pipeStream
	stdin          *stdinReader

	mu       sync.Mutex
	io       kernel.IO          // IO of the current (or last) cell
	ctx      context.Context    // context of the running cell
	cancel   context.CancelFunc // cancels the running cell (goroutine panics)
	bgPanic  error              // a goroutine panic during the running cell
	panicPos []string           // panic positions yaegi reported on stderr
	imports  map[string]string  // package name -> import path, imported so far
	globals  map[string]bool    // names declared by earlier cells
	decls    map[string]string  // name -> declaration source, for Inspect
	funcSigs map[string]string  // lifted function -> signature (see liftFuncs)
	// typeVersions counts definitions of each type name (see liftTypes).
	typeVersions map[string]int
	// atomicPointer is set once the session declares its atomic.Pointer
	// (atomicptr.go).
	atomicPointer bool
	pos           *posMap        // maps evaluated lines back to cells
	count         int            // execution count of the running cell
	result        map[string]any // the final value's bundle, set by rt.Keep
	// interrupted is set while an interrupted Eval may still be running;
	// stoppedID is yaegi's run id before it (runid.go).
	interrupted bool
	stoppedID   *uint64
	evalLock    sync.Mutex // one Eval at a time

	extraSyms   []interp.Exports         // native packages from Options
	extraByName map[string]string        // their names, for auto-imports
	formatters  []Formatter              // value renderers from Options
	vars        map[string]reflect.Value // session variables from Options
}

// New creates an interpreter with the standard library, the display
// package and the kernel runtime helpers loaded.
func New(opts ...Option) (*Interp, error) {
	in := &Interp{imports: map[string]string{}, globals: map[string]bool{}, decls: map[string]string{}, funcSigs: map[string]string{}, typeVersions: map[string]int{}, pos: newPosMap(), io: nopIO{}, ctx: context.Background(), extraByName: map[string]string{}}
	for _, o := range opts {
		o(in)
	}
	var err error
	if in.stdout, err = newPipeStream("stdout", in.emit); err != nil {
		return nil, fmt.Errorf("stdout pipe: %w", err)
	}
	if in.stderr, err = newPipeStream("stderr", in.emit); err != nil {
		return nil, fmt.Errorf("stderr pipe: %w", err)
	}
	in.stdin = &stdinReader{in: in}
	in.yi = interp.New(interp.Options{
		Stdout: in.stdout.w, Stderr: in.stderr.w, Stdin: in.stdin,
		GoPath: os.Getenv("SPARGO_GOPATH"), Unrestricted: true, // cells share the process environment (%env), as in IPython
	})
	in.checker = newChecker(in.varTypeSource)
	in.sweeper = newSweeper(in.yi)
	in.sweeper.logOnce()
	if err := in.yi.Use(stdlib.Symbols); err != nil {
		return nil, fmt.Errorf("load stdlib symbols: %w", err)
	}
	// unsafe and syscall come from yaegi's own tables (unsafe needs its
	// special support; syscall's API is stable).
	if err := in.yi.Use(unsafe.Symbols); err != nil {
		return nil, fmt.Errorf("load unsafe symbols: %w", err)
	}
	if err := in.yi.Use(syscall.Symbols); err != nil {
		return nil, fmt.Errorf("load syscall symbols: %w", err)
	}
	if err := in.yi.Use(in.runtimeSymbols()); err != nil {
		return nil, fmt.Errorf("load runtime symbols: %w", err)
	}
	if err := in.yi.Use(display.Symbols(publisher{in})); err != nil {
		return nil, fmt.Errorf("load display symbols: %w", err)
	}
	for _, imp := range []struct{ name, path string }{{rtName, rtPath}, {"display", "spargo/display"}} {
		if _, err := in.yi.Eval(fmt.Sprintf("import %s %q", imp.name, imp.path)); err != nil {
			return nil, fmt.Errorf("import %s: %w", imp.path, err)
		}
		in.imports[imp.name] = imp.path
	}
	// Before the extensions: their session variables take the next slots.
	for _, p := range []struct{ name, src string }{{onceName, onceSource}, {stdFuncsName, stdFuncsSource}} {
		if _, err := in.yi.Compile(p.src); err != nil {
			return nil, fmt.Errorf("load %s: %w", p.name, err)
		}
		if _, err := in.yi.Eval(fmt.Sprintf("import %s %q", p.name, p.name)); err != nil {
			return nil, fmt.Errorf("import %s: %w", p.name, err)
		}
	}
	if err := in.loadExtensions(); err != nil {
		return nil, err
	}
	if _, err := in.yi.Eval(prelude); err != nil {
		return nil, fmt.Errorf("load prelude: %w", err)
	}
	for _, src := range append(genericSources, moreGenericSources...) {
		src = typeParams.ReplaceAllString(src, "spargo_$1")
		if _, err := in.yi.Compile(src); err != nil {
			return nil, fmt.Errorf("load generic stdlib sources: %w", err)
		}
	}
	if _, err := in.yi.Eval(neverSource + "\n" + printersSource); err != nil {
		return nil, fmt.Errorf("load prelude: %w", err)
	}
	return in, nil
}

// emit forwards captured output to the current cell's IO.
func (in *Interp) emit(name, text string) {
	if name == "stderr" {
		if text = in.filterPanicPos(text); text == "" {
			return
		}
	}
	in.currentIO().Stream(name, text)
}

// syncOutput waits until output written so far has reached the IO.
func (in *Interp) syncOutput() {
	in.stdout.Sync()
	in.stderr.Sync()
}

// Execute runs one cell.
func (in *Interp) Execute(ctx context.Context, code string, io kernel.IO) (kernel.MIMEBundle, error) {
	in.evalLock.Lock()
	defer in.evalLock.Unlock()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	in.mu.Lock()
	in.io, in.ctx, in.cancel, in.bgPanic, in.panicPos = io, ctx, cancel, nil, nil
	in.count = io.ExecutionCount()
	in.mu.Unlock()
	defer func() {
		in.mu.Lock()
		in.cancel, in.ctx = nil, context.Background()
		in.mu.Unlock()
	}()

	var result kernel.MIMEBundle
	var err error
	if isProgram(code) {
		err = runProgram(ctx, code, io)
	} else {
		before := in.sweeper.size()
		result, err = in.run(ctx, code)
		if mayBindTemporary(code) {
			in.sweeper.keep(before)
		}
		if !in.interrupted { // an interrupted Eval may still be running
			in.sweeper.sweep()
		}
	}
	in.syncOutput()
	in.mu.Lock()
	if in.bgPanic != nil {
		err, result = in.bgPanic, nil
	}
	in.mu.Unlock()
	if err == errExitOK {
		err = nil
	}
	return result, err
}

func (in *Interp) run(ctx context.Context, code string) (kernel.MIMEBundle, error) {
	if in.interrupted {
		if !waitEvalDone(500 * time.Millisecond) {
			return nil, errStillStopping
		}
		in.interrupted = false
		if in.stoppedID != nil {
			restoreRunID(in.yi, *in.stoppedID)
			in.stoppedID = nil
		}
	}
	code, err := in.withAtomicPointer(ctx, code)
	if err != nil {
		return nil, err
	}
	chunks, err := splitCell(code)
	if err != nil {
		return nil, compileError(err, nil, 0)
	}
	var imports, body []chunk
	onlyDecls, hasVars := true, false
	names := make([][]string, len(chunks)) // declared by each chunk
	cellNames := map[string]bool{}
	for i, c := range chunks {
		names[i] = declaredNames(c)
		for _, n := range names[i] {
			cellNames[n] = true
		}
	}
	declared := func(name string) bool { return in.globals[name] || cellNames[name] }
	for _, c := range chunks {
		if c.kind == kindImport {
			imports = append(imports, c)
			continue
		}
		if c.kind == kindStmt {
			hasVars = hasVars || isVarDecl(c)
			onlyDecls = onlyDecls && isVarDecl(c)
		}
		if c.kind == kindDecl && isBlankDecl(c.src) {
			continue
		}
		c.src = renameIdents(c.src, declared)
		body = append(body, c)
	}
	body = hoistLocalTypeArgs(hoistLocalIfaces(body), declared)
	asFile := onlyDecls && hasVars
	if !asFile {
		body = varsAsDecls(hoistTypes(hoistVars(sinkVars(body))))
	}
	if asFile {
		// Declarations with package variables: evaluated as one Go file,
		// in which order does not matter and initialisers run in
		// dependency order (functions are not lifted then).
		for i := range body {
			body[i].kind = kindDecl
		}
	}
	if err := in.doImports(ctx, imports, chunks); err != nil {
		return nil, err
	}
	if asFile {
		body = in.initOrder(body)
	}
	declBody := body // as written, for the type checker
	body = withoutGeneric(in.checker.apply(body, in.imports, in.globalNames()))
	if in.checker.err != nil {
		return nil, in.checker.err
	}
	if body, err = cellReturns(body); err != nil {
		return nil, err
	}
	body = emptyIfaceAliases(body)
	body, types := in.liftTypes(body)
	sigs := map[string]string{}
	if !asFile {
		body, sigs = in.liftFuncs(body, types, onlyDecls)
	}
	valueChunk := -1 // index in body of a final expression to show
	if n := len(body); n > 0 && body[n-1].kind == kindStmt {
		if e, ok := isExpr(body[n-1].src); ok && !isQuietCall(e) {
			valueChunk = n - 1
		}
	}
	in.setResult(nil)
	// Declarations and statements run in source order, each run of one
	// kind in one Eval (yaegi cannot mix them in one source). The final
	// expression runs in the last statement run, wrapped to keep its value.
	for start := 0; start < len(body); {
		end := start + 1
		for end < len(body) && (body[end].kind == kindDecl) == (body[start].kind == kindDecl) {
			end++
		}
		run := body[start:end]
		eval := in.evalRun
		if valueChunk >= start && valueChunk < end {
			eval = in.evalWithValue
		}
		if again, ok := reassignRun(run, in.isGlobal); ok {
			// A redeclared session variable is assigned if it can be;
			// if the new value's type differs, it is redeclared.
			if err = eval(ctx, again); isCompileError(err) {
				in.setResult(nil)
				err = eval(ctx, run)
			}
		} else {
			err = eval(ctx, run)
		}
		if err != nil {
			return nil, err
		}
		start = end
	}
	in.noteNames(chunks, names)
	in.registerPrinters()
	in.checker.remember(declBody)
	in.noteFuncs(sigs)
	in.noteTypes(types)
	return in.takeResult(), nil
}

// globalNames lists the session's names, sorted.
func (in *Interp) globalNames() []string {
	in.mu.Lock()
	defer in.mu.Unlock()
	names := make([]string, 0, len(in.globals))
	for n := range in.globals {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// varTypeSource writes the type of session variable name as Go source for
// the type checker, or "" when it cannot: a type of an interpreted
// declaration has no faithful reflect form.
func (in *Interp) varTypeSource(name string) string {
	v, err := in.yi.Eval(name)
	if err != nil || !v.IsValid() {
		return ""
	}
	t := v.Type().String()
	if strings.Contains(t, "struct {") || strings.Contains(t, "interp.") || strings.Contains(t, "main.") {
		return ""
	}
	if _, err := parser.ParseExpr(t); err != nil {
		return ""
	}
	return t
}

// isGlobal reports whether name is a session variable (or another
// session-level name) declared by an earlier cell.
func (in *Interp) isGlobal(name string) bool {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.globals[name]
}

// isCompileError reports whether err is a cell's compile error.
func isCompileError(err error) bool {
	ee, ok := err.(*kernel.ExecError)
	return ok && ee.Name == "CompileError"
}

// isVarDecl reports whether c is a var declaration.
func isVarDecl(c chunk) bool {
	return strings.HasPrefix(c.src, "var ") || strings.HasPrefix(c.src, "var(")
}

// evalRun evaluates a run of chunks of one kind.
func (in *Interp) evalRun(ctx context.Context, run []chunk) error {
	// yaegi picks file or statement parsing by the first token; a leading
	// empty statement keeps `var x T` among statements.
	prefix := ""
	if run[0].kind == kindStmt {
		prefix = ";"
	}
	_, err := in.eval(ctx, rewrite(in.pos.source(in.count, prefix, run), in.globalType, in.isPackage))
	if ee, ok := err.(*kernel.ExecError); ok && ee.Name == "CompileError" {
		ee.Value = in.checker.explainGeneric(in.explainLoop(ee.Value, run))
		ee.Traceback = []string{"CompileError: " + ee.Value}
	}
	return err
}

// evalTrace, when set (by tests and debugging sessions), sees every source
// handed to yaegi: the cell as lowered, which is what a yaegi error is about.
var evalTrace func(src string)

// eval runs src, converting interrupts, panics and os.Exit into errors.
func (in *Interp) eval(ctx context.Context, src string) (reflect.Value, error) {
	if evalTrace != nil {
		evalTrace(src)
	}
	id := currentRunID(in.yi)
	v, err := in.yi.EvalWithContext(ctx, src)
	canceled := errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
	if canceled {
		in.interrupted = !waitEvalDone(2 * time.Second)
		if in.interrupted {
			in.stoppedID = &id // restored once it has ended (run)
		} else {
			restoreRunID(in.yi, id) // (runid.go)
		}
	}
	if !canceled || !in.interrupted {
		in.sweeper.dropDefers() // they ran
	}
	if err == nil {
		return v, nil
	}
	if canceled {
		in.mu.Lock()
		bg := in.bgPanic
		in.mu.Unlock()
		if bg != nil {
			return v, bg
		}
		return v, &kernel.ExecError{Name: "KeyboardInterrupt", Value: "execution interrupted", Traceback: []string{"KeyboardInterrupt: execution interrupted"}}
	}
	return v, in.convertError(err)
}

// sleep replaces time.Sleep in cells so an interrupt ends a sleeping cell
// at once instead of after the sleep.
func (in *Interp) sleep(d time.Duration) {
	in.mu.Lock()
	ctx := in.ctx
	in.mu.Unlock()
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// nopIO discards output before the first cell runs.
type nopIO struct{}

func (nopIO) Stream(string, string)                                      {}
func (nopIO) Display(kernel.MIMEBundle, kernel.MIMEBundle, string, bool) {}
func (nopIO) ClearOutput(bool)                                           {}
func (nopIO) ExecutionCount() int                                        { return 0 }
func (nopIO) Input(context.Context, string, bool) (string, error) {
	return "", kernel.ErrNoStdin
}

// errStillStopping is returned while an interrupted cell is still blocked in
// a call the interpreter cannot stop: running another cell at the same time
// would corrupt the interpreter's state.
var errStillStopping = &kernel.ExecError{
	Name:      "KernelBusy",
	Value:     "the interrupted cell is still blocked in a call that cannot be interrupted (I/O, a lock, a native wait); wait and run again, interrupt again, or restart the kernel",
	Traceback: []string{"KernelBusy: the interrupted cell has not stopped yet; wait and run again, or restart the kernel"},
}

// evalFrame names the goroutine in which yaegi runs an Eval. After an
// interrupt EvalWithContext returns at once while that goroutine winds
// down; it must be gone before the next Eval starts.
var evalFrame = []byte("yaegi/interp.(*Interpreter).EvalWithContext.func1")

// waitEvalDone waits up to d for interrupted Evals to finish, reporting
// whether none is left.
func waitEvalDone(d time.Duration) bool {
	deadline := time.Now().Add(d)
	buf := make([]byte, 1<<16)
	for {
		n := runtime.Stack(buf, true)
		if n == len(buf) {
			buf = make([]byte, 2*len(buf))
			continue
		}
		if !bytes.Contains(buf[:n], evalFrame) {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// globalType returns the dynamic type of a variable from an earlier cell
// (fmt's %T), or "" for other names. The caller holds evalLock.
// isPackage reports whether name is an imported package's name in the
// session (a session variable of that name hides it).
func (in *Interp) isPackage(name string) bool {
	return in.imports[name] != "" && !in.globals[name]
}

func (in *Interp) globalType(name string) string {
	if v, ok := in.callOnGlobal("TypeName", name); ok {
		return v.String()
	}
	return ""
}

// callOnGlobal evaluates rt's function fn on the session variable name,
// for completion, inspect and lowering. The caller holds evalLock.
func (in *Interp) callOnGlobal(fn, name string) (reflect.Value, bool) {
	if !in.globals[name] {
		return reflect.Value{}, false
	}
	v, err := in.yi.Eval(rtName + "." + fn + "(" + name + ")")
	return v, err == nil && v.IsValid()
}
