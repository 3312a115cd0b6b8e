package gointerp

import "testing"

// len of a nil pointer to an array in generic code is the array's length,
// as in Go; yaegi read the pointer and panicked.
func TestLenOfArrayPointerInGenericCode(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `type Token *[16]byte`, `func size[T interface{ ~*[16]byte | ~*[4]int }]() int {
	var t T
	return len(t) + cap(t)
}`)
	if got := value(t, in, `fmt.Sprint(size[Token](), size[*[4]int]())`); got != "32 8" {
		t.Errorf("size[Token](), size[*[4]int]() = %s, want 32 8", got)
	}
}
