// context.WithCancel: a search fan-out that stops all workers once enough hits are found.
package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Doc struct {
	ID    int
	Title string
}

func corpus() []Doc {
	adjs := []string{"fast", "quiet", "red", "tiny", "brave", "lazy"}
	nouns := []string{"fox", "server", "queue", "river", "cache", "robot", "lamp"}
	var docs []Doc
	for i := 0; i < 42; i++ {
		docs = append(docs, Doc{ID: i, Title: adjs[i%len(adjs)] + " " + nouns[(i/2)%len(nouns)]})
	}
	return docs
}

// searchPartition checks every document in order; once ctx is cancelled it stops early.
func searchPartition(ctx context.Context, part []Doc, term string, hits chan<- Doc) (scanned int) {
	for _, d := range part {
		select {
		case <-ctx.Done():
			return scanned
		default:
		}
		scanned++
		if strings.Contains(d.Title, term) {
			select {
			case hits <- d:
			case <-ctx.Done():
				return scanned
			}
		}
	}
	return scanned
}

func search(docs []Doc, term string, want int, parts int) []Doc {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	hits := make(chan Doc)
	var wg sync.WaitGroup
	size := (len(docs) + parts - 1) / parts
	for p := 0; p < parts; p++ {
		lo, hi := p*size, min((p+1)*size, len(docs))
		wg.Add(1)
		go func(part []Doc) {
			defer wg.Done()
			searchPartition(ctx, part, term, hits)
		}(docs[lo:hi])
	}
	go func() {
		wg.Wait()
		close(hits)
	}()

	var found []Doc
	for d := range hits {
		found = append(found, d)
		if len(found) == want {
			cancel() // tell everyone else to stop
			break
		}
	}
	// drain so no goroutine is left blocked
	for range hits {
	}
	return found
}

func main() {
	docs := corpus()
	queries := []struct {
		term string
		want int
	}{
		{"fox", 3}, {"robot", 2}, {"cache", 100}, {"unicorn", 1}, {"tiny", 5}, {"lamp", 1},
	}
	for _, q := range queries {
		found := search(docs, q.term, q.want, 4)
		// which documents are found first depends on scheduling; report only stable facts
		total := 0
		for _, d := range docs {
			if strings.Contains(d.Title, q.term) {
				total++
			}
		}
		ok := true
		for _, d := range found {
			if !strings.Contains(d.Title, q.term) {
				ok = false
			}
		}
		fmt.Printf("query %-8q want=%-3d matching=%-2d returned=%d all-valid=%v\n",
			q.term, q.want, total, len(found), ok)
		if len(found) == total && total > 0 {
			ids := make([]int, len(found))
			for i, d := range found {
				ids[i] = d.ID
			}
			sort.Ints(ids)
			fmt.Printf("  complete result ids: %v\n", ids)
		}
	}

	// Explicit cancellation before start: nothing is scanned.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	hits := make(chan Doc, 1)
	n := searchPartition(ctx, docs, "fox", hits)
	fmt.Printf("pre-cancelled scan: scanned=%d err=%v\n", n, ctx.Err())

	// Not cancelled: a full scan of one partition.
	full := make(chan Doc, len(docs))
	n = searchPartition(context.Background(), docs[:10], "a", full)
	close(full)
	var titles []string
	for d := range full {
		titles = append(titles, d.Title)
	}
	fmt.Printf("full scan scanned=%d hits=%d\n", n, len(titles))
	for _, t := range titles {
		fmt.Println("  ", t)
	}
}
