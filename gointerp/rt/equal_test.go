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
		if got := ErrorsIs(c.err, c.target); got != c.want || got != errors.Is(c.err, c.target) {
			t.Errorf("ErrorsIs(%v, %v) = %v, want %v (as errors.Is)", c.err, c.target, got, c.want)
		}
	}
}
