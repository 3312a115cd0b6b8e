package main

import "fmt"

type Counter struct {
	name string
	n    int
}

// Value receiver: operates on a copy.
func (c Counter) IncValue() { c.n++ }

// Pointer receiver: mutates the original.
func (c *Counter) IncPointer() { c.n++ }

func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Incrementer interface{ IncPointer() }

type Stack struct{ items []int }

func (s Stack) PushValue(v int)    { s.items = append(s.items, v) }
func (s *Stack) PushPointer(v int) { s.items = append(s.items, v) }

// Buffer demonstrates that a value receiver still shares the backing array.
type Buffer struct{ data []byte }

func (b Buffer) Upper() {
	for i, c := range b.data {
		if 'a' <= c && c <= 'z' {
			b.data[i] = c - 32
		}
	}
}

type Config struct {
	Retries int
	Tags    map[string]string
}

func (c Config) WithRetries(n int) Config {
	c.Retries = n
	return c
}

func main() {
	c := Counter{name: "hits"}
	c.IncValue()
	c.IncValue()
	fmt.Println("after 2x IncValue:  ", c)
	c.IncPointer() // addressable variable: Go takes &c automatically
	c.IncPointer()
	fmt.Println("after 2x IncPointer:", c)

	var inc Incrementer = &c
	inc.IncPointer()
	fmt.Println("via interface:      ", c)
	// var bad Incrementer = c  // compile error: IncPointer has pointer receiver

	counters := []Counter{{"a", 0}, {"b", 0}}
	for _, ct := range counters {
		ct.IncPointer() // increments the loop copy
	}
	fmt.Println("range copy:", counters)
	for i := range counters {
		counters[i].IncPointer()
	}
	fmt.Println("range index:", counters)

	m := map[string]Counter{"x": {"x", 1}}
	tmp := m["x"] // map elements are not addressable
	tmp.IncPointer()
	m["x"] = tmp
	fmt.Println("map update:", m["x"])

	var s Stack
	s.PushValue(1)
	s.PushPointer(2)
	s.PushValue(3)
	s.PushPointer(4)
	fmt.Println("stack:", s.items)

	b := Buffer{data: []byte("hello")}
	b.Upper()
	fmt.Println("buffer:", string(b.data))

	base := Config{Retries: 1, Tags: map[string]string{"env": "dev"}}
	derived := base.WithRetries(5)
	derived.Tags["env"] = "prod" // maps are shared between copies
	fmt.Printf("base=%+v derived=%+v\n", base, derived)

	ptrs := []*Counter{{"p", 0}, {"q", 10}}
	for _, p := range ptrs {
		p.IncPointer()
		p.IncValue()
	}
	fmt.Println("pointer slice:", *ptrs[0], *ptrs[1])
	fmt.Printf("%v %s %+v\n", ptrs[0], &c, Counter{"z", 9})
}
