package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()            { c.n++ }
func (c *Counter) Add(d int)       { c.n += d }
func (c Counter) Value() int       { return c.n }
func (c Counter) Describe() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Temp float64

func (t Temp) F() float64           { return float64(t)*9/5 + 32 }
func (t Temp) Scale(k float64) Temp { return Temp(float64(t) * k) }

func apply(n int, f func()) {
	for range n {
		f()
	}
}

func main() {
	a := &Counter{name: "a"}
	b := &Counter{name: "b"}

	// Method values: receiver bound at evaluation time.
	incA := a.Inc
	addB := b.Add
	apply(3, incA)
	addB(10)
	addB(5)
	fmt.Println("after method values:", a.Describe(), b.Describe())

	// A value-receiver method value copies the receiver now.
	snap := a.Describe
	a.Add(100)
	fmt.Println("snapshot describe:", snap(), "live:", a.Describe())

	// Method expressions: receiver becomes the first parameter.
	inc := (*Counter).Inc
	add := (*Counter).Add
	val := Counter.Value
	desc := (*Counter).Describe // value method through pointer type
	inc(b)
	add(b, 4)
	fmt.Println("method exprs:", val(*b), desc(b))
	fmt.Printf("types: %T | %T | %T\n", inc, add, val)

	// Table of method expressions used as operations.
	ops := []struct {
		name string
		fn   func(*Counter, int)
	}{
		{"add", (*Counter).Add},
		{"double", func(c *Counter, _ int) { c.Add(c.Value()) }},
		{"reset", func(c *Counter, _ int) { c.n = 0 }},
	}
	c := &Counter{name: "c"}
	for i, op := range ops {
		for _, arg := range []int{2, 3} {
			op.fn(c, arg)
			fmt.Printf("  op%d %-6s(%d) -> %s\n", i, op.name, arg, c.Describe())
		}
	}

	// Method values over a slice of receivers.
	counters := []*Counter{{name: "x"}, {name: "y"}, {name: "z"}}
	var incs []func()
	for _, ctr := range counters {
		incs = append(incs, ctr.Inc)
	}
	for i, f := range incs {
		apply(i+1, f)
	}
	parts := []string{}
	for _, ctr := range counters {
		parts = append(parts, ctr.Describe())
	}
	fmt.Println("slice of bound incs:", strings.Join(parts, " "))

	// Method expressions on a named non-struct type.
	conv := Temp.F
	scale := Temp.Scale
	for _, t := range []Temp{-40, 0, 37, 100} {
		fmt.Printf("  %6.1fC = %6.1fF, half=%v\n", float64(t), conv(t), scale(t, 0.5))
	}
	// Method value from interface.
	var d interface{ Describe() string } = *a
	dv := d.Describe
	a.Inc()
	fmt.Println("interface method value keeps copy:", dv(), "vs", a.Describe())
}
