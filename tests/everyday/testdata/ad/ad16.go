// Map-reduce word count over in-memory documents with partitioned reducers.
package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"unicode"
)

var documents = []string{
	"The quick brown fox jumps over the lazy dog.",
	"A lazy afternoon: the dog sleeps, the fox waits.",
	"Concurrency is not parallelism; parallelism is not concurrency.",
	"Share memory by communicating, do not communicate by sharing memory.",
	"The fox and the dog became friends over a quick lunch.",
	"Channels orchestrate; mutexes serialize. The go way is channels.",
	"Do not panic. Errors are values, and values can be programmed.",
	"Clear is better than clever; a little copying is better than a little dependency.",
}

type KV struct {
	Key   string
	Count int
}

func tokenize(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
}

func partition(word string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(word))
	return int(h.Sum32() % uint32(n))
}

func main() {
	const reducers = 3
	stop := map[string]bool{"the": true, "a": true, "is": true, "and": true, "by": true, "not": true, "do": true, "than": true, "are": true, "can": true, "be": true}

	// one channel per reducer partition
	parts := make([]chan KV, reducers)
	for i := range parts {
		parts[i] = make(chan KV, 16)
	}

	// map phase: one mapper per document, with a local combiner
	var mapWG sync.WaitGroup
	for _, doc := range documents {
		mapWG.Add(1)
		go func(doc string) {
			defer mapWG.Done()
			local := map[string]int{}
			for _, w := range tokenize(doc) {
				if !stop[w] {
					local[w]++
				}
			}
			for w, c := range local {
				parts[partition(w, reducers)] <- KV{w, c}
			}
		}(doc)
	}
	go func() {
		mapWG.Wait()
		for _, p := range parts {
			close(p)
		}
	}()

	// reduce phase: each reducer owns a disjoint set of keys
	results := make([]map[string]int, reducers)
	var redWG sync.WaitGroup
	for i := 0; i < reducers; i++ {
		redWG.Add(1)
		go func(i int) {
			defer redWG.Done()
			m := map[string]int{}
			for kv := range parts[i] {
				m[kv.Key] += kv.Count
			}
			results[i] = m
		}(i)
	}
	redWG.Wait()

	var all []KV
	for i, m := range results {
		fmt.Printf("reducer %d handled %d distinct words\n", i, len(m))
		for k, v := range m {
			all = append(all, KV{k, v})
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Count != all[j].Count {
			return all[i].Count > all[j].Count
		}
		return all[i].Key < all[j].Key
	})
	total := 0
	for _, kv := range all {
		total += kv.Count
	}
	fmt.Printf("distinct=%d total=%d (stop words removed)\n", len(all), total)
	fmt.Println("top words:")
	for i, kv := range all {
		if i == 15 {
			break
		}
		fmt.Printf("  %2d. %-14s %d %s\n", i+1, kv.Key, kv.Count, strings.Repeat("*", kv.Count))
	}
	var singles []string
	for _, kv := range all {
		if kv.Count == 1 && len(kv.Key) >= 9 {
			singles = append(singles, kv.Key)
		}
	}
	fmt.Println("long words seen once:", strings.Join(singles, ", "))
}
