// q23: concurrent word frequency count with wg.Go and a mutex-protected counter type.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Counter is safe for concurrent use.
type Counter[K comparable] struct {
	mu sync.Mutex
	m  map[K]int
}

func NewCounter[K comparable]() *Counter[K] { return &Counter[K]{m: map[K]int{}} }

func (c *Counter[K]) AddAll(local map[K]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for k, v := range local {
		c.m[k] += v
	}
}

func (c *Counter[K]) Snapshot() map[K]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.m)
}

var docs = []string{
	"The quick brown fox jumps over the lazy dog. The dog sleeps.",
	"Go channels and goroutines make concurrency simple; the runtime schedules goroutines.",
	"A mutex protects shared state. Use the mutex carefully, and keep critical sections small.",
	"The fox and the dog became friends. Friends share state, goroutines share memory.",
	"Data engineers batch, stream, and join data; the data never sleeps.",
	"Small functions, small packages, and small interfaces: the Go way.",
}

var stop = map[string]bool{"the": true, "and": true, "a": true, "over": true, "use": true}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
}

func main() {
	words := NewCounter[string]()
	lengths := NewCounter[int]()
	var wg sync.WaitGroup
	var mu sync.Mutex
	perDoc := make([]int, len(docs))
	for i, d := range docs {
		wg.Go(func() {
			local := map[string]int{}
			localLen := map[int]int{}
			for _, w := range tokenize(d) {
				if stop[w] {
					continue
				}
				local[w]++
				localLen[len(w)]++
			}
			words.AddAll(local)
			lengths.AddAll(localLen)
			mu.Lock()
			perDoc[i] = len(local)
			mu.Unlock()
		})
	}
	wg.Wait()

	snap := words.Snapshot()
	type kv struct {
		word  string
		count int
	}
	var all []kv
	for w, c := range snap {
		all = append(all, kv{w, c})
	}
	slices.SortFunc(all, func(a, b kv) int { return cmp.Or(cmp.Compare(b.count, a.count), cmp.Compare(a.word, b.word)) })
	fmt.Println("distinct words:", len(all))
	fmt.Println("top 12:")
	for _, e := range all[:min(12, len(all))] {
		fmt.Printf("  %-12s %d\n", e.word, e.count)
	}
	fmt.Println("distinct non-stop words per doc:", perDoc)
	ls := lengths.Snapshot()
	fmt.Println("word length histogram:")
	for _, l := range slices.Sorted(maps.Keys(ls)) {
		fmt.Printf("  len %2d %s (%d)\n", l, strings.Repeat("*", ls[l]), ls[l])
	}
}
