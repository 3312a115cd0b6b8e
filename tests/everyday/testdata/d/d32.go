package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// ParseQuery splits "a=1&b=2&a=3" into a map of value lists.
func ParseQuery(q string) (map[string][]string, error) {
	out := map[string][]string{}
	if q == "" {
		return out, nil
	}
	for _, pair := range strings.Split(q, "&") {
		if pair == "" {
			continue
		}
		k, v, _ := strings.Cut(pair, "=")
		if k == "" {
			return nil, fmt.Errorf("empty key in %q", pair)
		}
		out[k] = append(out[k], v)
	}
	return out, nil
}

// Tokenize splits on whitespace and lowercases; returns nil for blank input.
func Tokenize(s string) []string {
	var toks []string
	for _, f := range strings.Fields(s) {
		toks = append(toks, strings.ToLower(f))
	}
	return toks
}

type Pair struct {
	Word  string
	Count int
}

func TopWords(text string, n int) []Pair {
	counts := map[string]int{}
	for _, t := range Tokenize(text) {
		counts[strings.Trim(t, ".,!?")]++
	}
	pairs := make([]Pair, 0, len(counts))
	for w, c := range counts {
		pairs = append(pairs, Pair{w, c})
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].Count != pairs[j].Count {
			return pairs[i].Count > pairs[j].Count
		}
		return pairs[i].Word < pairs[j].Word
	})
	if len(pairs) > n {
		pairs = pairs[:n]
	}
	return pairs
}

// --- a tiny table-driven test harness built on reflect.DeepEqual ---

type testCase struct {
	name    string
	got     func() (any, error)
	want    any
	wantErr bool
}

type result struct{ pass, fail int }

func (r *result) run(suite string, cases []testCase) {
	fmt.Printf("=== %s\n", suite)
	for _, tc := range cases {
		got, err := tc.got()
		switch {
		case tc.wantErr && err == nil:
			r.fail++
			fmt.Printf("  FAIL %-24s expected error, got %#v\n", tc.name, got)
		case !tc.wantErr && err != nil:
			r.fail++
			fmt.Printf("  FAIL %-24s unexpected error: %v\n", tc.name, err)
		case tc.wantErr:
			r.pass++
			fmt.Printf("  PASS %-24s (error: %v)\n", tc.name, err)
		case !reflect.DeepEqual(got, tc.want):
			r.fail++
			fmt.Printf("  FAIL %s\n       got  %#v\n       want %#v\n", tc.name, got, tc.want)
		default:
			r.pass++
			fmt.Printf("  PASS %s\n", tc.name)
		}
	}
}

func wrap[T any](f func() T) func() (any, error) {
	return func() (any, error) { return f(), nil }
}

func wrapErr[T any](f func() (T, error)) func() (any, error) {
	return func() (any, error) { v, err := f(); return v, err }
}

func main() {
	var r result
	r.run("ParseQuery", []testCase{
		{"simple", wrapErr(func() (map[string][]string, error) { return ParseQuery("a=1&b=2") }),
			map[string][]string{"a": {"1"}, "b": {"2"}}, false},
		{"repeated key", wrapErr(func() (map[string][]string, error) { return ParseQuery("tag=x&tag=y") }),
			map[string][]string{"tag": {"x", "y"}}, false},
		{"order matters in slices", wrapErr(func() (map[string][]string, error) { return ParseQuery("tag=x&tag=y") }),
			map[string][]string{"tag": {"y", "x"}}, false},
		{"empty input", wrapErr(func() (map[string][]string, error) { return ParseQuery("") }),
			map[string][]string{}, false},
		{"empty key", wrapErr(func() (map[string][]string, error) { return ParseQuery("=oops") }), nil, true},
		{"flag without value", wrapErr(func() (map[string][]string, error) { return ParseQuery("debug&&v=2") }),
			map[string][]string{"debug": {""}, "v": {"2"}}, false},
	})
	r.run("Tokenize", []testCase{
		{"mixed case", wrap(func() []string { return Tokenize("Hello  Go\tWorld") }), []string{"hello", "go", "world"}, false},
		{"blank is nil", wrap(func() []string { return Tokenize("   ") }), []string(nil), false},
		{"nil != empty slice", wrap(func() []string { return Tokenize("") }), []string{}, false},
	})
	r.run("TopWords", []testCase{
		{"ranking", wrap(func() []Pair { return TopWords("the cat and the hat. The end!", 2) }),
			[]Pair{{"the", 3}, {"and", 1}}, false},
		{"n larger than vocab", wrap(func() []Pair { return TopWords("go go", 5) }), []Pair{{"go", 2}}, false},
	})

	fmt.Println("\nDeepEqual corner cases:")
	var nilErr error
	checks := []struct {
		label string
		a, b  any
	}{
		{"int vs int64", 1, int64(1)},
		{"nested maps", map[string]map[int]bool{"x": {1: true}}, map[string]map[int]bool{"x": {1: true}}},
		{"nil map vs empty map", map[string]int(nil), map[string]int{}},
		{"arrays", [3]int{1, 2, 3}, [3]int{1, 2, 3}},
		{"struct with slice", Pair{"a", 1}, Pair{"a", 1}},
		{"two errors.New(\"x\")", errors.New("x"), errors.New("x")},
		{"nil error vs nil", nilErr, nil},
	}
	for _, c := range checks {
		fmt.Printf("  %-22s %t\n", c.label, reflect.DeepEqual(c.a, c.b))
	}
	e1, e2 := errors.New("x"), errors.New("x")
	fmt.Printf("  but e1 == e2 is %t, errors.Is(e1, e2) is %t\n", e1 == e2, errors.Is(e1, e2))
	fmt.Printf("\n%d passed, %d failed\n", r.pass, r.fail)
}
