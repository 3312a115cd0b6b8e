// ag32: embedding generic types in structs: an audited store built from an embedded Stack[T] and Index[K,V].
package main

import (
	"fmt"
	"slices"
	"strings"
)

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}
func (s *Stack[T]) Depth() int { return len(s.items) }

type Index[K comparable, V any] struct {
	m map[K]V
}

func (ix *Index[K, V]) Put(k K, v V) (old V, existed bool) {
	if ix.m == nil {
		ix.m = map[K]V{}
	}
	old, existed = ix.m[k]
	ix.m[k] = v
	return
}

func (ix *Index[K, V]) Get(k K) (V, bool) { v, ok := ix.m[k]; return v, ok }
func (ix *Index[K, V]) Del(k K)           { delete(ix.m, k) }
func (ix *Index[K, V]) Size() int         { return len(ix.m) }

// change records how to undo one mutation.
type change[K comparable, V any] struct {
	key     K
	old     V
	existed bool
}

// UndoStore embeds both generic types; their methods are promoted.
type UndoStore[K comparable, V any] struct {
	Index[K, V]
	Stack[change[K, V]]
	name string
}

func (u *UndoStore[K, V]) Set(k K, v V) {
	old, existed := u.Put(k, v)
	u.Push(change[K, V]{k, old, existed})
}

func (u *UndoStore[K, V]) Undo() bool {
	c, ok := u.Pop()
	if !ok {
		return false
	}
	if c.existed {
		u.Put(c.key, c.old)
	} else {
		u.Del(c.key)
	}
	return true
}

// Concrete embedding: a named instantiation inside a non-generic struct.
type Document struct {
	Title string
	UndoStore[string, string]
	Tags Index[string, bool]
}

func dump[V any](m map[string]V) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%v", k, m[k]))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

func main() {
	doc := Document{Title: "design.md"}
	doc.name = "doc-fields"
	doc.Set("author", "kim")
	doc.Set("status", "draft")
	doc.Set("status", "review")
	doc.Set("reviewer", "lee")
	fmt.Println(doc.Title, "fields:", dump(doc.m), "undo depth:", doc.Depth())
	for doc.Depth() > 0 {
		doc.Undo()
		fmt.Println("after undo:", dump(doc.m), "size:", doc.Size())
	}
	fmt.Println("undo on empty:", doc.Undo())

	doc.Tags.Put("arch", true)
	doc.Tags.Put("wip", true)
	doc.Tags.Put("wip", false)
	fmt.Println("tags:", dump(doc.Tags.m))
	_, hasArch := doc.Tags.Get("arch")
	fmt.Println("has arch tag:", hasArch, "store name:", doc.name)

	thermo := &UndoStore[string, Celsius]{name: "thermostat"}
	thermo.Set("living", 20.5)
	thermo.Set("bedroom", 18)
	thermo.Set("living", 22)
	thermo.Set("office", 21.25)
	fmt.Println("thermostat:", dump(thermo.m))
	thermo.Undo()
	thermo.Undo()
	fmt.Println("after 2 undos:", dump(thermo.m))
	if v, ok := thermo.Get("living"); ok {
		fmt.Println("living room:", v)
	}

	counts := UndoStore[int, []string]{}
	counts.Set(1, []string{"a"})
	counts.Set(2, []string{"b", "c"})
	counts.Set(1, append([]string(nil), "x", "y", "z"))
	v1, _ := counts.Get(1)
	fmt.Println("slot 1:", v1, "history:", counts.Depth())
	counts.Undo()
	v1, _ = counts.Get(1)
	fmt.Println("slot 1 after undo:", v1)
	fmt.Printf("promoted method value type: %T\n", counts.Depth)
}
