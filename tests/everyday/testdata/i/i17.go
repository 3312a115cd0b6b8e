package main

import (
	"fmt"
	"slices"
	"strings"
)

// JoinStringers works with any type whose values implement fmt.Stringer.
func JoinStringers[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

// Keyed is a constraint requiring both comparability and a Key method.
type Keyed[K comparable] interface {
	comparable
	Key() K
}

func IndexBy[T Keyed[K], K comparable](xs []T) map[K]T {
	m := make(map[K]T, len(xs))
	for _, x := range xs {
		m[x.Key()] = x
	}
	return m
}

// Resetter lets us call pointer methods on T via *T.
type Resetter[T any] interface {
	*T
	Reset()
	fmt.Stringer
}

func FreshCopies[T any, PT Resetter[T]](n int) []string {
	out := make([]string, n)
	for i := range n {
		var v T
		PT(&v).Reset()
		out[i] = PT(&v).String()
	}
	return out
}

type SKU string

type Product struct {
	SKU   SKU
	Title string
	Cents int
}

func (p Product) Key() SKU { return p.SKU }
func (p Product) String() string {
	return fmt.Sprintf("%s(%s $%d.%02d)", p.Title, p.SKU, p.Cents/100, p.Cents%100)
}

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d%7]
}

type Counter struct {
	Name string
	N    int
}

func (c *Counter) Reset()         { c.Name, c.N = "counter", 10 }
func (c *Counter) String() string { return fmt.Sprintf("%s=%d", c.Name, c.N) }

func main() {
	catalog := []Product{
		{"A-100", "Kettle", 2999},
		{"B-220", "Toaster", 4550},
		{"C-031", "Mug", 899},
	}
	fmt.Println(JoinStringers(catalog, "; "))
	days := []Weekday{1, 3, 5, 8}
	fmt.Println("days:", JoinStringers(days, ","))

	idx := IndexBy(catalog)
	for _, k := range []SKU{"C-031", "Z-999", "A-100"} {
		if p, ok := idx[k]; ok {
			fmt.Println("found", k, "->", p)
		} else {
			fmt.Println("missing", k)
		}
	}

	fmt.Println("fresh:", FreshCopies[Counter](3))

	cs := []*Counter{{"hits", 4}, {"errs", 1}}
	fmt.Println("counters:", JoinStringers(cs, " | "))
	for _, c := range cs {
		c.Reset()
	}
	fmt.Println("after reset:", JoinStringers(cs, " | "))

	sorted := slices.Clone(catalog)
	slices.SortFunc(sorted, func(a, b Product) int { return a.Cents - b.Cents })
	fmt.Println("cheapest first:", JoinStringers(sorted, ", "))
	fmt.Printf("%v\n", days)
}
