// q03: insertion-ordered map with iter.Seq2 iteration, used to build HTTP-like headers.
package main

import (
	"fmt"
	"iter"
	"strings"
)

// OrderedMap remembers the order in which keys were first inserted.
type OrderedMap[K comparable, V any] struct {
	index map[K]int
	keys  []K
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

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
	delete(m.index, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

// All yields key/value pairs in insertion order.
func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i, k := range m.keys {
			if !yield(k, m.vals[i]) {
				return
			}
		}
	}
}

// Keys yields keys in insertion order.
func (m *OrderedMap[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for _, k := range m.keys {
			if !yield(k) {
				return
			}
		}
	}
}

type Header struct {
	*OrderedMap[string, []string]
}

func (h Header) Add(k, v string) {
	k = canonical(k)
	cur, _ := h.Get(k)
	h.Set(k, append(cur, v))
}

func canonical(k string) string {
	parts := strings.Split(strings.ToLower(k), "-")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, "-")
}

func main() {
	h := Header{NewOrderedMap[string, []string]()}
	raw := []string{
		"content-type: application/json",
		"X-REQUEST-ID: 7f3a",
		"accept: text/html",
		"Accept: application/xml",
		"cache-control: no-cache",
		"x-forwarded-for: 10.0.0.1",
		"X-Forwarded-For: 10.0.0.2",
	}
	for _, line := range raw {
		k, v, _ := strings.Cut(line, ":")
		h.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	fmt.Println("headers in insertion order:")
	for k, vs := range h.All() {
		fmt.Printf("  %-16s %s\n", k+":", strings.Join(vs, ", "))
	}
	fmt.Println("deleted Cache-Control:", h.Delete("Cache-Control"))
	fmt.Println("deleted Missing:", h.Delete("Missing"))
	h.Set("Content-Type", []string{"text/plain"})
	fmt.Println("after update/delete:")
	for k, vs := range h.All() {
		fmt.Printf("  %-16s %v\n", k+":", vs)
	}
	fmt.Print("keys:")
	for k := range h.Keys() {
		fmt.Print(" ", k)
	}
	fmt.Println()
	// Early break works because All honours yield's return value.
	n := 0
	for k := range h.All() {
		n++
		fmt.Println("first key only:", k)
		break
	}
	fmt.Println("iterated:", n, "of", h.Len())
	v, ok := h.Get("X-Request-Id")
	fmt.Println("request id:", v, ok)
}
