package gointerp

import "testing"

// A label named like a parameter (`rows: for ... continue rows` in a
// function of rows) is kept apart from it.
func TestLabelNamedLikeVariable(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func find(rows []string) int {
rows:
	for r, line := range rows {
		for _, ch := range line {
			if ch == '#' {
				continue rows
			}
			if ch == 'x' {
				return r
			}
		}
	}
	return -1
}`)
	if got := value(t, in, `find([]string{"a#x", "bx"})`); got != "1" {
		t.Errorf("got %q", got)
	}
}
