package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int)     { c.n += k }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Vec struct{ X, Y float64 }

func (v Vec) Len() float64        { return math.Hypot(v.X, v.Y) }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }

type Handler func(string) string

func Logging(prefix string) func(Handler) Handler {
	return func(next Handler) Handler { return func(s string) string { return prefix + "(" + next(s) + ")" } }
}

func Chain(h Handler, mws ...func(Handler) Handler) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

type Server struct {
	host string
	port int
	tls  bool
	tags []string
}

type Option func(*Server)

func WithPort(p int) Option       { return func(s *Server) { s.port = p } }
func WithTLS() Option             { return func(s *Server) { s.tls = true } }
func WithTags(t ...string) Option { return func(s *Server) { s.tags = append(s.tags, t...) } }

func NewServer(host string, opts ...Option) *Server {
	s := &Server{host: host, port: 80}
	for _, o := range opts {
		o(s)
	}
	return s
}

func divmod(a, b int) (q, r int) { q, r = a/b, a%b; return }

func main() {
	c := &Counter{name: "hits"}
	inc, add := c.Inc, c.Add
	for range 3 {
		inc()
	}
	add(10)
	fmt.Println(c)
	incExpr, strExpr := (*Counter).Inc, Counter.String
	incExpr(c)
	fmt.Println(strExpr(*c))
	lenFn, scale := Vec.Len, Vec{3, 4}.Scale
	fmt.Println(lenFn(Vec{3, 4}), scale(2), lenFn(scale(0.5)))
	ops := map[string]func(float64, float64) float64{
		"+":   func(a, b float64) float64 { return a + b },
		"-":   func(a, b float64) float64 { return a - b },
		"max": math.Max, "pow": math.Pow, "hyp": math.Hypot,
	}
	for _, n := range slices.Sorted(maps.Keys(ops)) {
		fmt.Printf("%s(6,2)=%g ", n, ops[n](6, 2))
	}
	fmt.Println()
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * i })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	makeAcc := func() (func(int) int, func() int) {
		total := 0
		return func(x int) int { total += x; return total }, func() int { return total }
	}
	accAdd, accGet := makeAcc()
	accAdd(5)
	fmt.Println("acc:", accAdd(7), accGet())
	h := Chain(strings.ToUpper, Logging("A"), Logging("B"), func(next Handler) Handler {
		return func(s string) string { return next(strings.TrimSpace(s)) + "!" }
	})
	fmt.Println(h("  hello  "))
	s := NewServer("example.com", WithPort(8443), WithTLS(), WithTags([]string{"prod", "eu"}...), WithTags("v2"))
	fmt.Printf("%+v\n", *s)
	fmt.Printf("%+v\n", *NewServer("localhost"))
	q, r := divmod(17, 5)
	fmt.Println(q, r, WithTags() != nil)
	fmt.Println(divmod(-17, 5))
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			defer func() { a, b = b, a+b }()
			return a
		}
	}()
	for range 10 {
		fmt.Print(fib(), ",")
	}
	fmt.Println()
	fmt.Printf("%T | %T | %T\n", incExpr, lenFn, Chain)
}
