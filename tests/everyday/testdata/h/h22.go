// h22: mutex-protected shared maps: concurrent inverted counting and an RWMutex memo cache.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) AddAll(words []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, w := range words {
		c.m[w]++
	}
}

func (c *SafeCounter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

// stemCache memoises an expensive normalisation; reads vastly outnumber writes.
type stemCache struct {
	mu     sync.RWMutex
	m      map[string]string
	misses int
}

func (s *stemCache) stem(w string) string {
	s.mu.RLock()
	v, ok := s.m[w]
	s.mu.RUnlock()
	if ok {
		return v
	}
	v = w
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if strings.HasSuffix(v, suf) && len(v)-len(suf) >= 3 {
			v = strings.TrimSuffix(v, suf)
			break
		}
	}
	s.mu.Lock()
	if _, ok := s.m[w]; !ok { // another goroutine may have filled it meanwhile
		s.m[w] = v
		s.misses++
	}
	s.mu.Unlock()
	return v
}

var reviews = []string{
	"Loading screens crashed twice; crashes happen when loading saved games.",
	"Great graphics, loved the soundtrack. Loading is slow though.",
	"Crashed on startup. Refunded.",
	"The saves are corrupted after updates. Updated drivers, still crashing.",
	"Loved it! Soundtrack and graphics are great, no crashes.",
	"Slow loading, slow menus, and the game crashed during saving.",
}

func main() {
	counts := &SafeCounter{m: map[string]int{}}
	perDoc := &SafeCounter{m: map[string]int{}} // document frequency
	cache := &stemCache{m: map[string]string{}}

	var wg sync.WaitGroup
	for _, text := range reviews {
		wg.Add(1)
		go func(text string) {
			defer wg.Done()
			fields := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) })
			stems := make([]string, 0, len(fields))
			seen := map[string]bool{}
			var uniq []string
			for _, f := range fields {
				if len(f) < 4 {
					continue
				}
				s := cache.stem(f)
				stems = append(stems, s)
				if !seen[s] {
					seen[s] = true
					uniq = append(uniq, s)
				}
			}
			counts.AddAll(stems)
			perDoc.AddAll(uniq)
		}(text)
	}
	wg.Wait()

	tf, df := counts.Snapshot(), perDoc.Snapshot()
	type row struct {
		stem   string
		tf, df int
	}
	rows := make([]row, 0, len(tf))
	for s, n := range tf {
		rows = append(rows, row{s, n, df[s]})
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.df, a.df), cmp.Compare(b.tf, a.tf), strings.Compare(a.stem, b.stem))
	})
	fmt.Printf("%d reviews, %d distinct stems, %d cache entries\n\n", len(reviews), len(rows), len(cache.m))
	fmt.Println("stem        tf  df  docs%")
	for _, r := range rows[:10] {
		fmt.Printf("%-10s %3d %3d  %4.0f%%\n", r.stem, r.tf, r.df, 100*float64(r.df)/float64(len(reviews)))
	}
	// misses equals the number of distinct surface forms regardless of interleaving.
	fmt.Printf("\ncache misses (= distinct surface forms >=4 chars): %d\n", cache.misses)
}
