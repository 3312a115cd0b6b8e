package gointerp

import "testing"

// Generic standard-library functions called with a slice the standard
// library made failed ("CFG post-order panic"), and an untyped constant
// argument was passed as an int ("reflect: call of reflect.Value.Float on
// int Value").
func TestGenericStdlibOnNativeSlices(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `words := strings.Fields("pear apple fig")
slices.Sort(words)
scores := []float64{61, 70.5}
fmt.Println(words, slices.IsSorted(words), slices.Max(strings.Fields("b c a")), slices.Min(strings.Split("b,a", ",")))
fmt.Println(slices.Contains(scores, 61), slices.Index(scores, 70.5), slices.Contains([]int64{3}, 3))
fmt.Println(slices.BinarySearch(words, "fig"))`)
	want := "[apple fig pear] true c a\ntrue 1 true\n1 true\n"
	if got := io.stream("stdout"); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
