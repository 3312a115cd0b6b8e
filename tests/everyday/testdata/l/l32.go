package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

// Cache is a generic size-bounded cache with pluggable eviction and a loader.
type Policy[K comparable] interface {
	Touch(k K)
	Add(k K)
	Remove(k K)
	Victim() K
}

// fifo evicts in insertion order, ignoring access.
type fifo[K comparable] struct{ order []K }

func (f *fifo[K]) Touch(K)   {}
func (f *fifo[K]) Add(k K)   { f.order = append(f.order, k) }
func (f *fifo[K]) Victim() K { return f.order[0] }
func (f *fifo[K]) Remove(k K) {
	for i, x := range f.order {
		if x == k {
			f.order = append(f.order[:i], f.order[i+1:]...)
			return
		}
	}
}

// lfu evicts the least frequently used key, oldest first on ties.
type lfu[K comparable] struct {
	freq  map[K]int
	order []K
}

func (l *lfu[K]) Touch(k K) { l.freq[k]++ }
func (l *lfu[K]) Add(k K)   { l.freq[k] = 1; l.order = append(l.order, k) }
func (l *lfu[K]) Remove(k K) {
	delete(l.freq, k)
	for i, x := range l.order {
		if x == k {
			l.order = append(l.order[:i], l.order[i+1:]...)
			return
		}
	}
}
func (l *lfu[K]) Victim() K {
	best := l.order[0]
	for _, k := range l.order[1:] {
		if l.freq[k] < l.freq[best] {
			best = k
		}
	}
	return best
}

type Stats struct{ Hits, Misses, Loads, Evictions int }

type Cache[K comparable, V any] struct {
	max    int
	data   map[K]V
	policy Policy[K]
	load   func(K) (V, error)
	Stats
}

func New[K comparable, V any](max int, p Policy[K], load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{max: max, data: make(map[K]V), policy: p, load: load}
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	if v, ok := c.data[k]; ok {
		c.Hits++
		c.policy.Touch(k)
		return v, nil
	}
	c.Misses++
	v, err := c.load(k)
	if err != nil {
		return v, fmt.Errorf("load %v: %w", k, err)
	}
	c.Loads++
	if len(c.data) >= c.max {
		victim := c.policy.Victim()
		c.policy.Remove(victim)
		delete(c.data, victim)
		c.Evictions++
	}
	c.data[k] = v
	c.policy.Add(k)
	return v, nil
}

func main() {
	dbReads := 0
	loader := func(id int) (string, error) {
		dbReads++
		if id < 0 {
			return "", fmt.Errorf("invalid id %d", id)
		}
		return fmt.Sprintf("user-%03d", id), nil
	}
	pattern := []int{1, 2, 3, 1, 4, 1, 5, 1, 6, 1, 2, -1, 1, 3}

	policies := []struct {
		name string
		p    Policy[int]
	}{
		{"fifo", &fifo[int]{}},
		{"lfu", &lfu[int]{freq: map[int]int{}}},
	}
	for _, pol := range policies {
		dbReads = 0
		c := New(3, pol.p, loader)
		var trace []string
		for _, id := range pattern {
			v, err := c.Get(id)
			if err != nil {
				trace = append(trace, "ERR")
				continue
			}
			trace = append(trace, strings.TrimPrefix(v, "user-"))
		}
		fmt.Printf("%-4s %s\n", pol.name, strings.Join(trace, " "))
		fmt.Printf("     %+v dbReads=%d\n", c.Stats, dbReads)
		fmt.Printf("     resident=%v\n", slices.Sorted(maps.Keys(c.data)))
	}
}
