package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type LogEntry struct {
	Level   string
	Service string
	Msg     string
}

type LogStore struct {
	entries []LogEntry
}

func (s *LogStore) All() iter.Seq2[int, LogEntry] {
	return func(yield func(int, LogEntry) bool) {
		for i, e := range s.entries {
			if !yield(i, e) {
				return
			}
		}
	}
}

func (s *LogStore) ByLevel(level string) iter.Seq[LogEntry] {
	return func(yield func(LogEntry) bool) {
		for _, e := range s.entries {
			if e.Level == level && !yield(e) {
				return
			}
		}
	}
}

func Filter[T any](seq iter.Seq[T], pred func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if pred(v) && !yield(v) {
				return
			}
		}
	}
}

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Pages(total, size int) iter.Seq2[int, [2]int] {
	return func(yield func(int, [2]int) bool) {
		for p, start := 1, 0; start < total; p, start = p+1, start+size {
			if !yield(p, [2]int{start, min(start+size, total)}) {
				return
			}
		}
	}
}

func main() {
	store := &LogStore{entries: []LogEntry{
		{"INFO", "api", "started"},
		{"ERROR", "db", "connection refused"},
		{"WARN", "api", "slow request"},
		{"ERROR", "api", "timeout"},
		{"INFO", "worker", "job done"},
		{"ERROR", "worker", "panic recovered"},
		{"DEBUG", "api", "cache miss"},
	}}

	for i, e := range store.All() {
		if e.Level == "DEBUG" {
			fmt.Println("stopping at debug entry", i)
			break
		}
		fmt.Printf("%d %-5s %-6s %s\n", i, e.Level, e.Service, e.Msg)
	}

	errs := slices.Collect(store.ByLevel("ERROR"))
	fmt.Println("errors:", len(errs), errs[0])

	apiErrs := Filter(store.ByLevel("ERROR"), func(e LogEntry) bool { return e.Service != "db" })
	for e := range Take(apiErrs, 1) {
		fmt.Printf("first non-db error: %+v\n", e)
	}

	counts := map[string]int{}
	for _, e := range store.All() {
		counts[e.Service]++
	}
	for _, svc := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%s=%d ", svc, counts[svc])
	}
	fmt.Println()

	blocked := []string{"db"}
outer:
	for _, e := range store.All() {
		for _, b := range blocked {
			if e.Service == b {
				continue outer
			}
		}
		if strings.HasPrefix(e.Msg, "c") {
			fmt.Println("msg starting with c:", e.Msg)
		}
	}

	for p, r := range Pages(23, 10) {
		fmt.Printf("page %d: [%d,%d)\n", p, r[0], r[1])
	}
	for p := range Pages(100, 30) {
		if p == 2 {
			break
		}
		fmt.Println("only page", p)
	}
	keys := slices.Collect(maps.Keys(counts))
	slices.Sort(keys)
	fmt.Println(keys, slices.Index(keys, "worker"))
}
