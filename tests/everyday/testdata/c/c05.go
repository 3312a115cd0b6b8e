// An insertion-ordered map that marshals to JSON preserving key order.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
)

type OrderedMap[K comparable, V any] struct {
	keys  []K
	index map[K]int
	vals  map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}, vals: map[K]V{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.index[k] = len(m.keys)
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	v, ok := m.vals[k]
	return v, ok
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	i, ok := m.index[k]
	if !ok {
		return false
	}
	m.keys = slices.Delete(m.keys, i, i+1)
	for j := i; j < len(m.keys); j++ {
		m.index[m.keys[j]] = j
	}
	delete(m.index, k)
	delete(m.vals, k)
	return true
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range m.keys {
			if !yield(k, m.vals[k]) {
				return
			}
		}
	}
}

func (m *OrderedMap[K, V]) Keys() iter.Seq[K] { return slices.Values(m.keys) }

// MarshalJSON only makes sense for string keys, so we check at runtime.
func (m *OrderedMap[K, V]) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	i := 0
	for k, v := range m.All() {
		ks, ok := any(k).(string)
		if !ok {
			return nil, fmt.Errorf("ordered map: key %v is not a string", k)
		}
		if i > 0 {
			buf.WriteByte(',')
		}
		kb, _ := json.Marshal(ks)
		vb, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		buf.Write(kb)
		buf.WriteByte(':')
		buf.Write(vb)
		i++
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

type Header struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func main() {
	manifest := NewOrderedMap[string, any]()
	manifest.Set("name", "inventory-service")
	manifest.Set("version", "2.4.1")
	manifest.Set("replicas", 3)
	manifest.Set("ports", []int{8080, 9090})
	manifest.Set("debug", false)
	manifest.Set("labels", map[string]string{"team": "core", "env": "prod"})

	out, err := json.Marshal(manifest)
	if err != nil {
		fmt.Println("marshal error:", err)
		return
	}
	fmt.Println(string(out))

	manifest.Set("replicas", 5) // update keeps position
	manifest.Delete("debug")
	manifest.Set("owner", "platform")
	var pretty bytes.Buffer
	_ = json.Indent(&pretty, must(json.Marshal(manifest)), "", "  ")
	fmt.Println(pretty.String())

	fmt.Println("keys in order:", slices.Collect(manifest.Keys()))
	if v, ok := manifest.Get("replicas"); ok {
		fmt.Printf("replicas = %v (%T)\n", v, v)
	}
	fmt.Println("delete missing:", manifest.Delete("nope"))

	// Headers keep the order they were added, like HTTP on the wire.
	hdrs := NewOrderedMap[string, Header]()
	for i, h := range []Header{
		{"Host", "example.internal"},
		{"Accept", "application/json"},
		{"X-Request-Id", "req-0042"},
		{"Accept", "text/plain"},
	} {
		hdrs.Set(h.Name, h)
		fmt.Printf("step %d: %d header(s)\n", i+1, hdrs.Len())
	}
	for k, h := range hdrs.All() {
		fmt.Printf("  %-13s -> %s\n", k, h.Value)
	}
	fmt.Println(string(must(json.Marshal(hdrs))))

	// Non-string keys are rejected on marshal.
	counts := NewOrderedMap[int, string]()
	counts.Set(7, "seven")
	_, err = json.Marshal(counts)
	fmt.Println("int keys:", err)

	// Early termination of the iterator.
	for k := range manifest.All() {
		if k == "replicas" {
			fmt.Println("stopped at", k)
			break
		}
		fmt.Println("visiting", k)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
