package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Store interface {
	Get(key string) (int, bool)
	Set(key string, v int)
}

type mapStore struct {
	*sync.Mutex
	m map[string]int
}

func newMapStore() *mapStore {
	return &mapStore{Mutex: &sync.Mutex{}, m: make(map[string]int)}
}

func (s *mapStore) Get(key string) (int, bool) {
	s.Lock()
	defer s.Unlock()
	v, ok := s.m[key]
	return v, ok
}

func (s *mapStore) Set(key string, v int) {
	s.Lock()
	s.m[key] = v
	s.Unlock()
}

// countingStore embeds the interface and overrides only Get.
type countingStore struct {
	Store
	hits, misses int
}

func (c *countingStore) Get(key string) (int, bool) {
	v, ok := c.Store.Get(key)
	if ok {
		c.hits++
	} else {
		c.misses++
	}
	return v, ok
}

// prefixStore rewrites keys before delegating.
type prefixStore struct {
	Store
	prefix string
}

func (p prefixStore) Get(key string) (int, bool) { return p.Store.Get(p.prefix + key) }
func (p prefixStore) Set(key string, v int)      { p.Store.Set(p.prefix+key, v) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Printf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	store Store
}

func (s *Service) Incr(key string) int {
	v, _ := s.store.Get(key)
	v++
	s.store.Set(key, v)
	s.Printf("incr %s -> %d", key, v)
	return v
}

func main() {
	base := newMapStore()
	counting := &countingStore{Store: base}
	tenantA := prefixStore{Store: counting, prefix: "a:"}
	tenantB := prefixStore{Store: counting, prefix: "b:"}

	log := &Logger{prefix: "[svc] "}
	svcA := &Service{Logger: log, store: tenantA}
	svcB := &Service{Logger: log, store: tenantB}

	for _, k := range []string{"x", "y", "x", "x"} {
		svcA.Incr(k)
	}
	svcB.Incr("x")

	var wg sync.WaitGroup
	for range 50 {
		wg.Go(func() {
			for range 10 {
				base.Lock()
				base.m["shared"]++
				base.Unlock()
			}
		})
	}
	wg.Wait()

	for _, l := range log.lines {
		fmt.Println(l)
	}
	fmt.Printf("hits=%d misses=%d\n", counting.hits, counting.misses)

	keys := make([]string, 0)
	for k := range base.m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for i, k := range keys {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%s=%d", k, base.m[k])
	}
	fmt.Println(sb.String())
	v, ok := tenantB.Get("y")
	fmt.Println("tenant b y:", v, ok)
	fmt.Printf("%T %T %T\n", svcA.store, counting.Store, log)
	fmt.Println("same logger:", svcA.Logger == svcB.Logger, len(svcB.lines))
}
