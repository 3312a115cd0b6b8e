package rt

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

type wrapped struct{ IValue any }

func TestEqualUnwrapsInterpreterValues(t *testing.T) {
	p := &struct{ s string }{"bad"}
	if !Equal(wrapped{p}, p) || Equal(wrapped{p}, &struct{ s string }{"bad"}) {
		t.Error("a wrapped pointer equals itself only")
	}
	if !Equal(nil, nil) || Equal(nil, 1) || Equal(io.EOF, nil) {
		t.Error("nil equals nil only")
	}
	if !Equal(1, 1) || Equal(1, int64(1)) || Equal(1, "1") {
		t.Error("plain values compare by type and value")
	}
}

func TestErrorsIsFollowsChains(t *testing.T) {
	sentinel := errors.New("sentinel")
	chain := fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", sentinel))
	joined := errors.Join(io.EOF, chain)
	for _, c := range []struct {
		err, target error
		want        bool
	}{
		{chain, sentinel, true}, {joined, sentinel, true}, {joined, io.ErrUnexpectedEOF, false},
		{nil, sentinel, false}, {nil, nil, true}, {io.EOF, io.EOF, true},
	} {
		if got := ErrorsIs(c.err, c.target, nil, nil); got != c.want || got != errors.Is(c.err, c.target) {
			t.Errorf("ErrorsIs(%v, %v) = %v, want %v (as errors.Is)", c.err, c.target, got, c.want)
		}
	}
}

// A cell's error type reaches rt wrapped, without its Unwrap method: the
// cell's function unwraps it.
func TestErrorsUnwrapThroughTheCell(t *testing.T) {
	type queryError struct{ err error }
	qe := &queryError{io.EOF}
	unwrap := func(x any) (error, bool) {
		if q, ok := x.(*queryError); ok {
			return q.err, true
		}
		return nil, false
	}
	if got := ErrorsUnwrap(errWrapper{qe}, unwrap); got != io.EOF {
		t.Errorf("ErrorsUnwrap = %v, want EOF", got)
	}
	if !ErrorsIs(fmt.Errorf("ctx: %w", errWrapper{qe}), io.EOF, unwrap, nil) {
		t.Error("ErrorsIs does not follow the cell's Unwrap")
	}
}

// errWrapper stands for yaegi's wrapper of a cell's error.
type errWrapper struct{ IValue any }

func (errWrapper) Error() string { return "wrapped" }
