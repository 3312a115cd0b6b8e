// ag34: generic multiset (bag) with counts, most-common, add/subtract and sorted iteration via iter.Seq2.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Bag[T cmp.Ordered] struct {
	counts map[T]int
	total  int
}

func NewBag[T cmp.Ordered](xs ...T) *Bag[T] {
	b := &Bag[T]{counts: map[T]int{}}
	for _, x := range xs {
		b.Add(x, 1)
	}
	return b
}

func (b *Bag[T]) Add(x T, n int) {
	b.counts[x] += n
	b.total += n
	if b.counts[x] <= 0 {
		b.total -= b.counts[x]
		delete(b.counts, x)
	}
}

func (b *Bag[T]) Count(x T) int { return b.counts[x] }
func (b *Bag[T]) Len() int      { return b.total }
func (b *Bag[T]) Distinct() int { return len(b.counts) }

// Sorted yields (element, count) in ascending element order.
func (b *Bag[T]) Sorted() iter.Seq2[T, int] {
	return func(yield func(T, int) bool) {
		for _, k := range slices.Sorted(maps.Keys(b.counts)) {
			if !yield(k, b.counts[k]) {
				return
			}
		}
	}
}

type Entry[T any] struct {
	Item  T
	Count int
}

func (b *Bag[T]) MostCommon(n int) []Entry[T] {
	es := make([]Entry[T], 0, len(b.counts))
	for k, c := range b.Sorted() {
		es = append(es, Entry[T]{k, c})
	}
	slices.SortStableFunc(es, func(x, y Entry[T]) int { return cmp.Compare(y.Count, x.Count) })
	if n < len(es) {
		es = es[:n]
	}
	return es
}

func (b *Bag[T]) Union(o *Bag[T]) *Bag[T] {
	r := NewBag[T]()
	for k, c := range b.counts {
		r.Add(k, c)
	}
	for k, c := range o.counts {
		if c > r.counts[k] {
			r.Add(k, c-r.counts[k])
		}
	}
	return r
}

func (b *Bag[T]) Sub(o *Bag[T]) *Bag[T] {
	r := NewBag[T]()
	for k, c := range b.counts {
		if d := c - o.counts[k]; d > 0 {
			r.Add(k, d)
		}
	}
	return r
}

func (b *Bag[T]) Contains(o *Bag[T]) bool {
	for k, c := range o.counts {
		if b.counts[k] < c {
			return false
		}
	}
	return true
}

func (b *Bag[T]) String() string {
	var parts []string
	for k, c := range b.Sorted() {
		parts = append(parts, fmt.Sprintf("%v:%d", k, c))
	}
	return "{" + strings.Join(parts, " ") + "}"
}

type HTTPStatus int

func main() {
	text := "it was the best of times it was the worst of times it was the age of wisdom"
	words := NewBag(strings.Fields(text)...)
	fmt.Println("words:", words.Len(), "distinct:", words.Distinct())
	for i, e := range words.MostCommon(4) {
		fmt.Printf("  #%d %-5s %d\n", i+1, e.Item, e.Count)
	}
	fmt.Println("count(times):", words.Count("times"), "count(foo):", words.Count("foo"))

	letters := func(s string) *Bag[rune] { return NewBag([]rune(strings.ReplaceAll(s, " ", ""))...) }
	mag := letters("the quick brown fox jumps over the lazy dog")
	for _, note := range []string{"hello world", "dog fox jump", "zzz"} {
		fmt.Printf("can write %-14q from magazine: %v\n", note, mag.Contains(letters(note)))
	}
	fmt.Println("anagram listen/silent:", letters("listen").String() == letters("silent").String())

	inv := NewBag[string]()
	inv.Add("bolt", 40)
	inv.Add("nut", 55)
	inv.Add("washer", 12)
	order := NewBag[string]()
	order.Add("bolt", 15)
	order.Add("washer", 20)
	order.Add("gear", 2)
	fmt.Println("inventory:", inv)
	fmt.Println("after order:", inv.Sub(order))
	fmt.Println("shortfall:", order.Sub(inv))
	fmt.Println("union (max):", inv.Union(order))
	inv.Add("nut", -55)
	fmt.Println("nuts removed:", inv, "total", inv.Len())

	codes := NewBag[HTTPStatus](200, 200, 404, 500, 200, 301, 404, 200, 503, 200)
	for code, n := range codes.Sorted() {
		fmt.Printf("status %d %s\n", code, strings.Repeat("*", n))
	}
}
