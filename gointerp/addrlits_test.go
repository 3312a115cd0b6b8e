package gointerp

import "testing"

// The address of an array, slice or map literal in a loop is a new
// variable each time (every rep of a sales report shared one [4]int).
func TestAddressOfNonStructLiteralsInLoop(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Totals [4]int
type M map[string]int
func build() string {
	m := map[string]*Totals{}
	var ps []*[]int
	var ms []*M
	for i, k := range []string{"a", "b"} {
		m[k] = &Totals{}
		m[k][0] = i + 1
		ps = append(ps, &[]int{i})
		ms = append(ms, &M{"k": i})
	}
	return fmt.Sprint(*m["a"], *m["b"], *ps[0], *ps[1], *ms[0], *ms[1])
}`)
	if got, want := value(t, in, `build()`), "[1 0 0 0] [2 0 0 0] [0] [1] map[k:0] map[k:1]"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
