package main

import (
	"cmp"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// BiMap is a one-to-one mapping that can be queried in both directions.
type BiMap[K, V comparable] struct {
	fwd map[K]V
	rev map[V]K
}

// Generic type aliases (Go 1.24+) give short names to instantiations.
type (
	Lookup[V any]            = map[string]V
	CodeMap                  = BiMap[string, int]
	Inverse[K, V comparable] = BiMap[V, K]
)

var ErrConflict = errors.New("bimap: value already mapped")

func NewBiMap[K, V comparable]() *BiMap[K, V] {
	return &BiMap[K, V]{fwd: map[K]V{}, rev: map[V]K{}}
}

func (b *BiMap[K, V]) Put(k K, v V) error {
	if old, ok := b.rev[v]; ok && old != k {
		return fmt.Errorf("%w: %v -> %v (held by %v)", ErrConflict, k, v, old)
	}
	if oldV, ok := b.fwd[k]; ok {
		delete(b.rev, oldV)
	}
	b.fwd[k], b.rev[v] = v, k
	return nil
}

func (b *BiMap[K, V]) Value(k K) (V, bool) { v, ok := b.fwd[k]; return v, ok }
func (b *BiMap[K, V]) Key(v V) (K, bool)   { k, ok := b.rev[v]; return k, ok }

// Invert returns a new BiMap with directions swapped.
func (b *BiMap[K, V]) Invert() *Inverse[K, V] {
	return &BiMap[V, K]{fwd: maps.Clone(b.rev), rev: maps.Clone(b.fwd)}
}

// SortedBy yields pairs ordered by key.
func SortedBy[K cmp.Ordered, V comparable](b *BiMap[K, V]) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, k := range slices.Sorted(maps.Keys(b.fwd)) {
			if !yield(k, b.fwd[k]) {
				return
			}
		}
	}
}

type HTTPStatus int

func (s HTTPStatus) String() string { return fmt.Sprintf("HTTP %d", int(s)) }

func main() {
	codes := NewBiMap[string, HTTPStatus]()
	for name, code := range SortedBy(&BiMap[string, HTTPStatus]{fwd: map[string]HTTPStatus{
		"OK": 200, "NotFound": 404, "Teapot": 418, "Created": 201,
	}}) {
		if err := codes.Put(name, code); err != nil {
			fmt.Println(err)
		}
	}
	err := codes.Put("Found", 200)
	fmt.Println("conflict:", err, errors.Is(err, ErrConflict))

	if k, ok := codes.Key(418); ok {
		fmt.Println("418 is", k)
	}
	_ = codes.Put("Teapot", 419) // remap: old value released
	_, still := codes.Key(418)
	fmt.Println("418 still mapped:", still)

	for name, c := range SortedBy(codes) {
		fmt.Printf("  %-9s %v\n", name, c)
	}
	inv := codes.Invert()
	for c, name := range SortedBy(inv) {
		fmt.Printf("  %d => %s\n", c, name)
		if c >= 404 {
			break
		}
	}

	var cm CodeMap = *NewBiMap[string, int]()
	cm.Put("x", 1)
	cm.Put("y", 2)
	fmt.Printf("alias types: %T / %T\n", cm, inv)

	prices := Lookup[float64]{"tea": 2.5, "coffee": 3.1, "water": 0}
	menu := NewBiMap[string, float64]()
	for _, item := range slices.Sorted(maps.Keys(prices)) {
		if err := menu.Put(item, prices[item]); err != nil {
			fmt.Println("menu:", err)
		}
	}
	cheapest, _ := menu.Key(slices.Min(slices.Collect(maps.Values(prices))))
	fmt.Println("cheapest:", cheapest, "len:", len(menu.fwd))
}
