// ag06: skip list ordered map with a deterministic level generator and iter.Seq2 iterators.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

const maxLevel = 8

type node[K cmp.Ordered, V any] struct {
	key  K
	val  V
	next [maxLevel]*node[K, V]
}

type SkipList[K cmp.Ordered, V any] struct {
	head  node[K, V]
	level int
	size  int
	seed  uint32
}

func NewSkipList[K cmp.Ordered, V any](seed uint32) *SkipList[K, V] {
	return &SkipList[K, V]{level: 1, seed: seed}
}

func (s *SkipList[K, V]) randLevel() int {
	lvl := 1
	for lvl < maxLevel {
		s.seed = s.seed*1664525 + 1013904223
		if s.seed>>30 != 0 { // continue with probability 1/4
			break
		}
		lvl++
	}
	return lvl
}

func (s *SkipList[K, V]) Set(k K, v V) {
	var update [maxLevel]*node[K, V]
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	if n := x.next[0]; n != nil && n.key == k {
		n.val = v
		return
	}
	lvl := s.randLevel()
	for i := s.level; i < lvl; i++ {
		update[i] = &s.head
	}
	if lvl > s.level {
		s.level = lvl
	}
	n := &node[K, V]{key: k, val: v}
	for i := 0; i < lvl; i++ {
		n.next[i] = update[i].next[i]
		update[i].next[i] = n
	}
	s.size++
}

func (s *SkipList[K, V]) Get(k K) (V, bool) {
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
	}
	if n := x.next[0]; n != nil && n.key == k {
		return n.val, true
	}
	var zero V
	return zero, false
}

func (s *SkipList[K, V]) Delete(k K) bool {
	var update [maxLevel]*node[K, V]
	x := &s.head
	for i := s.level - 1; i >= 0; i-- {
		for x.next[i] != nil && x.next[i].key < k {
			x = x.next[i]
		}
		update[i] = x
	}
	n := x.next[0]
	if n == nil || n.key != k {
		return false
	}
	for i := 0; i < s.level; i++ {
		if update[i].next[i] == n {
			update[i].next[i] = n.next[i]
		}
	}
	for s.level > 1 && s.head.next[s.level-1] == nil {
		s.level--
	}
	s.size--
	return true
}

func (s *SkipList[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for n := s.head.next[0]; n != nil; n = n.next[0] {
			if !yield(n.key, n.val) {
				return
			}
		}
	}
}

// Range yields entries with lo <= key < hi.
func (s *SkipList[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		x := &s.head
		for i := s.level - 1; i >= 0; i-- {
			for x.next[i] != nil && x.next[i].key < lo {
				x = x.next[i]
			}
		}
		for n := x.next[0]; n != nil && n.key < hi; n = n.next[0] {
			if !yield(n.key, n.val) {
				return
			}
		}
	}
}

func main() {
	sl := NewSkipList[string, int](42)
	words := []string{"kiwi", "apple", "mango", "banana", "cherry", "date", "fig", "grape", "lemon", "apple"}
	for i, w := range words {
		sl.Set(w, i)
	}
	fmt.Println("size:", sl.size, "levels:", sl.level)
	for k, v := range sl.All() {
		fmt.Printf("  %-7s %d\n", k, v)
	}
	for _, k := range []string{"fig", "pear", "apple"} {
		v, ok := sl.Get(k)
		fmt.Printf("get %-6s -> %d %v\n", k, v, ok)
	}
	fmt.Print("range [c, h): ")
	for k := range sl.Range("c", "h") {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println("delete banana:", sl.Delete("banana"), "delete pear:", sl.Delete("pear"))
	n := 0
	for k, v := range sl.All() {
		if n == 4 {
			break
		}
		fmt.Printf("first[%d] %s=%d\n", n, k, v)
		n++
	}

	scores := NewSkipList[int, string](7)
	for i := 0; i < 30; i++ {
		scores.Set((i*37)%101, fmt.Sprintf("p%02d", i))
	}
	fmt.Print("scores in [40,70): ")
	for k, v := range scores.Range(40, 70) {
		fmt.Printf("%d:%s ", k, v)
	}
	fmt.Println()
	fmt.Println("scores size:", scores.size)
}
