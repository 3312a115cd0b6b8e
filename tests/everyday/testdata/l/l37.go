package main

import (
	"fmt"
	"iter"
	"strings"
)

// OrderedMap remembers insertion order, like an HTTP header set or JSON object.
type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  []V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}}
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

func (m *OrderedMap[K, V]) Delete(k K) {
	i, ok := m.index[k]
	if !ok {
		return
	}
	m.keys = append(m.keys[:i], m.keys[i+1:]...)
	m.vals = append(m.vals[:i], m.vals[i+1:]...)
	delete(m.index, k)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
}

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

func (m *OrderedMap[K, V]) Backward() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for i := len(m.keys) - 1; i >= 0; i-- {
			if !yield(m.keys[i], m.vals[i]) {
				return
			}
		}
	}
}

func MapValues[K comparable, V, W any](seq iter.Seq2[K, V], f func(V) W) iter.Seq2[K, W] {
	return func(yield func(K, W) bool) {
		for k, v := range seq {
			if !yield(k, f(v)) {
				return
			}
		}
	}
}

func toJSON(m *OrderedMap[string, any]) string {
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for k, v := range m.All() {
		if !first {
			b.WriteByte(',')
		}
		first = false
		fmt.Fprintf(&b, "%q:", k)
		switch v := v.(type) {
		case string:
			fmt.Fprintf(&b, "%q", v)
		case *OrderedMap[string, any]:
			b.WriteString(toJSON(v))
		default:
			fmt.Fprintf(&b, "%v", v)
		}
	}
	b.WriteByte('}')
	return b.String()
}

func main() {
	headers := NewOrderedMap[string, []string]()
	headers.Set("Host", []string{"api.example.com"})
	headers.Set("Accept", []string{"application/json"})
	headers.Set("X-Trace", []string{"abc123"})
	headers.Set("Accept-Encoding", []string{"gzip", "br"})
	headers.Set("Accept", []string{"application/json", "text/plain"})
	headers.Delete("X-Trace")

	for k, v := range MapValues(headers.All(), func(v []string) string { return strings.Join(v, ", ") }) {
		fmt.Printf("%s: %s\n", k, v)
	}
	for k := range headers.Keys() {
		if strings.HasPrefix(k, "Accept") {
			fmt.Println("first Accept* header:", k)
			break
		}
	}
	var rev []string
	for k := range headers.Backward() {
		rev = append(rev, k)
	}
	fmt.Println("reverse:", rev)

	addr := NewOrderedMap[string, any]()
	addr.Set("city", "Berlin")
	addr.Set("zip", "10115")
	doc := NewOrderedMap[string, any]()
	doc.Set("name", "Ada")
	doc.Set("age", 36)
	doc.Set("address", addr)
	doc.Set("admin", true)
	fmt.Println(toJSON(doc))
	if v, ok := doc.Get("age"); ok {
		fmt.Println("age:", v, "keys:", len(doc.keys))
	}
}
