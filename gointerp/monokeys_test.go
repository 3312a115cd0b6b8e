package gointerp

import "testing"

// Map literal keys that become the same constant in a copy of generic
// code: valid Go (the later one wins), rejected by yaegi as duplicates.
func TestMapKeysEqualInCopies(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func keys[T, U ~int | ~int8]() string {
	m := map[any]int{int(0): 0, T(0): 1, U(0): 2}
	return fmt.Sprint(len(m), m[int(0)])
}`)
	if got := value(t, in, `keys[int, int]() + " " + keys[int8, int]()`); got != "1 2 2 2" {
		t.Errorf("keys = %s, want 1 2 2 2", got)
	}
}
