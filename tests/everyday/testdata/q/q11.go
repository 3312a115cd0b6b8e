// q11: composable iter.Seq adapters (Filter, Map, Take, Chunk) over a log stream.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string { return [...]string{"DEBUG", "INFO", "WARN", "ERROR"}[l] }

type LogLine struct {
	Seq     int
	Level   Level
	Service string
	Msg     string
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
		count := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			count++
			if count == n {
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

// generate produces a synthetic, deterministic log stream and counts how many lines were pulled.
func generate(n int, pulled *int) iter.Seq[LogLine] {
	services := []string{"api", "worker", "db", "cache"}
	msgs := []string{"request ok", "slow query", "retrying", "connection reset", "cache miss"}
	return func(yield func(LogLine) bool) {
		for i := range n {
			*pulled++
			l := LogLine{Seq: i, Level: Level((i * 7) % 4), Service: services[(i/3)%len(services)], Msg: msgs[(i*5+i/3)%len(msgs)]}
			if !yield(l) {
				return
			}
		}
	}
}

func main() {
	pulled := 0
	errorsOnly := Filter(generate(1000, &pulled), func(l LogLine) bool { return l.Level >= Warn })
	formatted := Map(errorsOnly, func(l LogLine) string {
		return fmt.Sprintf("#%03d %-5s [%s] %s", l.Seq, l.Level, l.Service, l.Msg)
	})
	for i, s := range Enumerate(Take(formatted, 8)) {
		fmt.Printf("%d: %s\n", i+1, s)
	}
	fmt.Println("lines pulled from source (lazy):", pulled)

	pulled = 0
	services := Map(Filter(generate(40, &pulled), func(l LogLine) bool { return l.Level == Error }),
		func(l LogLine) string { return l.Service })
	counts := map[string]int{}
	for s := range services {
		counts[s]++
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("errors from %-6s %s\n", k, strings.Repeat("#", counts[k]))
	}
	fmt.Println("lines pulled:", pulled)

	// Pull-style consumption: interleave two streams.
	pa, pb := 0, 0
	nextA, stopA := iter.Pull(Map(generate(3, &pa), func(l LogLine) string { return "A" + fmt.Sprint(l.Seq) }))
	nextB, stopB := iter.Pull(Map(generate(5, &pb), func(l LogLine) string { return "B" + fmt.Sprint(l.Seq) }))
	defer stopA()
	defer stopB()
	var merged []string
	for {
		a, okA := nextA()
		b, okB := nextB()
		if !okA && !okB {
			break
		}
		if okA {
			merged = append(merged, a)
		}
		if okB {
			merged = append(merged, b)
		}
	}
	fmt.Println("interleaved:", strings.Join(merged, " "))
	for chunk := range slices.Chunk(merged, 3) {
		fmt.Println("chunk:", chunk)
	}
}
