package gointerp

import "testing"

// errors.As finds an error of a session type, also through fmt.Errorf's
// %w; comma-ok assertions on error values find it too.
func TestErrorsOfSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type NotFound struct{ Key string }\n\nfunc (e *NotFound) Error() string { return e.Key + \" not found\" }\n\n"+
		"func lookup(k string) error { return &NotFound{k} }\n\nfunc find(k string) error { return fmt.Errorf(\"find: %w\", &NotFound{k}) }",
		"err := lookup(\"x\")\nwrapped := fmt.Errorf(\"lookup: %w\", err)")
	for expr, want := range map[string]string{
		`var nf *NotFound; ok := errors.As(err, &nf); fmt.Sprint(ok, " ", nf.Key)`:     "true x",
		`var nf *NotFound; ok := errors.As(wrapped, &nf); fmt.Sprint(ok, " ", nf.Key)`: "true x",
		`var nf *NotFound; errors.As(errors.New("other"), &nf)`:                        "false",
		`nf, ok := err.(*NotFound); fmt.Sprint(ok, " ", nf.Key)`:                       "true x",
		`_, ok := errors.Unwrap(wrapped).(*NotFound); ok`:                              "true",
		`wrapped.Error()`: "lookup: x not found",
	} {
		if got := value(t, in, expr); got != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// A type switch on an error finds a session type's value.
func TestTypeSwitchOnErrorOfSessionType(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type NotFound struct{ Key string }\n\nfunc (e *NotFound) Error() string { return e.Key + \" not found\" }",
		"var err error = &NotFound{\"k\"}")
	code := "switch e := err.(type) {\ncase nil:\n\tfmt.Println(\"nil\")\ncase *NotFound:\n\tfmt.Println(\"not found:\", e.Key)\ndefault:\n\tfmt.Println(\"other\", e)\n}"
	_, io := mustRun(t, in, code)
	if got := io.stream("stdout"); got != "not found: k\n" {
		t.Errorf("got %q", got)
	}
	_, io = mustRun(t, in, "err = errors.New(\"x\")\n"+code)
	if got := io.stream("stdout"); got != "other x\n" {
		t.Errorf("got %q", got)
	}
}

// An error type of the session that wraps another with an Unwrap method:
// errors.Is, errors.Unwrap and errors.As follow it (yaegi's wrapper for the
// error had only Error, so the chain stopped there).
func TestUnwrapMethodsOfSessionErrors(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }

func (e *QueryError) Unwrap() error { return e.Err }

type Missing struct{ Key string }

func (m *Missing) Error() string { return m.Key + " missing" }

func run(q string) error { return fmt.Errorf("run: %w", &QueryError{q, &Missing{"id"}}) }`)
	for expr, want := range map[string]string{
		`errors.Is(&QueryError{"q", io.EOF}, io.EOF)`:                                           "true",
		`errors.Unwrap(&QueryError{"q", io.EOF}) == io.EOF`:                                     "true",
		`func() string { var m *Missing; errors.As(run("select"), &m); return m.Key }()`:        `"id"`,
		`func() bool { var q *QueryError; return errors.As(run("x"), &q) && q.Query == "x" }()`: "true",
		`errors.Is(run("x"), io.EOF)`:                                                           "false",
	} {
		if got := value(t, in, expr); got != want && `"`+got+`"` != want {
			t.Errorf("%s = %s, want %s", expr, got, want)
		}
	}
}

// errors.Is calls the Is methods of the session's error types, and
// errors.As walks the errors of fmt.Errorf with several %w: the first was
// never seen, the second stopped at the list and left the target nil.
func TestErrorsIsMethodsAndAsTrees(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `var ErrNotFound = errors.New("not found")

type HTTPError struct{ Code int }

func (e *HTTPError) Error() string        { return fmt.Sprint("http ", e.Code) }
func (e *HTTPError) Is(target error) bool { return target == ErrNotFound && e.Code == 404 }`)
	checks := []struct{ expr, want string }{
		{`errors.Is(fmt.Errorf("fetch: %w", &HTTPError{404}), ErrNotFound)`, "true"},
		{`errors.Is(&HTTPError{500}, ErrNotFound)`, "false"},
		{`func() string { var he *HTTPError; ok := errors.As(fmt.Errorf("a: %w, b: %w", ErrNotFound, &HTTPError{500}), &he); return fmt.Sprint(ok, " ", he.Code) }()`, "true 500"},
		{`func() bool { var he *HTTPError; return errors.As(errors.Join(ErrNotFound), &he) }()`, "false"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// A session error passed to errors.Join (a standard-library parameter of
// type error) panicked: "cannot use *struct {...} as type error".
func TestSessionErrorsJoined(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type VErr struct{ F string }
func (e *VErr) Error() string { return "invalid " + e.F }
type KeyErr struct{ Key string }
func (e KeyErr) Error() string { return "no " + e.Key }
var ErrNF = errors.New("not found")
joined := errors.Join(ErrNF, &VErr{"name"}, KeyErr{"k"})`)
	if got, want := value(t, in, `fmt.Sprintf("%v %q", errors.Is(joined, ErrNF), joined.Error())`), `true "not found\ninvalid name\nno k"`; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// errors.As with a standard-library target did not follow a session
// error's Unwrap method (false for a *strconv.NumError inside one).
func TestErrorsAsThroughSessionUnwrap(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type ValidationError struct {
	Field string
	Err   error
}
func (e *ValidationError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *ValidationError) Unwrap() error { return e.Err }
_, perr := strconv.Atoi("x1")
var err error = &ValidationError{"age", perr}`)
	if got, want := value(t, in, `func() string { var ne *strconv.NumError; ok := errors.As(err, &ne); return fmt.Sprint(ok, " ", ne.Num) }()`), "true x1"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// errors.Is with a target of a session error type with a value receiver
// (which errorValues wraps): the arguments rt.ErrorsIs takes were written
// inside the wrapper ("too many arguments").
func TestErrorsIsWithValueErrorTarget(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type ValidationError struct{ Field, Msg string }
func (e ValidationError) Error() string { return e.Field + " " + e.Msg }`)
	if got := value(t, in, `target := ValidationError{"name", "required"}
errs := []error{fmt.Errorf("wrap: %w", target), errors.New("x")}
fmt.Sprint(errors.Is(errs[0], target), errors.Is(errs[1], target))`); got != "true false" {
		t.Errorf("got %s, want true false", got)
	}
}

// errors.As to a literal interface finds a compiled error with the
// method: a recovered runtime error wrapped with %w is a RuntimeError.
func TestErrorsAsLiteralInterfaceOnRuntimeError(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "errors"
func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = fmt.Errorf("wrapped: %w", e)
			}
		}
	}()
	f()
	return nil
}`)
	if got := value(t, in, `var re interface{ RuntimeError() }
err := safely(func() { var p *struct{ X int }; fmt.Println(p.X) })
fmt.Sprint(errors.As(err, &re), errors.As(errors.New("x"), &re))`); got != "true false" {
		t.Errorf("got %q", got)
	}
}

// errors.Is follows a cell's multi-error (Unwrap() []error), and a
// logger's fmt.Errorf(format, args...) keeps %w's error.
func TestErrorsIsThroughMultiError(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import ("errors"; "strconv")
var ErrDeprecated = errors.New("deprecated option")
type Errors struct{ list []error }
func (e *Errors) Add(err error) { e.list = append(e.list, err) }
func (e *Errors) Addf(format string, a ...any) { e.Add(fmt.Errorf(format, a...)) }
func (e *Errors) Error() string { return fmt.Sprint(len(e.list), " errors") }
func (e *Errors) Unwrap() []error { return e.list }`)
	if got := value(t, in, `var es Errors
_, err := strconv.Atoi("x")
es.Addf("parallelism: %w", err)
es.Addf("legacy: %w", ErrDeprecated)
var e error = &es
fmt.Sprint(errors.Is(e, ErrDeprecated), errors.Is(e, strconv.ErrSyntax), es.list[0])`); got != `true true parallelism: strconv.Atoi: parsing "x": invalid syntax` {
		t.Errorf("got %q", got)
	}
}
