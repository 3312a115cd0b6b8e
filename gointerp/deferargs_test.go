package gointerp

import "testing"

// A deferred call's arguments are evaluated at the defer statement: yaegi
// read their variables when the call ran (show printed 42 after x = 42),
// a computed argument in a loop held the last iteration's value, and a
// spread slice was passed as one value.
func TestDeferredArgumentsEvaluatedAtDefer(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type F struct{ name string }
func (f F) Name() string { return f.name }
func show(v int) { fmt.Print("show", v, " ") }
func sum(vs ...int) { fmt.Print("sum", len(vs), " ") }
func run() {
	x := 1
	defer show(x)
	defer fmt.Print("print", x, " ")
	defer func(v int) {
		if r := recover(); r != nil {
			fmt.Print("recovered ", r, v, " ")
		}
	}(x)
	for _, f := range []F{{"a"}, {"b"}} {
		defer fmt.Print(f.Name(), len(f.name), " ")
	}
	ys := []int{1, 2}
	defer sum(ys...)
	ys = nil
	x = 42
	panic("boom")
}`)
	_, io := mustRun(t, in, `run()`)
	if got, want := io.stream("stdout"), "sum2 b1 a1 recovered boom1 print1 show1 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, io = mustRun(t, in, "n := 1\ndefer fmt.Println(\"top\", n)\nn = 2")
	if got, want := io.stream("stdout"), "top 1\n"; got != want {
		t.Errorf("top level: got %q, want %q", got, want)
	}
}

// A function literal deferred in a loop sees its own iteration's
// variables: yaegi built the closure at return, so each ran with the last
// iteration's. Recover still works in it.
func TestDeferredLiteralsInLoops(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type job struct{ name string }
func run(jobs []job) (err error) {
	for i, j := range jobs {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("job %d (%s): %v", i, j.name, r)
			}
		}()
		defer func(tag string) { fmt.Print(tag, i, j.name, " ") }("close")
		if j.name == "bad" {
			panic("boom")
		}
	}
	return nil
}
func counts() {
	for i := 0; i < 3; i++ {
		n := i * 10
		defer func() { fmt.Print(i, n, " ") }()
	}
}`)
	_, io := mustRun(t, in, `fmt.Println(run([]job{{"a"}, {"bad"}, {"c"}}))`)
	if got, want := io.stream("stdout"), "close1bad close0a job 1 (bad): boom\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, io = mustRun(t, in, `counts()`)
	if got, want := io.stream("stdout"), "2 20 1 10 0 0 "; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// `defer cancel(nil)` with cancel a context.CancelCauseFunc: the argument
// was defined first as `spargo_da1_0 := nil`, which panicked in yaegi's
// compiler ("CFG post-order panic: nil reflect type").
func TestDeferredCallWithNilArgument(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func run() string {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(nil)
	cancel(errors.New("quota"))
	return fmt.Sprint(ctx.Err(), " ", context.Cause(ctx))
}`)
	if got := value(t, in, `run()`); got != "context canceled quota" {
		t.Errorf("got %s", got)
	}
}

// `defer r.Close()` in a loop closes each r, in reverse (yaegi read r when
// the deferred call ran: the last one each time).
func TestDeferredMethodReceiverInLoop(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type R struct{ name string; log *[]string }
func (r *R) Close() { *r.log = append(*r.log, "close "+r.name) }
type V struct{ name string; log *[]string }
func (v V) Close(suffix string) { *v.log = append(*v.log, "v"+v.name+suffix) }
func all(names []string) (log []string) {
	func() {
		for _, n := range names {
			r := &R{n, &log}
			defer r.Close()
			v := V{n, &log}
			defer v.Close("!")
		}
	}()
	return log
}`)
	if got := value(t, in, `fmt.Sprint(all([]string{"a", "b"}))`); got != "[vb! close b va! close a]" {
		t.Errorf("got %q", got)
	}
}
