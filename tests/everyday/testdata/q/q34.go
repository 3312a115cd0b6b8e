// q34: batching consumer: groups a stream into size-bounded batches and flushes on close.
package main

import (
	"fmt"
	"strings"
	"sync"
)

type Row struct {
	Table string
	ID    int
	Bytes int
}

type Batch struct {
	N     int
	Rows  []Row
	Bytes int
	Why   string
}

// Batcher flushes when either maxRows or maxBytes would be exceeded.
type Batcher struct {
	MaxRows  int
	MaxBytes int
}

func (b Batcher) Run(in <-chan Row) <-chan Batch {
	out := make(chan Batch)
	go func() {
		defer close(out)
		var cur Batch
		n := 0
		flush := func(why string) {
			if len(cur.Rows) == 0 {
				return
			}
			n++
			cur.N, cur.Why = n, why
			out <- cur
			cur = Batch{}
		}
		for r := range in {
			if cur.Bytes+r.Bytes > b.MaxBytes {
				flush("bytes")
			}
			cur.Rows = append(cur.Rows, r)
			cur.Bytes += r.Bytes
			if len(cur.Rows) == b.MaxRows {
				flush("rows")
			}
		}
		flush("eof")
	}()
	return out
}

type Sink interface {
	Write(Batch) error
}

type warehouse struct {
	mu      sync.Mutex
	tables  map[string]int
	batches int
}

func (w *warehouse) Write(b Batch) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.batches++
	for _, r := range b.Rows {
		w.tables[r.Table]++
	}
	return nil
}

func main() {
	rows := make(chan Row)
	go func() {
		defer close(rows)
		tables := []string{"events", "users", "orders"}
		for i := range 23 {
			rows <- Row{Table: tables[i%3], ID: i, Bytes: 100 + (i*53)%400}
		}
	}()
	var sink Sink = &warehouse{tables: map[string]int{}}
	b := Batcher{MaxRows: 5, MaxBytes: 1200}
	totalRows, totalBytes := 0, 0
	for batch := range b.Run(rows) {
		ids := make([]string, len(batch.Rows))
		for i, r := range batch.Rows {
			ids[i] = fmt.Sprint(r.ID)
		}
		if err := sink.Write(batch); err != nil {
			fmt.Println("write failed:", err)
			continue
		}
		totalRows += len(batch.Rows)
		totalBytes += batch.Bytes
		fmt.Printf("batch %02d flush=%-5s rows=%d bytes=%4d ids=[%s]\n", batch.N, batch.Why, len(batch.Rows), batch.Bytes, strings.Join(ids, ","))
	}
	w := sink.(*warehouse)
	fmt.Printf("rows=%d bytes=%d batches=%d\n", totalRows, totalBytes, w.batches)
	for _, t := range []string{"events", "orders", "users"} {
		fmt.Printf("table %-6s rows=%d\n", t, w.tables[t])
	}
}
