package main

import (
	"fmt"
	"sort"
	"strings"
)

func makeCounter(start, step int) (next func() int, reset func()) {
	n := start
	next = func() int {
		cur := n
		n += step
		return cur
	}
	reset = func() { n = start }
	return
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	calls := 0
	return func(x int) int {
		if v, ok := cache[x]; ok {
			return v
		}
		calls++
		v := f(x)
		cache[x] = v
		return v
	}, &calls
}

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for i := len(ms) - 1; i >= 0; i-- {
			s = ms[i](s)
		}
		return s
	}
}

func main() {
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println("<- per-iteration i")

	var printers []func() string
	for _, name := range []string{"ann", "ben", "cy"} {
		printers = append(printers, func() string { return strings.ToUpper(name) })
	}
	for _, p := range printers {
		fmt.Print(p(), " ")
	}
	fmt.Println()

	shared := 0
	var adders []func()
	for i := range 3 {
		adders = append(adders, func() { shared += i + 1 })
	}
	for _, a := range adders {
		a()
		a()
	}
	fmt.Println("shared:", shared)

	next, reset := makeCounter(10, 5)
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	slowSquare := func(x int) int { return x * x }
	fast, calls := memoize(slowSquare)
	total := 0
	for _, x := range []int{3, 4, 3, 3, 5, 4} {
		total += fast(x)
	}
	fmt.Println("total:", total, "calls:", *calls)

	logged := []string{}
	trace := func(tag string) Middleware {
		return func(s string) string {
			logged = append(logged, tag)
			return "<" + tag + ">" + s + "</" + tag + ">"
		}
	}
	h := chain(trace("html"), trace("body"), trace("p"))
	fmt.Println(h("hi"))
	fmt.Println("order:", logged)

	ops := map[string]func(float64, float64) float64{
		"add": func(a, b float64) float64 { return a + b },
		"sub": func(a, b float64) float64 { return a - b },
		"pow": func(a, b float64) float64 {
			r := 1.0
			for range int(b) {
				r *= a
			}
			return r
		},
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s(2,10)=%g ", k, ops[k](2, 10))
	}
	fmt.Println()
	var nilFunc func()
	fmt.Println(nilFunc == nil, ops["mul"] == nil)
}
