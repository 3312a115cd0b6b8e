package gointerp

import (
	"strings"
	"testing"
)

// make of a slice with a negative or too large length or capacity panics
// with Go's runtime error, which a recover sees as a runtime.Error; a
// valid one makes the slice.
func TestMakeSliceOutOfRange(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func try(f func()) (msg string) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		msg = fmt.Sprint(r, " ", isRuntime)
	}()
	f()
	return "no panic"
}
type Row []float64`)
	for code, want := range map[string]string{
		`n := -1; try(func() { _ = make([]int, n) })`:                       "runtime error: makeslice: len out of range true",
		`n := uint64(1 << 62); try(func() { _ = make(Row, n) })`:            "runtime error: makeslice: len out of range true",
		`c := 1 << 60; try(func() { _ = make([]byte, 0, c) })`:              "runtime error: makeslice: cap out of range true",
		`n, c := 2, 5; s := make(Row, n, c); fmt.Sprint(len(s), cap(s), s)`: "2 5 [0 0]",
	} {
		if got := value(t, in, code); strings.Trim(got, `"`) != want {
			t.Errorf("%s: got %s, want %s", code, got, want)
		}
	}
}
