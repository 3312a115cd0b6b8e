package gointerp

import "testing"

// iterCell declares iterators for the tests of ranges over functions.
const iterCell = `func evens(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i += 2 {
			if !yield(i) {
				return
			}
		}
	}
}

func sortedPairs(m map[string]int) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

func ticks(yield func() bool) { _ = yield() && yield() && yield() }`

// Labeled break and continue out of a range over a function, into a
// plain loop or an enclosing range over a function, and returns from
// nested ones: yaegi failed on all ("nil type", or a syntax error).
func TestRangeOverFuncLabelsAndNesting(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, iterCell, `func scan() []string {
	var out []string
rows:
	for r := 0; r < 4; r++ {
		for v := range evens(10) {
			if v > r*2 {
				continue rows
			}
			if r == 3 && v == 4 {
				break rows
			}
			out = append(out, fmt.Sprint(r, ":", v))
		}
	}
	return out
}

func find(m map[string]int) (string, int) {
outer:
	for k, v := range sortedPairs(m) {
		for w := range evens(20) {
			switch {
			case w == v+1:
				return k, w
			case w > 12:
				continue outer
			}
		}
	}
	return "", -1
}`)
	if got := value(t, in, `fmt.Sprint(scan())`); got != "[0:0 1:0 1:2 2:0 2:2 2:4 3:0 3:2]" {
		t.Errorf("scan: got %s", got)
	}
	if got := value(t, in, `fmt.Sprint(find(map[string]int{"x": 5, "y": 7, "z": 9}))`); got != "x6" {
		t.Errorf("find: got %s, want x6 (Sprint puts no space after a string)", got)
	}
	if got := value(t, in, `fmt.Sprint(find(map[string]int{"x": 40}))`); got != "-1" {
		t.Errorf("find, no match: got %q, want -1", got)
	}
}

// `for k, v = range seq` assigns variables declared before the loop, and
// `for range seq` counts: yaegi failed with "nil type".
func TestRangeOverFuncAssignsAndCounts(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, iterCell, `func last(m map[string]int) (string, int, int) {
	var k string
	var v, n int
	for k, v = range sortedPairs(m) {
	}
	for range ticks {
		n++
	}
	return k, v, n
}`)
	if got := value(t, in, `fmt.Sprint(last(map[string]int{"a": 1, "c": 3, "b": 2}))`); got != "c3 3" {
		t.Errorf("got %s, want c3 3", got)
	}
}

// A defer in the body of a range over a function runs when the function
// returns, in Go's order with the function's other defers.
func TestRangeOverFuncDefers(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, iterCell, `var saved []int

func save(x int) { saved = append(saved, x) }

func work() {
	defer save(-1)
	for i := range evens(6) {
		for range ticks {
			save(100 + i)
			break
		}
		defer save(i)
	}
	defer save(9)
}`)
	if got := value(t, in, `work(); fmt.Sprint(saved)`); got != "[100 102 104 9 4 2 0 -1]" {
		t.Errorf("got %s, want [100 102 104 9 4 2 0 -1]", got)
	}
}
