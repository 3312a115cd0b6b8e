package gointerp

import "testing"

// An error type with a value receiver: yaegi's wrapper held the struct's
// last field, so assertions, type switches and errors.As never found the
// value.
func TestValueReceiverErrorsAssertBack(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type ValidationError struct {
	Field string
	Code  int
}`, `func (e ValidationError) Error() string { return fmt.Sprintf("%s: %d", e.Field, e.Code) }`,
		`func validate(n int) error {
	if n < 0 {
		return ValidationError{"n", 42}
	}
	return nil
}`, `var errs = []error{ValidationError{"a", 1}}`)
	cases := map[string]string{
		`func() string { v, ok := validate(-1).(ValidationError); return fmt.Sprint(v.Code, ok) }()`: "42 true",
		`func() string {
	switch e := validate(-1).(type) {
	case ValidationError:
		return e.Field
	}
	return "default"
}()`: "n",
		`func() string {
	var ve ValidationError
	ok := errors.As(fmt.Errorf("wrapped: %w", validate(-1)), &ve)
	return fmt.Sprint(ok, " ", ve.Field, ve.Code)
}()`: "true n42",
		`func() string { v, ok := errs[0].(ValidationError); return fmt.Sprint(v.Field, ok) }()`:                               "atrue",
		`func() string { var err error; err = ValidationError{"b", 2}; return fmt.Sprint(err, err.(ValidationError).Code) }()`: "b: 2 2",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s\ngot %s, want %s", src, got, want)
		}
	}
}

// A struct value with an Error method printed its fields: fmt's functions
// called String methods of the cell's types, not Error.
func TestValueWithErrorMethodPrints(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type NotFound struct{ Key string }`,
		`func (e NotFound) Error() string { return "not found: " + e.Key }`,
		`type Both struct{}`, `func (Both) Error() string { return "error" }`, `func (Both) String() string { return "string" }`)
	if got := value(t, in, `fmt.Sprint(NotFound{"k"}, " ", Both{})`); got != "not found: k error" {
		t.Errorf("got %s, want \"not found: k error\"", got)
	}
}

// errors.As into an interface target (declared, or written as a literal)
// panicked for the literal ("*target must be interface or implement
// error") and never matched an error of the session's types; an error
// recovered from panic(err) could not be asserted back to its type.
func TestErrorsAsIntoInterfacesAndRecoveredErrors(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type HTTPError struct {
	Status int
	Msg    string
}`, `func (e HTTPError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }`,
		`func (e HTTPError) Temporary() bool { return e.Status >= 500 }`,
		`type Temp interface{ Temporary() bool }`,
		`func get(s int) error { return fmt.Errorf("get: %w", HTTPError{s, "x"}) }`,
		`func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	panic(HTTPError{418, "teapot"})
}`)
	cases := map[string]string{
		`func() string { var t Temp; ok := errors.As(get(503), &t); return fmt.Sprint(ok, ok && t.Temporary()) }()`:                          "true true",
		`func() string { var t interface{ Temporary() bool }; ok := errors.As(get(400), &t); return fmt.Sprint(ok, ok && t.Temporary()) }()`: "true false",
		`func() string { h, ok := safe().(HTTPError); return fmt.Sprint(h.Status, ok) }()`:                                                   "418 true",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s\ngot %s, want %s", src, got, want)
		}
	}
}

// The same in a generic method: its copies appended the struct as yaegi
// converts it, and every error of the slice became the last one (a
// generic CSV loader's row errors).
func TestValueErrorsInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type RowError struct {
	Row int
	Err error
}

func (e RowError) Error() string { return fmt.Sprintf("row %d: %v", e.Row, e.Err) }

type Loader[T any] struct{ parse func(string) (T, error) }

func (l Loader[T]) Load(rows []string) (out []T, errs []error) {
	for n, r := range rows {
		v, err := l.parse(r)
		if err != nil {
			errs = append(errs, RowError{n + 1, err})
			continue
		}
		out = append(out, v)
	}
	return out, errs
}`)
	got := value(t, in, `l := Loader[int]{parse: strconv.Atoi}
out, errs := l.Load([]string{"1", "x", "3", "y"})
var re RowError
fmt.Sprint(out, errs, errors.As(errs[1], &re), re.Row)`)
	if want := `[1 3] [row 2: strconv.Atoi: parsing "x": invalid syntax row 4: strconv.Atoi: parsing "y": invalid syntax] true 4`; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}
