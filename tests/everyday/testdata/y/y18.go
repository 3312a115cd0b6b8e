package main

import (
	"fmt"
	"slices"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) Value() int     { return c.n }
func (c Counter) String() string { return fmt.Sprintf("%s:%d", c.name, c.n) }

func makeAccumulator() (add func(float64), mean func() float64) {
	var sum float64
	var n int
	add = func(x float64) {
		sum += x
		n++
	}
	mean = func() float64 {
		if n == 0 {
			return 0
		}
		return sum / float64(n)
	}
	return
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func main() {
	c := &Counter{name: "clicks"}
	inc := c.Inc
	add := c.Add
	for range 3 {
		inc()
	}
	add(10)
	val := c.Value
	c.Inc()
	fmt.Println(c, val(), c.Value())

	f := (*Counter).Add
	f(c, 100)
	g := Counter.String
	fmt.Println(g(*c))

	addX, mean := makeAccumulator()
	for _, x := range []float64{4, 8, 15, 16, 23, 42} {
		addX(x)
	}
	fmt.Printf("mean=%.3f\n", mean())

	calls := 0
	var fib func(int) int
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	fmt.Println("fib(50) =", fib(50), "calls:", calls)

	var funcs []func() string
	for i, w := range []string{"a", "b", "c"} {
		funcs = append(funcs, func() string { return strings.Repeat(w, i+1) })
	}
	for _, fn := range funcs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	shout := compose(strings.TrimSpace, strings.ToUpper)
	exclaim := compose(shout, func(s string) string { return s + "!" })
	fmt.Println(exclaim("  hello there  "))
	wordLen := compose(strings.Fields, func(ws []string) int { return len(ws) })
	fmt.Println("words:", wordLen("one two  three"))

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
		"max": func(a, b int) int { return max(a, b) },
	}
	names := make([]string, 0, len(ops))
	for k := range ops {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Printf("%s(7,3)=%d ", n, ops[n](7, 3))
	}
	fmt.Println()

	counters := []*Counter{{name: "x"}, {name: "y"}, {name: "z"}}
	var incs []func()
	for _, ct := range counters {
		incs = append(incs, ct.Inc)
	}
	for i, fn := range incs {
		for range i + 1 {
			fn()
		}
	}
	fmt.Println(counters[0], counters[1], counters[2])
}
