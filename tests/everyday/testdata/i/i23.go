package main

import (
	"fmt"
	"slices"
	"strings"
)

// Pipeline composes stages of the same element type using closures.
type Pipeline[T any] struct {
	stages []func([]T) []T
	names  []string
}

func (p *Pipeline[T]) Then(name string, f func([]T) []T) *Pipeline[T] {
	p.stages = append(p.stages, f)
	p.names = append(p.names, name)
	return p
}

func (p *Pipeline[T]) Filter(name string, pred func(T) bool) *Pipeline[T] {
	return p.Then(name, func(xs []T) []T {
		return slices.DeleteFunc(slices.Clone(xs), func(x T) bool { return !pred(x) })
	})
}

func (p *Pipeline[T]) Each(name string, f func(T) T) *Pipeline[T] {
	return p.Then(name, func(xs []T) []T {
		out := make([]T, len(xs))
		for i, x := range xs {
			out[i] = f(x)
		}
		return out
	})
}

// Run executes every stage, calling trace after each one.
func (p *Pipeline[T]) Run(in []T, trace func(stage string, out []T)) []T {
	cur := in
	for i, st := range p.stages {
		cur = st(cur)
		if trace != nil {
			trace(p.names[i], cur)
		}
	}
	return cur
}

// Memo wraps a function with a cache held in its closure.
func Memo[K comparable, V any](f func(K) V) (func(K) V, func() int) {
	cache := map[K]V{}
	calls := 0
	return func(k K) V {
			if v, ok := cache[k]; ok {
				return v
			}
			calls++
			v := f(k)
			cache[k] = v
			return v
		}, func() int {
			return calls
		}
}

type Line string

func main() {
	raw := []Line{"  # comment", "name = gopher ", "", "  lang=go", "#x", "level =  9", "EMPTY="}

	p := new(Pipeline[Line])
	p.Each("trim", func(l Line) Line { return Line(strings.TrimSpace(string(l))) }).
		Filter("drop-blank", func(l Line) bool { return l != "" }).
		Filter("drop-comments", func(l Line) bool { return !strings.HasPrefix(string(l), "#") }).
		Each("normalize", func(l Line) Line {
			k, v, _ := strings.Cut(string(l), "=")
			return Line(strings.ToLower(strings.TrimSpace(k)) + "=" + strings.TrimSpace(v))
		})

	out := p.Run(raw, func(stage string, xs []Line) {
		fmt.Printf("%-14s %d %q\n", stage, len(xs), xs)
	})
	fmt.Println("result:", out)
	fmt.Println("input untouched:", len(raw), raw[0] == "  # comment")

	ints := (&Pipeline[int]{}).
		Filter("odd", func(n int) bool { return n%2 == 1 }).
		Each("square", func(n int) int { return n * n }).
		Then("reverse", func(xs []int) []int { s := slices.Clone(xs); slices.Reverse(s); return s })
	fmt.Println("ints:", ints.Run([]int{1, 2, 3, 4, 5, 6, 7}, nil))

	slowLen := func(s string) int { return len([]rune(s)) }
	fastLen, calls := Memo(slowLen)
	for _, w := range strings.Fields("héllo wörld héllo go go go wörld") {
		fmt.Print(fastLen(w), " ")
	}
	fmt.Println("| underlying calls:", calls())

	var fib func(int) int
	fib, fibCalls := Memo(func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(50) =", fib(50), "calls:", fibCalls())
}
