package gointerp

import "testing"

// errors.As finds an error of a session type, also through fmt.Errorf's
// %w; comma-ok assertions on error values find it too.
func TestErrorsOfSessionTypes(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, "type NotFound struct{ Key string }\n\nfunc (e *NotFound) Error() string { return e.Key + \" not found\" }\n\n"+
		"func lookup(k string) error { return &NotFound{k} }",
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
