package main

import "fmt"

type counter struct {
	name string
	n    int
}

func makeCounter(start int) (func() int, func()) {
	c := start
	inc := func() int {
		c++
		return c
	}
	reset := func() { c = start }
	return inc, reset
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	inc, reset := makeCounter(10)
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println("after reset:", inc())

	f := fibGen()
	var fibs []int
	for range 10 {
		fibs = append(fibs, f())
	}
	fmt.Println("fibs:", fibs)

	// Go 1.22 per-iteration loop variables
	var funcs []func() int
	for i := 0; i < 4; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for idx, fn := range funcs {
		fmt.Printf("funcs[%d]() = %d\n", idx, fn())
	}

	// shared variable captured by all closures
	shared := 0
	var adders []func()
	for _, d := range []int{1, 2, 3} {
		adders = append(adders, func() { shared += d })
	}
	for _, a := range adders {
		a()
		a()
	}
	fmt.Println("shared:", shared)

	// closure over struct via pointer
	cs := []*counter{{name: "a"}, {name: "b"}}
	bumpers := map[string]func(int){}
	for _, c := range cs {
		bumpers[c.name] = func(k int) { c.n += k }
	}
	bumpers["a"](5)
	bumpers["b"](7)
	bumpers["a"](1)
	for _, c := range cs {
		fmt.Printf("%+v\n", *c)
	}

	// range over int with closure slice
	ops := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x - 3 },
	}
	v := 5
	for _, op := range ops {
		v = op(v)
	}
	fmt.Println("pipeline:", v)
}
