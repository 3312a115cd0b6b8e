package gointerp

import "testing"

// A struct literal of a session type stored in an error: yaegi kept the
// bare struct, and errors.Is then panicked ("reflect: Call using struct
// ... as type error").
func TestStructLiteralsStoredInErrors(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type ValidationError struct{ Field string }

func (e ValidationError) Error() string { return "invalid " + e.Field }

var ErrOther = errors.New("other")`, `var err error = ValidationError{"a"}
var err2 error
err2 = ValidationError{"b"}
err3 := error(ValidationError{"c"})`)
	want := "false invalid a|false invalid b|false invalid c"
	if got := value(t, in, `fmt.Sprint(errors.Is(err, ErrOther), " ", err, "|", errors.Is(err2, ErrOther), " ", err2, "|", errors.Is(err3, ErrOther), " ", err3)`); got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}
