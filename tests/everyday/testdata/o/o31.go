package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Getter interface {
	Get(key string) (string, error)
}
type Setter interface {
	Set(key, val string) error
}
type Deleter interface {
	Delete(key string) error
}

// Store composes smaller interfaces.
type Store interface {
	Getter
	Setter
	Deleter
}

var ErrNoKey = errors.New("no such key")
var ErrReadOnly = errors.New("store is read-only")

type MemStore struct{ m map[string]string }

func NewMem() *MemStore { return &MemStore{m: map[string]string{}} }
func (s *MemStore) Get(k string) (string, error) {
	v, ok := s.m[k]
	if !ok {
		return "", fmt.Errorf("get %q: %w", k, ErrNoKey)
	}
	return v, nil
}
func (s *MemStore) Set(k, v string) error { s.m[k] = v; return nil }
func (s *MemStore) Delete(k string) error {
	if _, ok := s.m[k]; !ok {
		return fmt.Errorf("delete %q: %w", k, ErrNoKey)
	}
	delete(s.m, k)
	return nil
}

// LoggingStore embeds the Store interface and overrides only Set and Delete.
type LoggingStore struct {
	Store
	log []string
}

func (l *LoggingStore) Set(k, v string) error {
	err := l.Store.Set(k, v)
	l.log = append(l.log, fmt.Sprintf("SET %s=%s err=%v", k, v, err))
	return err
}
func (l *LoggingStore) Delete(k string) error {
	err := l.Store.Delete(k)
	l.log = append(l.log, fmt.Sprintf("DEL %s err=%v", k, err))
	return err
}

// CachingGetter embeds a Store and counts Get hits against its own cache.
type CachingStore struct {
	Store
	cache        map[string]string
	hits, misses int
}

func (c *CachingStore) Get(k string) (string, error) {
	if v, ok := c.cache[k]; ok {
		c.hits++
		return v, nil
	}
	c.misses++
	v, err := c.Store.Get(k)
	if err == nil {
		c.cache[k] = v
	}
	return v, err
}
func (c *CachingStore) Set(k, v string) error { delete(c.cache, k); return c.Store.Set(k, v) }
func (c *CachingStore) Delete(k string) error { delete(c.cache, k); return c.Store.Delete(k) }

// ReadOnly exposes a Store but rejects writes.
type ReadOnly struct{ Getter }

func (ReadOnly) Set(string, string) error { return ErrReadOnly }
func (ReadOnly) Delete(string) error      { return ErrReadOnly }

func exercise(name string, s Store) {
	var errs []string
	for _, op := range []string{"set a 1", "set b 2", "get a", "get a", "get zz", "del b", "get b", "set a 3", "get a", "del q"} {
		f := strings.Fields(op)
		var err error
		var got string
		switch f[0] {
		case "set":
			err = s.Set(f[1], f[2])
		case "get":
			got, err = s.Get(f[1])
		case "del":
			err = s.Delete(f[1])
		}
		if err != nil {
			tag := "other"
			if errors.Is(err, ErrNoKey) {
				tag = "nokey"
			} else if errors.Is(err, ErrReadOnly) {
				tag = "ro"
			}
			errs = append(errs, fmt.Sprintf("%s:%s", op, tag))
		} else if got != "" {
			errs = append(errs, fmt.Sprintf("%s=%s", op, got))
		}
	}
	fmt.Printf("%-8s %s\n", name, strings.Join(errs, " | "))
}

func main() {
	mem := NewMem()
	logged := &LoggingStore{Store: mem}
	cached := &CachingStore{Store: logged, cache: map[string]string{}}

	exercise("cached", cached)
	fmt.Printf("cache hits=%d misses=%d\n", cached.hits, cached.misses)
	fmt.Println("log from inner LoggingStore:")
	for _, l := range logged.log {
		fmt.Println("  ", l)
	}
	ro := ReadOnly{mem}
	exercise("readonly", ro)
	fmt.Println("final contents:")
	for _, k := range slices.Sorted(maps.Keys(mem.m)) {
		fmt.Printf("   %s=%s\n", k, mem.m[k])
	}
	var g Getter = cached
	_, isSetter := g.(Setter)
	_, roIsStore := any(ro).(Store)
	_, memIsLogging := any(mem).(*LoggingStore)
	fmt.Println("cached is Setter:", isSetter, "| ReadOnly is Store:", roIsStore, "| mem is *LoggingStore:", memIsLogging)
	fmt.Printf("chain types: %T -> %T -> %T\n", cached, cached.Store, logged.Store)
}
