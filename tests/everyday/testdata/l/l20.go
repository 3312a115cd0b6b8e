package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Getter interface {
	Get(key string) ([]byte, error)
}

type Putter interface {
	Put(key string, val []byte) error
}

type Lister interface {
	List(prefix string) []string
}

// Store composes smaller interfaces, like io.ReadWriter does.
type Store interface {
	Getter
	Putter
	Lister
}

var ErrMissing = errors.New("key missing")

type MemStore struct{ m map[string][]byte }

func NewMemStore() *MemStore { return &MemStore{m: map[string][]byte{}} }

func (s *MemStore) Get(k string) ([]byte, error) {
	v, ok := s.m[k]
	if !ok {
		return nil, fmt.Errorf("%q: %w", k, ErrMissing)
	}
	return slices.Clone(v), nil
}

func (s *MemStore) Put(k string, v []byte) error {
	s.m[k] = slices.Clone(v)
	return nil
}

func (s *MemStore) List(prefix string) []string {
	var keys []string
	for k := range s.m {
		if strings.HasPrefix(k, prefix) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}

// ReadOnly embeds a Store but overrides Put; the other methods are promoted.
type ReadOnly struct {
	Store
}

func (ReadOnly) Put(k string, _ []byte) error {
	return fmt.Errorf("put %q: store is read-only", k)
}

// Namespaced embeds a Store and rewrites keys.
type Namespaced struct {
	Store
	ns string
}

func (n Namespaced) Get(k string) ([]byte, error) { return n.Store.Get(n.ns + "/" + k) }
func (n Namespaced) Put(k string, v []byte) error { return n.Store.Put(n.ns+"/"+k, v) }
func (n Namespaced) List(prefix string) []string {
	var out []string
	for _, k := range n.Store.List(n.ns + "/" + prefix) {
		out = append(out, strings.TrimPrefix(k, n.ns+"/"))
	}
	return out
}

// copyKeys only needs a Lister+Getter on one side and a Putter on the other.
func copyKeys(dst Putter, src interface {
	Lister
	Getter
}, prefix string) (int, error) {
	n := 0
	for _, k := range src.List(prefix) {
		v, err := src.Get(k)
		if err != nil {
			return n, err
		}
		if err := dst.Put(k, v); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

func main() {
	base := NewMemStore()
	tenantA := Namespaced{base, "tenant-a"}
	tenantB := Namespaced{base, "tenant-b"}

	_ = tenantA.Put("cfg/theme", []byte("dark"))
	_ = tenantA.Put("cfg/lang", []byte("de"))
	_ = tenantA.Put("data/1", []byte("{...}"))
	_ = tenantB.Put("cfg/theme", []byte("light"))

	fmt.Println("base keys:", base.List(""))
	fmt.Println("tenant-a cfg:", tenantA.List("cfg/"))

	n, err := copyKeys(tenantB, tenantA, "cfg/")
	fmt.Println("copied a->b:", n, err)
	v, _ := tenantB.Get("cfg/lang")
	fmt.Printf("tenant-b lang=%s\n", v)

	var ro Store = ReadOnly{tenantB}
	n, err = copyKeys(ro, tenantA, "data/")
	fmt.Println("copy to read-only:", n, err)
	fmt.Println("read-only list:", ro.List(""))

	_, err = ro.Get("cfg/missing")
	fmt.Println("missing:", err, errors.Is(err, ErrMissing))

	for _, s := range []any{base, tenantA, ro} {
		_, isPutter := s.(Putter)
		_, isStore := s.(Store)
		fmt.Printf("%T putter=%t store=%t\n", s, isPutter, isStore)
	}
}
