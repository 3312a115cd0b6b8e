package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
	"strings"
)

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) Append(vs ...T) *List[T] {
	for _, v := range vs {
		n := &node[T]{val: v}
		if l.tail == nil {
			l.head, l.tail = n, n
		} else {
			l.tail.next = n
			l.tail = n
		}
		l.size++
	}
	return l
}

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Values() iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, v := range l.All() {
			if !yield(v) {
				return
			}
		}
	}
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
	limit int
}

func NewCache[K comparable, V any](limit int) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
		if len(c.order) > c.limit {
			delete(c.data, c.order[0])
			c.order = c.order[1:]
		}
	}
	c.data[k] = v
}

func (c *Cache[K, V]) GetOr(k K, def V) V {
	if v, ok := c.data[k]; ok {
		return v
	}
	return def
}

func MaxBy[T any, K cmp.Ordered](seq iter.Seq[T], key func(T) K) (best T, ok bool) {
	var bestK K
	for v := range seq {
		if k := key(v); !ok || k > bestK {
			best, bestK, ok = v, k, true
		}
	}
	return
}

func main() {
	l := &List[string]{}
	l.Append("kafka", "spark", "flink").Append("beam")
	for i, v := range l.All() {
		fmt.Printf("%d:%s ", i, v)
		if i == 2 {
			break
		}
	}
	fmt.Println("size", l.size)
	fmt.Println(strings.Join(slices.Collect(l.Values()), ","), l.tail.val)
	longest, ok := MaxBy(l.Values(), func(s string) int { return len(s) })
	fmt.Println("longest:", longest, ok)
	_, ok = MaxBy((&List[int]{}).Values(), func(n int) int { return n })
	fmt.Println("empty ok:", ok)

	type Score float64
	nums := (&List[Score]{}).Append(1.5, 4, 2.5)
	best, _ := MaxBy(nums.Values(), func(s Score) Score { return -s })
	fmt.Printf("min via MaxBy: %v %T\n", best, best)

	c := NewCache[string, []int](2)
	c.Put("a", []int{1})
	c.Put("b", []int{2, 2})
	c.Put("a", []int{1, 1, 1})
	c.Put("c", []int{3})
	for _, k := range []string{"a", "b", "c"} {
		fmt.Printf("%s=%v ", k, c.GetOr(k, nil))
	}
	fmt.Println(c.order)

	pc := NewCache[[2]int, string](10)
	pc.Put([2]int{0, 0}, "origin")
	fmt.Printf("%q %q %T\n", pc.GetOr([2]int{0, 0}, "?"), pc.GetOr([2]int{1, 0}, "?"), pc)
}
