package main

import (
	"fmt"
	"iter"
	"strings"
)

// OrderedMap preserves insertion order of keys.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  []V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: make(map[K]int)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.vals[i] = v
		return
	}
	m.index[k] = len(m.keys)
	m.keys = append(m.keys, k)
	m.vals = append(m.vals, v)
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	if i, ok := m.index[k]; ok {
		return m.vals[i], true
	}
	var zero V
	return zero, false
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i, k := range m.keys {
			if !yield(k, m.vals[i]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	first := true
	for k, v := range m.All() {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		fmt.Fprintf(&sb, "%v: %v", k, v)
	}
	sb.WriteString("}")
	return sb.String()
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	temps := NewOrderedMap[string, Celsius]()
	temps.Set("Oslo", 4.5)
	temps.Set("Cairo", 31.2)
	temps.Set("Lima", 18.0)
	temps.Set("Oslo", 5.25)
	temps.Set("Perth", 22.75)

	fmt.Println("len:", temps.Len())
	fmt.Println("map:", temps)

	if v, ok := temps.Get("Cairo"); ok {
		fmt.Println("Cairo is", v)
	}
	if _, ok := temps.Get("Paris"); !ok {
		fmt.Println("Paris missing")
	}

	fmt.Print("first two keys:")
	n := 0
	for k := range temps.Keys() {
		if n == 2 {
			break
		}
		fmt.Print(" ", k)
		n++
	}
	fmt.Println()

	var warm []string
	for city, t := range temps.All() {
		if t > 15 {
			warm = append(warm, city)
		}
	}
	fmt.Println("warm cities:", strings.Join(warm, ","))

	counts := NewOrderedMap[rune, int]()
	for _, r := range "mississippi" {
		c, _ := counts.Get(r)
		counts.Set(r, c+1)
	}
	for r, c := range counts.All() {
		fmt.Printf("%c=%d ", r, c)
	}
	fmt.Println()
}
