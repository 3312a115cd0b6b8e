package gointerp

import "testing"

// A call's results assigned to a map element and another target
// (`m[k], _ = f()`) store the element.
func TestCallResultsIntoMapElement(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func two() (int, error) { return 5, nil }`)
	if got := value(t, in, `m := map[string]int{}
m["a"], _ = two()
var err error
m["b"], err = two()
fmt.Sprint(m, err)`); got != "map[a:5 b:5] <nil>" {
		t.Errorf("got %q", got)
	}
}
