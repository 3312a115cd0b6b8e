package gointerp

import "testing"

// A struct literal assigned in a closure to a variable of the enclosing
// function: the enclosing function kept the old value (a batcher's flush
// closure resetting the current batch), also in generic code.
func TestStructLiteralAssignedInClosure(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Batch struct {
	N    int
	Rows []int
}

func batches(in []int, size int) []Batch {
	var res []Batch
	var cur Batch
	flush := func() {
		if len(cur.Rows) == 0 {
			return
		}
		cur.N = len(res) + 1
		res = append(res, cur)
		cur = Batch{}
	}
	for _, r := range in {
		cur.Rows = append(cur.Rows, r)
		if len(cur.Rows) == size {
			flush()
		}
	}
	flush()
	return res
}

type Pair[T any] struct{ A, B T }

func swapLater[T any](p Pair[T]) Pair[T] {
	do := func() { p = Pair[T]{p.B, p.A} }
	do()
	return p
}`)
	if got := value(t, in, `fmt.Sprint(batches([]int{1, 2, 3, 4, 5}, 2), swapLater(Pair[string]{"a", "b"}))`); got != "[{1 [1 2]} {2 [3 4]} {3 [5]}] {b a}" {
		t.Errorf("got %s", got)
	}
}
