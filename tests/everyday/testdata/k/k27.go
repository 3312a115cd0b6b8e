package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

const stream = `{"ts":"2024-09-01T10:00:00Z","type":"page_view","user":"a","props":{"path":"/"}}
{"ts":"2024-09-01T10:00:05Z","type":"page_view","user":"b","props":{"path":"/pricing"}}
{"ts":"2024-09-01T10:01:12Z","type":"signup","user":"b","props":{"plan":"pro","seats":3}}
{"ts":"2024-09-01T10:02:00Z","type":"page_view","user":"c","props":{"path":"/docs"}}
{"ts":"2024-09-01T10:02:30Z","type":"purchase","user":"b","props":{"amount":147.0,"currency":"USD"}}
{"ts":"not-a-time","type":"page_view","user":"d","props":{}}
{"ts":"2024-09-01T10:03:10Z","type":"page_view","user":"a","props":{"path":"/pricing"}}
{"ts":"2024-09-01T10:04:00Z","type":"signup","user":"a","props":{"plan":"basic","seats":1}}
{"ts":"2024-09-01T10:05:45Z","type":"purchase","user":"a","props":{"amount":19.5,"currency":"USD"}}
{"ts":"2024-09-01T10:06:00Z","type":"refund","user":"b","props":{"amount":49.0}}
{"ts":"2024-09-01T10:07:00Z","type":"page_view","user":"c","props":{"path":"/docs/api"}}`

type Event struct {
	TS    time.Time       `json:"ts"`
	Type  string          `json:"type"`
	User  string          `json:"user"`
	Props json.RawMessage `json:"props"`
}

type PageView struct {
	Path string `json:"path"`
}
type Signup struct {
	Plan  string `json:"plan"`
	Seats int    `json:"seats"`
}
type Purchase struct {
	Amount   float64 `json:"amount"`
	Currency string  `json:"currency"`
}

func main() {
	dec := json.NewDecoder(strings.NewReader(stream))
	var (
		lineNo    int
		bad       []string
		pathHits  = map[string]int{}
		plans     = map[string]int{}
		revenue   float64
		firstSeen = map[string]time.Time{}
		converted = map[string]time.Duration{}
	)
	for {
		lineNo++
		var ev Event
		err := dec.Decode(&ev)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var pe *time.ParseError
			if errors.As(err, &pe) {
				bad = append(bad, fmt.Sprintf("event %d: bad timestamp %q", lineNo, pe.Value))
				continue // decoder has consumed the value; keep going
			}
			fmt.Println("fatal decode error:", err)
			return
		}
		if _, ok := firstSeen[ev.User]; !ok {
			firstSeen[ev.User] = ev.TS
		}
		switch ev.Type {
		case "page_view":
			var p PageView
			if err := json.Unmarshal(ev.Props, &p); err == nil {
				pathHits[p.Path]++
			}
		case "signup":
			var s Signup
			if err := json.Unmarshal(ev.Props, &s); err == nil {
				plans[s.Plan] += s.Seats
			}
		case "purchase":
			var p Purchase
			if err := json.Unmarshal(ev.Props, &p); err == nil {
				revenue += p.Amount
				converted[ev.User] = ev.TS.Sub(firstSeen[ev.User])
			}
		default:
			bad = append(bad, fmt.Sprintf("event %d: unhandled type %q props=%s", lineNo, ev.Type, ev.Props))
		}
	}

	fmt.Println("Page views:")
	paths := slices.Sorted(func(yield func(string) bool) {
		for p := range pathHits {
			if !yield(p) {
				return
			}
		}
	})
	for _, p := range paths {
		fmt.Printf("  %-12s %d\n", p, pathHits[p])
	}
	fmt.Println("Seats by plan:", plans)
	fmt.Printf("Gross revenue: $%.2f\n", revenue)
	users := make([]string, 0, len(converted))
	for u := range converted {
		users = append(users, u)
	}
	slices.Sort(users)
	for _, u := range users {
		fmt.Printf("  user %s converted after %v\n", u, converted[u])
	}
	fmt.Printf("Conversion: %d/%d users\n", len(converted), len(firstSeen))
	fmt.Println("Problems:")
	for _, b := range bad {
		fmt.Println("  " + b)
	}

	summary := struct {
		Revenue   float64        `json:"revenue"`
		Plans     map[string]int `json:"plans"`
		Converted int            `json:"converted"`
		Errors    int            `json:"errors,omitempty"`
	}{revenue, plans, len(converted), len(bad)}
	out, _ := json.Marshal(summary)
	fmt.Println(string(out))
}
