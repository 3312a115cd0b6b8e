package main

import (
	"bufio"
	"fmt"
	"iter"
	"strings"
)

type LogLine struct {
	Level   string
	Service string
	Msg     string
}

// Lines yields non-empty lines from a reader-like source.
func Lines(src string) iter.Seq[string] {
	return func(yield func(string) bool) {
		sc := bufio.NewScanner(strings.NewReader(src))
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" {
				if !yield(line) {
					return
				}
			}
		}
	}
}

func Parse(lines iter.Seq[string]) iter.Seq2[int, LogLine] {
	return func(yield func(int, LogLine) bool) {
		n := 0
		for l := range lines {
			parts := strings.SplitN(l, " ", 3)
			if len(parts) < 3 {
				continue
			}
			n++
			if !yield(n, LogLine{parts[0], strings.Trim(parts[1], "[]"), parts[2]}) {
				return
			}
		}
	}
}

func Filter[K, V any](seq iter.Seq2[K, V], keep func(V) bool) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range seq {
			if keep(v) && !yield(k, v) {
				return
			}
		}
	}
}

func Take[K, V any](seq iter.Seq2[K, V], n int) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for k, v := range seq {
			if !yield(k, v) {
				return
			}
			if i++; i >= n {
				return
			}
		}
	}
}

const logs = `
INFO [api] started on :8080
DEBUG [db] pool size=10
WARN [api] slow request /search 1.2s
ERROR [billing] charge failed: card declined
INFO [api] GET /health 200
garbage
ERROR [db] connection reset by peer
WARN [billing] retrying charge
ERROR [api] panic recovered in /upload
INFO [db] vacuum done
`

func main() {
	parsed := Parse(Lines(logs))

	fmt.Println("all errors:")
	for n, l := range Filter(parsed, func(l LogLine) bool { return l.Level == "ERROR" }) {
		fmt.Printf("  #%d %-8s %s\n", n, l.Service, l.Msg)
	}

	fmt.Println("first 2 non-info:")
	for n, l := range Take(Filter(parsed, func(l LogLine) bool { return l.Level != "INFO" }), 2) {
		fmt.Printf("  #%d %s/%s\n", n, l.Level, l.Service)
	}

	// Pull-style consumption: zip two sequences manually.
	next, stop := iter.Pull2(parsed)
	defer stop()
	for i := range 3 {
		n, l, ok := next()
		if !ok {
			break
		}
		fmt.Printf("pull %d -> line %d level=%s\n", i, n, l.Level)
	}

	counts := map[string]int{}
	for _, l := range parsed {
		counts[l.Level]++
	}
	for _, lvl := range []string{"DEBUG", "INFO", "WARN", "ERROR"} {
		fmt.Printf("%-5s %s\n", lvl, strings.Repeat("#", counts[lvl]))
	}
}
