package gointerp

import (
	"strings"
	"testing"
)

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

// The address of an element through a pointer to an array (&p[i]) did not
// compile on yaegi; a conversion of a slice to a longer array pointer
// panics with Go's words.
func TestArrayPointerElements(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func third(p *[4]byte) *byte { return &p[2] }`, `s := []byte{1, 2, 3, 4}
p := (*[4]byte)(s)
*third(p) = 9`)
	if got := value(t, in, `fmt.Sprint(s, &p[0] == &s[0])`); got != "[1 2 9 4] true" {
		t.Errorf("got %s", got)
	}
	_, _, err := run(t, in, "_ = (*[9]byte)(s)")
	if ee := asExec(t, err); !strings.Contains(ee.Value, "runtime error: cannot convert slice with length 4 to array or pointer to array with length 9") {
		t.Errorf("conversion panic: %v", ee.Value)
	}
}

// len, cap and index ranges of a nil pointer to an array do not read it,
// as in Go; yaegi panicked ("reflect: call of reflect.Value.Len on zero
// Value").
func TestNilArrayPointerLengths(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `var calls int

func get() *[3]int { calls++; return nil }`, `func sums() (int, int) {
	var p *[10]int
	s := 0
	for i := range p {
		s += i
	}
	return s, len(p) + cap(get())
}`)
	if got := value(t, in, `fmt.Sprint(sums())`); got != "45 13" {
		t.Errorf("sums() = %s, want 45 13", got)
	}
	if got := value(t, in, `calls`); got != "1" {
		t.Errorf("calls = %s, want 1", got)
	}
}
