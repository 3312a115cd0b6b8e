// sync.WaitGroup.Go (Go 1.25+) computing per-shard checksums in parallel.
package main

import (
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
)

type Shard struct {
	ID   int
	Data []byte
}

type Digest struct {
	ShardID int
	Bytes   int
	CRC     uint32
	FNV     uint64
}

func makeShards(n int) []Shard {
	words := []string{"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"}
	shards := make([]Shard, n)
	for i := range shards {
		var b strings.Builder
		for j := 0; j <= i+2; j++ {
			b.WriteString(words[(i*3+j)%len(words)])
			b.WriteByte(byte('0' + j%10))
		}
		shards[i] = Shard{ID: i, Data: []byte(b.String())}
	}
	return shards
}

func main() {
	shards := makeShards(12)
	digests := make([]Digest, len(shards))

	var wg sync.WaitGroup
	for i, s := range shards {
		wg.Go(func() {
			h := fnv.New64a()
			h.Write(s.Data)
			digests[i] = Digest{
				ShardID: s.ID,
				Bytes:   len(s.Data),
				CRC:     crc32.ChecksumIEEE(s.Data),
				FNV:     h.Sum64(),
			}
		})
	}
	wg.Wait()

	fmt.Println("shard bytes      crc32              fnv64a")
	total := 0
	var combined uint32
	for _, d := range digests {
		fmt.Printf("%5d %5d %10x %19x\n", d.ShardID, d.Bytes, d.CRC, d.FNV)
		total += d.Bytes
		combined ^= d.CRC
	}
	fmt.Printf("total bytes %d, xor of crcs %08x\n", total, combined)

	// Second phase: find duplicate-prefix groups concurrently, merge under a mutex.
	var mu sync.Mutex
	groups := map[string][]int{}
	var wg2 sync.WaitGroup
	for _, s := range shards {
		wg2.Go(func() {
			prefix := string(s.Data[:3])
			mu.Lock()
			groups[prefix] = append(groups[prefix], s.ID)
			mu.Unlock()
		})
	}
	wg2.Wait()

	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ids := groups[k]
		sort.Ints(ids)
		fmt.Printf("prefix %q -> shards %v\n", k, ids)
	}
}
