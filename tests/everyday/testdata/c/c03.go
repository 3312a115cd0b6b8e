// Process a raw event log and report anomalies through log/slog.
package main

import (
	"cmp"
	"fmt"
	"log/slog"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
)

const rawEvents = `2024-05-01T10:00:01 login user=alice ip=10.0.0.5
2024-05-01T10:00:03 login user=bob ip=10.0.0.9
2024-05-01T10:00:04 purchase user=alice amount=42.50
2024-05-01T10:00:09 login_failed user=mallory ip=203.0.113.7
2024-05-01T10:00:10 login_failed user=mallory ip=203.0.113.7
# maintenance window comment
2024-05-01T10:00:11 login_failed user=mallory ip=203.0.113.7
2024-05-01T10:00:15 purchase user=bob amount=1200.00
2024-05-01T10:00:16 logout user=alice
2024-05-01T10:00:20 purchase user=carol amount=abc

2024-05-01T10:00:22 login user=carol ip=10.0.0.12
2024-05-01T10:00:25 purchase user=carol amount=15.25
2024-05-01T10:00:30 logout user=bob
2024-05-01T10:00:31 teleport user=dave
`

type Event struct {
	Line   int
	Stamp  string
	Kind   string
	Fields map[string]string
}

func parseLine(n int, line string) (Event, bool) {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return Event{}, false
	}
	ev := Event{Line: n, Fields: map[string]string{}}
	i := 0
	for tok := range strings.FieldsSeq(line) {
		switch i {
		case 0:
			ev.Stamp = tok
		case 1:
			ev.Kind = tok
		default:
			if k, v, ok := strings.Cut(tok, "="); ok {
				ev.Fields[k] = v
			}
		}
		i++
	}
	return ev, true
}

func newLogger() *slog.Logger {
	opts := &slog.HandlerOptions{
		Level: slog.LevelDebug,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		},
	}
	return slog.New(slog.NewTextHandler(os.Stdout, opts))
}

func main() {
	log := newLogger()
	known := map[string]bool{"login": true, "logout": true, "purchase": true, "login_failed": true}

	var events []Event
	n := 0
	for line := range strings.Lines(rawEvents) {
		n++
		if ev, ok := parseLine(n, line); ok {
			events = append(events, ev)
		}
	}
	log.Info("parsed log", "lines", n, "events", len(events))

	failures := map[string]int{}
	spend := map[string]float64{}
	sessions := map[string]bool{}
	kinds := map[string]int{}

	for _, ev := range events {
		kinds[ev.Kind]++
		user := ev.Fields["user"]
		l := log.With("line", ev.Line, "user", user)
		if !known[ev.Kind] {
			l.Warn("unknown event kind", "kind", ev.Kind)
			continue
		}
		switch ev.Kind {
		case "login":
			sessions[user] = true
			l.Debug("session opened", "ip", ev.Fields["ip"])
		case "logout":
			delete(sessions, user)
			l.Debug("session closed")
		case "login_failed":
			failures[ev.Fields["ip"]]++
			if c := failures[ev.Fields["ip"]]; c >= 3 {
				l.Error("possible brute force", "ip", ev.Fields["ip"], "attempts", c)
			}
		case "purchase":
			amt, err := strconv.ParseFloat(ev.Fields["amount"], 64)
			if err != nil {
				l.Warn("bad amount", "raw", ev.Fields["amount"], "err", err)
				continue
			}
			if !sessions[user] {
				l.Warn("purchase without session", "amount", amt)
			}
			if amt > 1000 {
				l.Info("large purchase", slog.Group("order", "amount", amt, "currency", "EUR"))
			}
			spend[user] += amt
		}
	}

	fmt.Println("--- summary ---")
	for _, k := range slices.Sorted(maps.Keys(kinds)) {
		fmt.Printf("%-13s %d\n", k, kinds[k])
	}
	type total struct {
		user string
		amt  float64
	}
	var totals []total
	for u, a := range spend {
		totals = append(totals, total{u, a})
	}
	slices.SortFunc(totals, func(a, b total) int {
		return cmp.Or(cmp.Compare(b.amt, a.amt), strings.Compare(a.user, b.user))
	})
	for i, t := range totals {
		fmt.Printf("#%d %-6s %8.2f\n", i+1, t.user, t.amt)
	}
	open := slices.Sorted(maps.Keys(sessions))
	log.Info("still logged in", "users", strings.Join(open, ","), "count", len(open))
}
