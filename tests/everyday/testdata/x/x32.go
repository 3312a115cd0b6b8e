package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()                 { c.n++ }
func (c *Counter) Add(k int)            { c.n += k }
func (c Counter) Get() int              { return c.n }
func (c Counter) Label(p string) string { return p + c.name }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return "[" + f(s) + "]" }

type Middleware func(HandlerFunc) HandlerFunc

func chain(h HandlerFunc, ms ...Middleware) HandlerFunc {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func main() {
	// Go 1.22: each iteration gets a fresh variable
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, s := range []string{"x", "y"} {
		funcs = append(funcs, func() int { return len(s) + 100 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// shared variable captured on purpose
	total := 0
	adders := make([]func(), 0)
	for i := range 4 {
		adders = append(adders, func() { total += i })
	}
	for _, a := range adders {
		a()
	}
	fmt.Println("total:", total)

	// defer ordering in a loop
	func() {
		for i := range 3 {
			defer fmt.Println("deferred", i)
		}
		x := 1
		defer fmt.Println("x at defer time:", x)
		x = 2
		defer func() { fmt.Println("x in closure:", x) }()
		x = 3
	}()

	// method values stored in a map
	c := &Counter{name: "clicks"}
	ops := map[string]func(){
		"inc":   c.Inc,
		"add5":  func() { c.Add(5) },
		"reset": func() { *c = Counter{name: c.name} },
	}
	get := c.Get // bound now: copies *c
	for _, op := range []string{"inc", "inc", "add5", "reset", "inc", "add5"} {
		ops[op]()
	}
	fmt.Println("counter:", c.Get(), "stale method value:", get())

	// method expressions
	inc := (*Counter).Inc
	label := Counter.Label
	c2 := Counter{name: "views"}
	inc(&c2)
	inc(&c2)
	fmt.Println(label(c2, "#"), Counter.Get(c2), fmt.Sprintf("%T", label))

	// function types with methods and middleware
	upper := func(next HandlerFunc) HandlerFunc {
		return func(s string) string { return strings.ToUpper(next(s)) }
	}
	exclaim := func(next HandlerFunc) HandlerFunc {
		return func(s string) string { return next(s + "!") }
	}
	h := chain(func(s string) string { return "hello " + s }, upper, exclaim)
	fmt.Println(h("world"), h.Handle("go"))

	dispatch := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"*": func(a, b float64) float64 { return a * b },
		"-": func(a, b float64) float64 { return a - b },
	}
	keys := make([]string, 0)
	for k := range dispatch {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("6 %s 4 = %g\n", k, dispatch[k](6, 4))
	}
}
