// Sharded, mutex-protected counter map for high-contention page view counting.
package main

import (
	"fmt"
	"hash/maphash"
	"sort"
	"strings"
	"sync"
)

const shardCount = 8

type shard struct {
	mu sync.Mutex
	m  map[string]int
}

type ShardedCounter struct {
	seed   maphash.Seed
	shards [shardCount]shard
}

func NewShardedCounter() *ShardedCounter {
	sc := &ShardedCounter{seed: maphash.MakeSeed()}
	for i := range sc.shards {
		sc.shards[i].m = map[string]int{}
	}
	return sc
}

func (sc *ShardedCounter) shardFor(key string) *shard {
	return &sc.shards[maphash.String(sc.seed, key)%shardCount]
}

func (sc *ShardedCounter) Inc(key string, n int) {
	s := sc.shardFor(key)
	s.mu.Lock()
	s.m[key] += n
	s.mu.Unlock()
}

func (sc *ShardedCounter) Get(key string) int {
	s := sc.shardFor(key)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[key]
}

// Snapshot merges all shards; shard assignment is randomised by the seed but
// the merged view is not.
func (sc *ShardedCounter) Snapshot() map[string]int {
	out := map[string]int{}
	for i := range sc.shards {
		s := &sc.shards[i]
		s.mu.Lock()
		for k, v := range s.m {
			out[k] = v
		}
		s.mu.Unlock()
	}
	return out
}

func main() {
	pages := []string{"/", "/pricing", "/docs", "/docs/install", "/blog", "/blog/go-1-26", "/login", "/signup", "/about", "/careers"}
	sc := NewShardedCounter()

	var wg sync.WaitGroup
	const servers = 6
	for s := 0; s < servers; s++ {
		wg.Add(1)
		go func(s int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				p := pages[(i*i+s*3)%len(pages)]
				sc.Inc(p, 1)
				if strings.HasPrefix(p, "/blog") && i%10 == 0 {
					sc.Inc("bot:"+p, 1)
				}
			}
		}(s)
	}
	wg.Wait()

	snap := sc.Snapshot()
	type kv struct {
		k string
		v int
	}
	var rows []kv
	total := 0
	for k, v := range snap {
		rows = append(rows, kv{k, v})
		if !strings.HasPrefix(k, "bot:") {
			total += v
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].v != rows[j].v {
			return rows[i].v > rows[j].v
		}
		return rows[i].k < rows[j].k
	})
	fmt.Printf("%d servers x 200 views = %d human views counted\n", servers, total)
	for _, r := range rows {
		bar := strings.Repeat("#", r.v/10)
		fmt.Printf("%-15s %4d %s\n", r.k, r.v, bar)
	}
	fmt.Println("get /docs:", sc.Get("/docs"), " get /nope:", sc.Get("/nope"))

	used := 0
	for i := range sc.shards {
		if len(sc.shards[i].m) > 0 {
			used++
		}
	}
	fmt.Printf("shards in use: between 1 and %d: %v\n", shardCount, used >= 1 && used <= shardCount)
}
