package gointerp

import (
	"context"
	"fmt"
	"io"
	"log"
	"reflect"

	"github.com/traefik/yaegi/interp"

	"github.com/spargo-kernel/spargo/gointerp/rt"
	"github.com/spargo-kernel/spargo/gointerp/stdlib"
	"github.com/spargo-kernel/spargo/kernel"
)

// rtName is the name under which cells see the runtime helpers; it is
// unlikely to collide with a user's identifiers.
const (
	rtName = "spargo_rt"
	rtPath = rt.Path
)

// exitPanic carries os.Exit's code out of interpreted code: os.Exit in a
// cell ends the cell, never the kernel.
type exitPanic struct{ code int }

// runtimeSymbols returns the helpers cells call and the stdlib symbols the
// kernel replaces: os.Exit, os.Stdin and time.Sleep.
func (in *Interp) runtimeSymbols() interp.Exports {
	ex := interp.Exports(rt.Symbols(map[string]reflect.Value{
		"GoPanic":  reflect.ValueOf(in.goPanic),
		"TypeName": reflect.ValueOf(func(v any) string { return fmt.Sprintf("%T", v) }),
		"Keep":     reflect.ValueOf(in.setResult),
		"EndCell":  reflect.ValueOf(func() { panic(exitPanic{0}) }),
		"Render": reflect.ValueOf(func(v any) map[string]any {
			if b := in.render(v); b != nil {
				return b
			}
			return rt.Render(v)
		}),
		"Print":   reflect.ValueOf(func(args ...any) { rt.PrintTo(in.stderr.w, false, args...) }),
		"Println": reflect.ValueOf(func(args ...any) { rt.PrintTo(in.stderr.w, true, args...) }),
		"Clear": reflect.ValueOf(func(v any) {
			rv := reflect.ValueOf(v)
			if rv.Kind() == reflect.Map || rv.Kind() == reflect.Slice {
				rv.Clear()
			}
		}),
	}))
	var stdin io.Reader = in.stdin
	stdlib.Exit = func(code int) { panic(exitPanic{code}) }
	ex["os/os"] = map[string]reflect.Value{
		"Exit":  reflect.ValueOf(stdlib.Exit),
		"Stdin": reflect.ValueOf(&stdin).Elem(),
	}
	ex["time/time"] = map[string]reflect.Value{"Sleep": reflect.ValueOf(in.sleep)}
	// runtime.Breakpoint traps (SIGTRAP), which would end the kernel with
	// every session variable; a cell gets a panic instead.
	ex["runtime/runtime"] = map[string]reflect.Value{"Breakpoint": reflect.ValueOf(func() {
		panic("runtime.Breakpoint: a breakpoint trap would end the kernel, so a cell panics instead (no debugger is attached)")
	})}
	// log.Fatal* print and then exit with status 1, as in a program (yaegi
	// turns them into plain panics).
	fatal := log.New(in.stderr.w, "", log.LstdFlags)
	ex["log/log"] = map[string]reflect.Value{
		"Fatal":   reflect.ValueOf(func(v ...any) { _ = fatal.Output(2, fmt.Sprint(v...)); panic(exitPanic{1}) }),
		"Fatalf":  reflect.ValueOf(func(f string, v ...any) { _ = fatal.Output(2, fmt.Sprintf(f, v...)); panic(exitPanic{1}) }),
		"Fatalln": reflect.ValueOf(func(v ...any) { _ = fatal.Output(2, fmt.Sprintln(v...)); panic(exitPanic{1}) }),
	}
	return ex
}

// goPanic is called (through the rewrite of go statements) when a
// goroutine started by a cell panics. The running cell fails with it; if no
// cell runs, it is reported on stderr.
func (in *Interp) goPanic(r any) {
	err := panicError(r, "goroutine ")
	if ep, ok := r.(exitPanic); ok && ep.code == 0 {
		return
	}
	in.mu.Lock()
	cancel := in.cancel
	if cancel != nil && in.bgPanic == nil {
		in.bgPanic = err
	}
	io := in.io
	in.mu.Unlock()
	if cancel != nil {
		cancel()
		return
	}
	io.Stream("stderr", err.Error()+"\n")
}

// panicError describes a recovered panic value as a cell error.
func panicError(r any, where string) *kernel.ExecError {
	if ee, ok := r.(*kernel.ExecError); ok {
		return ee
	}
	if ep, ok := r.(exitPanic); ok {
		v := fmt.Sprintf("exit status %d", ep.code)
		return &kernel.ExecError{Name: "ExitError", Value: v, Traceback: []string{"os.Exit: " + v}}
	}
	r = rt.Recovered(r) // Go's words for faults met inside reflect
	v := fmt.Sprint(r)
	if e, ok := r.(error); ok {
		v = e.Error()
	}
	return &kernel.ExecError{Name: "panic", Value: v, Traceback: []string{"panic in " + where + "cell: " + v}}
}

// publisher binds the display package to the interpreter's current cell.
type publisher struct{ in *Interp }

func (p publisher) Display(data, md map[string]any, id string, update bool) {
	p.in.syncOutput()
	p.in.currentIO().Display(data, md, id, update)
}

func (p publisher) Clear(wait bool) {
	p.in.syncOutput()
	p.in.currentIO().ClearOutput(wait)
}

func (p publisher) Input(prompt string, password bool) (string, error) {
	p.in.syncOutput()
	return p.in.currentIO().Input(p.in.currentCtx(), prompt, password)
}

func (in *Interp) currentIO() kernel.IO {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.io
}

func (in *Interp) currentCtx() context.Context {
	in.mu.Lock()
	defer in.mu.Unlock()
	return in.ctx
}

// stdinReader is the cells' stdin: each read with an empty buffer asks the
// client for a line through input_request.
type stdinReader struct {
	in  *Interp
	buf []byte
}

func (s *stdinReader) Read(p []byte) (int, error) {
	if len(s.buf) == 0 {
		s.in.syncOutput()
		line, err := s.in.currentIO().Input(s.in.currentCtx(), "", false)
		if err == kernel.ErrNoStdin {
			// Fail the cell with a clear message rather than an EOF the
			// cell may ignore.
			panic(&kernel.ExecError{Name: "StdinNotAvailable", Value: err.Error(), Traceback: []string{err.Error()}})
		}
		if err != nil {
			return 0, err
		}
		s.buf = append(s.buf, line...)
		s.buf = append(s.buf, '\n')
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}
