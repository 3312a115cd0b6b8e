// sync.Pool reuse of encode buffers in a concurrent JSON-ish serializer.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
)

var allocated atomic.Int64

var bufPool = sync.Pool{
	New: func() any {
		allocated.Add(1)
		return new(bytes.Buffer)
	},
}

type Event struct {
	ID     int
	Kind   string
	Tags   []string
	Amount int
}

func encode(e Event) string {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset() // pooled buffers may contain old data
	defer bufPool.Put(buf)

	buf.WriteString(`{"id":`)
	buf.WriteString(strconv.Itoa(e.ID))
	buf.WriteString(`,"kind":`)
	buf.WriteString(strconv.Quote(e.Kind))
	buf.WriteString(`,"tags":[`)
	for i, t := range e.Tags {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString(strconv.Quote(t))
	}
	buf.WriteString(`],"amount":`)
	buf.WriteString(strconv.Itoa(e.Amount))
	buf.WriteByte('}')
	return buf.String() // copies, so reuse of buf is safe
}

func main() {
	kinds := []string{"click", "view", "purchase", "refund"}
	tagSets := [][]string{{}, {"mobile"}, {"web", "beta"}, {"api", "eu", "v2"}}
	var events []Event
	for i := 1; i <= 24; i++ {
		events = append(events, Event{
			ID:     i,
			Kind:   kinds[i%len(kinds)],
			Tags:   tagSets[(i/2)%len(tagSets)],
			Amount: (i * 137) % 500,
		})
	}

	encoded := make([]string, len(events))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, e := range events {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			encoded[i] = encode(e)
		}()
	}
	wg.Wait()

	for _, s := range encoded[:12] {
		fmt.Println(s)
	}
	fmt.Println("...")

	// Aggregate encoded sizes per kind.
	size := map[string]int{}
	count := map[string]int{}
	for i, s := range encoded {
		size[events[i].Kind] += len(s)
		count[events[i].Kind]++
	}
	ks := make([]string, 0, len(size))
	for k := range size {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Printf("kind %-8s events=%d bytes=%d\n", k, count[k], size[k])
	}

	// Verify that every encoding is independent of pooled-buffer reuse.
	ok := true
	for i, e := range events {
		if encode(e) != encoded[i] {
			ok = false
		}
	}
	fmt.Println("re-encoding sequentially matches:", ok)
	calls := int64(len(events)) * 2
	fmt.Println("buffers allocated <= encode calls:", allocated.Load() >= 1 && allocated.Load() <= calls)
}
