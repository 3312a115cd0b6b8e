// Command j13 builds a small lazy pipeline library on iter.Seq and
// iter.Seq2 and uses it to analyse a log file held in memory.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
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
			if i++; i == n {
				return
			}
		}
	}
}

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Naturals is infinite; consumers must stop it.
func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type Entry struct {
	Level, Msg string
}

func Parse(lines iter.Seq[string]) iter.Seq[Entry] {
	return Map(lines, func(l string) Entry {
		lvl, msg, _ := strings.Cut(strings.TrimSpace(l), " ")
		return Entry{lvl, msg}
	})
}

const logText = `INFO server started
DEBUG config loaded
WARN disk 85% full
INFO request /a
ERROR db timeout
INFO request /b
ERROR db timeout
WARN slow query
INFO shutdown
`

func main() {
	// strings.Lines consumes its captured string, so it can be ranged only once.
	once := strings.Lines(logText)
	first, second := 0, 0
	for range once {
		first++
	}
	for range once {
		second++
	}
	fmt.Println("strings.Lines passes:", first, second)

	// slices.Values over a collected slice is re-runnable.
	lines := slices.Values(slices.Collect(strings.Lines(logText)))
	entries := Parse(Filter(lines, func(s string) bool { return strings.TrimSpace(s) != "" }))

	byLevel := map[string]int{}
	for e := range entries {
		byLevel[e.Level]++
	}
	for _, lvl := range slices.Sorted(maps.Keys(byLevel)) {
		fmt.Printf("%-5s %d\n", lvl, byLevel[lvl])
	}

	problems := Filter(entries, func(e Entry) bool { return e.Level == "WARN" || e.Level == "ERROR" })
	for i, e := range Enumerate(problems) {
		fmt.Printf("problem #%d: [%s] %s\n", i+1, e.Level, e.Msg)
	}

	firstReq := Take(Filter(entries, func(e Entry) bool { return strings.HasPrefix(e.Msg, "request") }), 1)
	fmt.Println("first request:", slices.Collect(firstReq))

	// Each range over entries re-runs the whole pipeline from the slice.
	msgs := slices.Collect(Map(entries, func(e Entry) string { return e.Msg }))
	fmt.Println("unique messages:", len(slices.Compact(slices.Sorted(slices.Values(msgs)))))

	squaresOfOdds := Take(Map(Filter(Naturals(), func(n int) bool { return n%2 == 1 }),
		func(n int) int { return n * n }), 6)
	fmt.Println("odd squares:", slices.Collect(squaresOfOdds))

	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println("single-entry map via maps.All:", k, v)
	}
	words := strings.Fields("iterators compose lazily and stop early")
	for i, w := range slices.Backward(words) {
		if i < 3 {
			break
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
