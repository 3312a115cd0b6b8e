// A generic binary search tree map with range-over-func traversals,
// used as a meeting-room booking calendar keyed by start minute.
package main

import (
	"cmp"
	"fmt"
	"iter"
)

type node[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type TreeMap[K cmp.Ordered, V any] struct {
	root *node[K, V]
	size int
}

func (t *TreeMap[K, V]) Put(k K, v V) (replaced bool) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return true
		}
	}
	*p = &node[K, V]{key: k, val: v}
	t.size++
	return false
}

func (t *TreeMap[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.key); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

// All walks keys in ascending order.
func (t *TreeMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.left) && yield(n.key, n.val) && walk(n.right))
		}
		walk(t.root)
	}
}

// Descending walks keys from largest to smallest.
func (t *TreeMap[K, V]) Descending() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			return n == nil || (walk(n.right) && yield(n.key, n.val) && walk(n.left))
		}
		walk(t.root)
	}
}

// Range yields keys in [lo, hi), pruning subtrees that cannot match.
func (t *TreeMap[K, V]) Range(lo, hi K) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var walk func(n *node[K, V]) bool
		walk = func(n *node[K, V]) bool {
			if n == nil {
				return true
			}
			if n.key > lo && !walk(n.left) {
				return false
			}
			if n.key >= lo && n.key < hi && !yield(n.key, n.val) {
				return false
			}
			if n.key < hi {
				return walk(n.right)
			}
			return true
		}
		walk(t.root)
	}
}

// Floor returns the greatest key <= k.
func (t *TreeMap[K, V]) Floor(k K) (K, V, bool) {
	var best *node[K, V]
	for n := t.root; n != nil; {
		if n.key <= k {
			best, n = n, n.right
		} else {
			n = n.left
		}
	}
	if best == nil {
		var zk K
		var zv V
		return zk, zv, false
	}
	return best.key, best.val, true
}

func (t *TreeMap[K, V]) Height() int {
	var h func(*node[K, V]) int
	h = func(n *node[K, V]) int {
		if n == nil {
			return 0
		}
		return 1 + max(h(n.left), h(n.right))
	}
	return h(t.root)
}

type Booking struct {
	Who      string
	Duration int // minutes
}

func hm(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }

func main() {
	cal := &TreeMap[int, Booking]{}
	add := func(h, m int, who string, dur int) {
		start := h*60 + m
		if k, b, ok := cal.Floor(start + dur - 1); ok && k+b.Duration > start {
			fmt.Printf("REJECT %s %s-%s: clashes with %s at %s\n", who, hm(start), hm(start+dur), b.Who, hm(k))
			return
		}
		cal.Put(start, Booking{who, dur})
	}
	add(10, 0, "standup", 15)
	add(9, 0, "planning", 60)
	add(13, 30, "design review", 45)
	add(11, 0, "1:1 Ana", 30)
	add(9, 30, "interview", 45)
	add(16, 0, "retro", 60)
	add(12, 0, "lunch talk", 60)
	add(14, 0, "vendor call", 30)
	add(15, 0, "focus", 45)
	add(10, 15, "coffee", 15)

	fmt.Printf("\n%d bookings, tree height %d\n", cal.size, cal.Height())
	for start, b := range cal.All() {
		fmt.Printf("  %s-%s %s\n", hm(start), hm(start+b.Duration), b.Who)
	}

	fmt.Println("\nafternoon (12:00-15:00):")
	for start, b := range cal.Range(12*60, 15*60) {
		fmt.Printf("  %s %s\n", hm(start), b.Who)
	}

	fmt.Println("\nlast two meetings of the day:")
	n := 0
	for start, b := range cal.Descending() {
		fmt.Printf("  %s %s\n", hm(start), b.Who)
		if n++; n == 2 {
			break
		}
	}

	// Find free gaps of at least 30 minutes between 09:00 and 17:00.
	fmt.Println("\nfree slots >= 30 min:")
	cursor := 9 * 60
	for start, b := range cal.All() {
		if start-cursor >= 30 {
			fmt.Printf("  %s-%s (%d min)\n", hm(cursor), hm(start), start-cursor)
		}
		cursor = max(cursor, start+b.Duration)
	}
	if end := 17 * 60; end-cursor >= 30 {
		fmt.Printf("  %s-%s (%d min)\n", hm(cursor), hm(end), end-cursor)
	}

	if k, b, ok := cal.Floor(14*60 + 10); ok {
		fmt.Printf("\nwhat is on at 14:10? %s (started %s)\n", b.Who, hm(k))
	}
	if b, ok := cal.Get(16 * 60); ok {
		fmt.Println("16:00 is", b.Who)
	}
	fmt.Println("rescheduled retro replaced existing:", cal.Put(16*60, Booking{"retro (extended)", 75}))
}
