package main

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Server struct {
	host    string
	port    int
	retries int
	tags    []string
}

type Option func(*Server)

func WithPort(p int) Option       { return func(s *Server) { s.port = p } }
func WithRetries(n int) Option    { return func(s *Server) { s.retries = n } }
func WithTags(t ...string) Option { return func(s *Server) { s.tags = append(s.tags, t...) } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80, retries: 3}
	for _, o := range opts {
		o(s)
	}
	return s
}

// tiny stack-based DSL: "push 3", "add", "mul", "dup", "swap", "print"
func run(program string) ([]int, []string) {
	var st []int
	var out []string
	pop := func() int {
		v := st[len(st)-1]
		st = st[:len(st)-1]
		return v
	}
	binop := func(f func(a, b int) int) func() {
		return func() { b, a := pop(), pop(); st = append(st, f(a, b)) }
	}
	ops := map[string]func(){
		"add":   binop(func(a, b int) int { return a + b }),
		"sub":   binop(func(a, b int) int { return a - b }),
		"mul":   binop(func(a, b int) int { return a * b }),
		"dup":   func() { st = append(st, st[len(st)-1]) },
		"swap":  func() { n := len(st); st[n-1], st[n-2] = st[n-2], st[n-1] },
		"print": func() { out = append(out, strconv.Itoa(st[len(st)-1])) },
	}
	for _, line := range strings.Split(program, ";") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		if f[0] == "push" {
			n, _ := strconv.Atoi(f[1])
			st = append(st, n)
		} else if op, ok := ops[f[0]]; ok {
			op()
		} else {
			out = append(out, "unknown:"+f[0])
		}
	}
	return st, out
}

func counter(start int) (func() int, func()) {
	n := start
	return func() int { n++; return n }, func() { n = start }
}

func multiplier(k int) func(int) func() int {
	return func(x int) func() int {
		return func() int { return k * x }
	}
}

func main() {
	s := NewServer("example.org", WithPort(8443), WithTags("a", "b"), WithRetries(0), WithTags("c"))
	fmt.Printf("%+v\n", *s)
	fmt.Printf("%+v\n", *NewServer("localhost"))

	st, out := run("push 3; push 4; add; dup; mul; print; push 10; swap; sub; print; frob; push 2")
	fmt.Println(st, out)

	next, reset := counter(10)
	fmt.Print(next(), next(), next(), " ")
	reset()
	fmt.Println(next())
	fmt.Println(multiplier(3)(7)(), multiplier(-2)(5)())

	xs := []int{3, 3, 1, 1, 1, 4, 5, 5, 9, 2, 6, 6}
	xs = slices.Compact(xs)
	fmt.Println("compact:", xs, len(xs))
	xs = slices.Insert(xs, 2, 100, 200)
	fmt.Println("insert:", xs)
	xs = slices.Delete(xs, 0, 2)
	fmt.Println("delete:", xs)
	slices.Reverse(xs)
	fmt.Println("reverse:", xs, "max:", slices.Max(xs), "min:", slices.Min(xs), "idx9:", slices.Index(xs, 9))
	fmt.Println(slices.Equal(xs, slices.Clone(xs)), slices.Repeat([]string{"ab"}, 3), slices.ContainsFunc(xs, func(v int) bool { return v > 150 }))

	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), min(3, 1, 2), max(2.5, 1), min("b", "a"))
	clear(m)
	fmt.Println(len(m), m)
	arr := []int{1, 2, 3}
	clear(arr)
	fmt.Println(arr, len(arr))
	for i := range 3 {
		fmt.Print(i*i, ",")
	}
	var n8 int8 = 3
	for i := range n8 {
		fmt.Printf(" %T:%d", i, i)
	}
	fmt.Println()
}
