package gointerp

import "testing"

// A return inside a range over a function returns from the enclosing
// function, in cells and in generic code: the body was left to yaegi,
// which failed ("nil type") or returned from the wrong function.
func TestReturnInsideRangeOverFunc(t *testing.T) {
	in := newInterp(t)
	mustRunAll(t, in, `func count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func first(seq iter.Seq[int], pred func(int) bool) (int, bool) {
	for v := range seq {
		if pred(v) {
			return v, true
		}
	}
	return -1, false
}

func sumUntil(seq iter.Seq[int], stop int) (total int) {
	for v := range seq {
		if v == stop {
			return
		}
		total += v
	}
	return total
}

func Find[T any](seq iter.Seq[T], pred func(T) bool) (T, error) {
	for v := range seq {
		if pred(v) {
			return v, nil
		}
	}
	var zero T
	return zero, errors.New("not found")
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}`)
	checks := []struct{ expr, want string }{
		{`fmt.Sprint(first(count(10), func(v int) bool { return v > 6 }))`, "7 true"},
		{`fmt.Sprint(first(count(3), func(v int) bool { return v > 6 }))`, "-1 false"},
		{`sumUntil(count(10), 4)`, "6"},
		{`func() string { v, err := Find(count(5), func(v int) bool { return v == 3 }); return fmt.Sprint(v, " ", err) }()`, "3 <nil>"},
		{`func() string { _, err := Find(slices.Values([]string{"a"}), func(s string) bool { return s == "z" }); return err.Error() }()`, "not found"},
		{`slices.Collect(Filter(count(10), func(v int) bool { return v%3 == 0 }))`, "[0 3 6 9]"},
	}
	for _, c := range checks {
		if got := value(t, in, c.expr); got != c.want && got != `"`+c.want+`"` {
			t.Errorf("%s = %s, want %s", c.expr, got, c.want)
		}
	}
}

// A return of nil and an error from a range over a function (a parser
// reporting a bad line): its assignment to the results was rewritten
// twice over and did not compile ("expected statement, found ')'").
func TestReturnNilFromRangeOverFunc(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `func lines() iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		_ = yield(1, "ok") && yield(2, "bad")
	}
}

func parse() ([]string, error) {
	var out []string
	for no, text := range lines() {
		if text == "bad" {
			return nil, fmt.Errorf("line %d: %s", no, text)
		}
		out = append(out, text)
	}
	return out, nil
}

func named() (out []string, err error) {
	for no, text := range lines() {
		if text == "bad" {
			return nil, fmt.Errorf("line %d", no)
		}
	}
	return
}`)
	if got := value(t, in, `a, err := parse(); b, err2 := named(); fmt.Sprint(a == nil, err, b == nil, err2)`); got != "true line 2: bad true line 2" {
		t.Errorf("got %s", got)
	}
}
