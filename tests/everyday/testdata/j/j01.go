// Command j01 builds a tiny HTTP-like middleware chain out of closures
// and function values, plus a memoizing wrapper and counter generators.
package main

import (
	"fmt"
	"strings"
)

type Request struct {
	Path string
	User string
}

type Handler func(Request) string

type Middleware func(Handler) Handler

// Chain applies middlewares so that the first one listed is the outermost.
func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(log *[]string) Middleware {
	return func(next Handler) Handler {
		return func(r Request) string {
			*log = append(*log, "enter "+r.Path)
			resp := next(r)
			*log = append(*log, "leave "+r.Path)
			return resp
		}
	}
}

func RequireUser(next Handler) Handler {
	return func(r Request) string {
		if r.User == "" {
			return "403 forbidden"
		}
		return next(r)
	}
}

func Upper(next Handler) Handler {
	return func(r Request) string { return strings.ToUpper(next(r)) }
}

// Counter returns an incrementer and a reader sharing one captured variable.
func Counter(start int) (inc func() int, get func() int) {
	n := start
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

// Memo wraps a func(int) int with a cache; recursion goes through the wrapper.
func Memo(calls *int) func(int) int {
	cache := map[int]int{}
	var fib func(int) int
	fib = func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		*calls++
		r := n
		if n >= 2 {
			r = fib(n-1) + fib(n-2)
		}
		cache[n] = r
		return r
	}
	return fib
}

func main() {
	var log []string
	hello := func(r Request) string { return "200 hello " + r.User + " at " + r.Path }
	h := Chain(hello, Logging(&log), RequireUser, Upper)

	for _, r := range []Request{{"/home", "ana"}, {"/admin", ""}, {"/docs", "bo"}} {
		fmt.Printf("%-7s -> %s\n", r.Path, h(r))
	}
	fmt.Println("log:", strings.Join(log, " | "))

	inc, get := Counter(10)
	inc()
	inc()
	fmt.Println("counter:", get(), inc(), get())

	calls := 0
	fib := Memo(&calls)
	fmt.Println("fib(50) =", fib(50), "computed", calls, "values")
	fmt.Println("fib(30) =", fib(30), "computed", calls, "values (cached)")

	// A table of operations as function values, including a method value.
	var sb strings.Builder
	ops := []struct {
		name string
		fn   func(string) string
	}{
		{"trim", strings.TrimSpace},
		{"title", func(s string) string { return strings.ToUpper(s[:1]) + s[1:] }},
		{"exclaim", func(s string) string { return s + "!" }},
	}
	text := "  gophers unite  "
	for _, op := range ops {
		text = op.fn(text)
		fmt.Fprintf(&sb, "%s=%q ", op.name, text)
	}
	write := sb.WriteString // method value bound to sb
	write("done")
	fmt.Println(sb.String())
}
