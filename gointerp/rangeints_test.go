package gointerp

import "testing"

// A cell that declares a constant and ranges over it in a method failed
// ("nil type"): the range was not seen as one over an integer.
func TestRangeOverConstantOfTheCell(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `const N = 3
type Board [N][N]bool
var b Board
func (b Board) Diagonal() Board {
	var next Board
	for r := range N {
		next[r][r] = true
	}
	return next
}
fmt.Println(b.Diagonal()[2][2], b.Diagonal()[0][1])`)
	if got, want := io.stream("stdout"), "true false\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
