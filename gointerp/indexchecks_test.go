package gointerp

import "testing"

// A recovered index or slice fault names the index and the length, as Go's
// runtime does (yaegi's came from reflect and named neither).
func TestRecoveredIndexNamesBounds(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func at(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s[i], nil
}
func cut(s string, lo, hi int) (v string, err error) {
	defer func() {
		if r, ok := recover().(error); ok {
			err = r
		}
	}()
	return s[lo:hi], nil
}
func safely(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}
type Grid struct{ cells [][]byte }
func (g *Grid) Set(x, y int, c byte) (ok bool) {
	defer func() { ok = recover() == nil }()
	g.cells[y][x] = c
	return
}`)
	cases := map[string]string{
		`_, err := at([]int{1, 2, 3}, 5); err.Error()`:                                      "recovered: runtime error: index out of range [5] with length 3",
		`_, err := at([]int{1, 2, 3}, -2); err.Error()`:                                     "recovered: runtime error: index out of range [-2]",
		`s, i := []int{1}, 3; safely(func() { _ = s[i] }).Error()`:                          "runtime error: index out of range [3] with length 1",
		`v, _ := at([]int{1, 2, 3}, 2); v`:                                                  "3",
		`_, err := cut("abc", 1, 4); err.Error()`:                                           "runtime error: slice bounds out of range [:4] with length 3",
		`_, err := cut("abc", 2, 1); err.Error()`:                                           "runtime error: slice bounds out of range [2:1]",
		`s, _ := cut("abcdef", 1, 3); s`:                                                    "bc",
		`g := &Grid{[][]byte{{1, 2}}}; fmt.Sprint(g.Set(1, 0, 9), g.Set(2, 0, 9), g.cells)`: "true false [[1 9]]",
	}
	for src, want := range cases {
		if got := value(t, in, src); got != want {
			t.Errorf("%s: got %q, want %q", src, got, want)
		}
	}
}

// A table of jobs (structs with a function field) that a recovering
// method runs: the index error its function literal recovers names the
// index and the length.
func TestIndexChecksInJobTable(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `type Job struct {
	Name string
	Run  func() error
}
type Runner struct{}
func (r *Runner) safeRun(j Job) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("%s: %v", j.Name, v)
		}
	}()
	return j.Run()
}
var jobs = []Job{{"index", func() error {
	data := []int{10, 20, 30}
	i := len(data) + 2
	_ = data[i]
	return nil
}}}`)
	if got, want := value(t, in, `(&Runner{}).safeRun(jobs[0]).Error()`), "index: runtime error: index out of range [5] with length 3"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
