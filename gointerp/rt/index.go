package rt

import "fmt"

// Index is i when it indexes a sequence of length n; otherwise it panics
// with the error the compiled runtime gives for s[i] ("index out of range
// [5] with length 3"), a runtime.Error, where yaegi's indexing through
// reflect names neither number (see gointerp/indexchecks.go).
func Index(i, n int) int {
	if uint(i) < uint(n) {
		return i
	}
	s := make([]struct{}, n)
	_ = s[i] // the runtime's own panic
	return i
}

// SliceEnd is hi when s[lo:hi] is in bounds for s of capacity (or, for a
// string or array, length) n; otherwise it panics with the compiled
// runtime's words ("slice bounds out of range [:4] with capacity 3").
// what is "capacity" or "length".
func SliceEnd(lo, hi, n int, what string) int {
	switch {
	case hi < 0:
		panic(boundsError(fmt.Sprintf("slice bounds out of range [:%d]", hi)))
	case hi > n:
		panic(boundsError(fmt.Sprintf("slice bounds out of range [:%d] with %s %d", hi, what, n)))
	case lo < 0:
		panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:]", lo)))
	case lo > hi:
		panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:%d]", lo, hi)))
	}
	return hi
}

// boundsError is a slice expression's fault, a runtime.Error as the
// runtime's own (which spargo cannot make for a string or an array).
type boundsError string

func (e boundsError) Error() string { return "runtime error: " + string(e) }
func (boundsError) RuntimeError()   {}

// SliceStart is lo when s[lo:] is in bounds for s of length n; otherwise
// it panics as SliceEnd does.
func SliceStart(lo, n int) int {
	switch {
	case lo < 0:
		panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:]", lo)))
	case lo > n:
		panic(boundsError(fmt.Sprintf("slice bounds out of range [%d:%d]", lo, n)))
	}
	return lo
}
