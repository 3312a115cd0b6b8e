// Closures: per-iteration loop variables, counters, memoisation, composition, and generators.
package main

import (
	"fmt"
	"strings"
)

func counter() (inc func() int, get func() int) {
	n := 0
	return func() int { n++; return n }, func() int { return n }
}

func memoize[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Middleware func(func(string) string) func(string) string

func chain(h func(string) string, ms ...Middleware) func(string) string {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	// Since Go 1.22 each iteration has its own loop variable.
	var funcs []func() string
	for i, name := range []string{"alpha", "beta", "gamma"} {
		funcs = append(funcs, func() string { return fmt.Sprintf("%d:%s", i, name) })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Deliberately sharing one variable across closures.
	shared := 0
	var adders []func()
	for k := 1; k <= 3; k++ {
		adders = append(adders, func() { shared += k * 10 })
	}
	for _, a := range adders {
		a()
	}
	fmt.Println("shared after adders:", shared)

	inc, get := counter()
	for range 5 {
		inc()
	}
	fmt.Println("counter:", get())

	var slowFib func(int) int
	fastFib, misses := memoize(func(n int) int {
		if n < 2 {
			return n
		}
		return slowFib(n-1) + slowFib(n-2)
	})
	slowFib = fastFib
	fmt.Println("fib(80) =", fastFib(80), "cache misses:", *misses)
	fastFib(50)
	fmt.Println("after fib(50) misses:", *misses)

	square := func(x int) int { return x * x }
	describe := func(x int) string { return fmt.Sprintf("<%d>", x) }
	sq := compose(square, describe)
	fmt.Println("compose:", sq(7), compose(compose(square, square), describe)(3))

	next := fibGen()
	var fibs []string
	for range 12 {
		fibs = append(fibs, fmt.Sprint(next()))
	}
	fmt.Println("generator:", strings.Join(fibs, ","))

	var log []string
	logging := func(tag string) Middleware {
		return func(h func(string) string) func(string) string {
			return func(s string) string {
				log = append(log, tag+">")
				r := h(s)
				log = append(log, "<"+tag)
				return r
			}
		}
	}
	trim := Middleware(func(h func(string) string) func(string) string {
		return func(s string) string { return h(strings.TrimSpace(s)) }
	})
	handler := chain(strings.ToUpper, logging("outer"), trim, logging("inner"))
	fmt.Printf("handler result: %q\n", handler("   hello closures  "))
	fmt.Println("call order:", strings.Join(log, " "))

	// Accumulator table built from closures keyed by operator.
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"*": func(a, b float64) float64 { return a * b },
		"max": func(a, b float64) float64 {
			return max(a, b)
		},
	}
	data := []float64{3, 1.5, 4, 1, 5}
	for _, op := range []string{"+", "*", "max"} {
		acc := data[0]
		for _, v := range data[1:] {
			acc = ops[op](acc, v)
		}
		fmt.Printf("fold %-3s = %g\n", op, acc)
	}
}
