// Group multi-line error reports (with stack traces) out of an application log
// and deduplicate them by signature.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

const appLog = `[INFO ] 08:00:01 server listening on :8443
[ERROR] 08:00:07 handler panic: runtime error: index out of range [3] with length 3
    at orders.(*Service).Line(service.go:88)
    at orders.(*Handler).Get(handler.go:41)
    at net/http.HandlerFunc.ServeHTTP(server.go:2171)
[INFO ] 08:00:09 GET /orders/17 200 3ms
[WARN ] 08:00:12 slow query 812ms: SELECT * FROM orders WHERE customer_id = $1
[ERROR] 08:01:30 handler panic: runtime error: index out of range [5] with length 2
    at orders.(*Service).Line(service.go:88)
    at orders.(*Handler).Get(handler.go:41)
    at net/http.HandlerFunc.ServeHTTP(server.go:2171)
[ERROR] 08:02:02 payment gateway timeout after 30s
[INFO ] 08:02:05 GET /health 200 0ms
[ERROR] 08:03:44 handler panic: invalid memory address or nil pointer dereference
    at billing.(*Invoice).Total(invoice.go:120)
    at billing.Render(render.go:19)
[WARN ] 08:04:00 slow query 1204ms: SELECT * FROM orders WHERE customer_id = $1
[ERROR] 08:05:10 payment gateway timeout after 30s
[ERROR] 08:06:59 handler panic: runtime error: index out of range [9] with length 4
    at orders.(*Service).Line(service.go:88)
    at orders.(*Handler).List(handler.go:63)
    at net/http.HandlerFunc.ServeHTTP(server.go:2171)
[INFO ] 08:07:00 shutting down
`

type Entry struct {
	Level string
	Time  string
	Msg   string
	Stack []string
}

// Entries is a line-driven state machine: a header line starts a new entry,
// indented "at" lines attach to the current one.
func Entries(log string) iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		var cur *Entry
		flush := func() bool {
			if cur == nil {
				return true
			}
			e := *cur
			cur = nil
			return yield(e)
		}
		for line := range strings.Lines(log) {
			line = strings.TrimRight(line, "\n")
			if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "at "); ok && cur != nil {
				cur.Stack = append(cur.Stack, rest)
				continue
			}
			if !flush() {
				return
			}
			if len(line) < 17 || line[0] != '[' {
				continue
			}
			cur = &Entry{
				Level: strings.TrimSpace(line[1:6]),
				Time:  line[8:16],
				Msg:   line[17:],
			}
		}
		flush()
	}
}

// signature normalises volatile numbers so similar errors group together.
func signature(e Entry) string {
	var sb strings.Builder
	inDigits := false
	for _, r := range e.Msg {
		if r >= '0' && r <= '9' {
			if !inDigits {
				sb.WriteByte('N')
			}
			inDigits = true
			continue
		}
		inDigits = false
		sb.WriteRune(r)
	}
	if len(e.Stack) > 0 {
		sb.WriteString(" @ " + e.Stack[0])
	}
	return sb.String()
}

type Group struct {
	Sig         string
	Count       int
	First, Last string
	Callers     map[string]int
}

func main() {
	levels := map[string]int{}
	groups := map[string]*Group{}
	for e := range Entries(appLog) {
		levels[e.Level]++
		if e.Level != "ERROR" && e.Level != "WARN" {
			continue
		}
		sig := e.Level + " " + signature(e)
		g, ok := groups[sig]
		if !ok {
			g = &Group{Sig: sig, First: e.Time, Callers: map[string]int{}}
			groups[sig] = g
		}
		g.Count++
		g.Last = e.Time
		if len(e.Stack) > 1 {
			g.Callers[e.Stack[1]]++
		}
	}

	fmt.Println("entries per level:")
	for _, l := range slices.Sorted(maps.Keys(levels)) {
		fmt.Printf("  %-5s %d\n", l, levels[l])
	}

	sorted := slices.SortedFunc(maps.Values(groups), func(a, b *Group) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.First, b.First))
	})
	fmt.Printf("\n%d distinct problems:\n", len(sorted))
	for i, g := range sorted {
		fmt.Printf("%d) x%d  %s .. %s\n   %s\n", i+1, g.Count, g.First, g.Last, g.Sig)
		for _, c := range slices.Sorted(maps.Keys(g.Callers)) {
			fmt.Printf("   called from %s (%d)\n", c, g.Callers[c])
		}
	}

	fmt.Println("\ndeepest stack:")
	var deepest Entry
	for e := range Entries(appLog) {
		if len(e.Stack) > len(deepest.Stack) {
			deepest = e
		}
	}
	fmt.Printf("  %s %s\n", deepest.Time, deepest.Msg)
	for i, f := range deepest.Stack {
		fmt.Printf("  %s└ %s\n", strings.Repeat(" ", i*2), f)
	}

	// Stop early: first entry after 08:03.
	for e := range Entries(appLog) {
		if e.Time > "08:03:00" {
			fmt.Printf("\nfirst entry after 08:03: [%s] %s\n", e.Level, e.Msg)
			break
		}
	}
}
