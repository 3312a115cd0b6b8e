package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
	"strings"
	"time"
)

type Event struct {
	User  string            `json:"user"`
	Type  string            `json:"type"`
	TS    time.Time         `json:"ts"`
	Props map[string]string `json:"props,omitempty"`
	Value float64           `json:"value,omitempty"`
}

const eventsJSON = `[
{"user":"u1","type":"page_view","ts":"2024-09-02T09:00:00Z","props":{"page":"home","device":"mobile"}},
{"user":"u1","type":"page_view","ts":"2024-09-02T09:02:10Z","props":{"page":"pricing","device":"mobile"}},
{"user":"u2","type":"page_view","ts":"2024-09-02T10:15:00Z","props":{"page":"home","device":"desktop"}},
{"user":"u1","type":"purchase","ts":"2024-09-02T09:05:00Z","value":49.0,"props":{"plan":"basic","device":"mobile"}},
{"user":"u3","type":"page_view","ts":"2024-09-03T11:00:00Z","props":{"page":"blog","device":"tablet"}},
{"user":"u2","type":"signup","ts":"2024-09-02T10:20:30Z","props":{"device":"desktop"}},
{"user":"u2","type":"purchase","ts":"2024-09-03T08:00:00Z","value":99.0,"props":{"plan":"pro","device":"desktop"}},
{"user":"u4","type":"page_view","ts":"2024-09-03T13:45:00Z","props":{"page":"home","device":"mobile"}},
{"user":"u3","type":"page_view","ts":"2024-09-03T11:03:00Z","props":{"page":"pricing","device":"tablet"}},
{"user":"u4","type":"signup","ts":"2024-09-04T07:30:00Z","props":{"device":"mobile"}},
{"user":"u5","type":"page_view","ts":"2024-09-04T16:10:00Z","props":{"page":"home","device":"desktop"}},
{"user":"u4","type":"purchase","ts":"2024-09-04T07:41:00Z","value":49.0,"props":{"plan":"basic","device":"mobile"}},
{"user":"u1","type":"purchase","ts":"2024-09-04T12:00:00Z","value":20.0,"props":{"plan":"addon","device":"desktop"}},
{"user":"u5","type":"page_view","ts":"2024-09-04T16:12:00Z","props":{"page":"docs","device":"desktop"}}
]`

type Counter map[string]int

func (c Counter) Sorted() []string {
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c[keys[i]] != c[keys[j]] {
			return c[keys[i]] > c[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys
}

func (c Counter) Print(title string) {
	fmt.Println(title)
	for _, k := range c.Sorted() {
		fmt.Printf("  %-10s %3d\n", k, c[k])
	}
}

func main() {
	var events []Event
	if err := json.Unmarshal([]byte(eventsJSON), &events); err != nil {
		log.Fatal(err)
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].TS.Before(events[j].TS) })
	fmt.Printf("%d events from %s to %s\n\n", len(events),
		events[0].TS.Format(time.RFC3339), events[len(events)-1].TS.Format(time.RFC3339))

	types, devices, pages := Counter{}, Counter{}, Counter{}
	for _, e := range events {
		types[e.Type]++
		devices[e.Props["device"]]++
		if p, ok := e.Props["page"]; ok {
			pages[p]++
		}
	}
	types.Print("event types:")
	devices.Print("devices:")
	pages.Print("pages viewed:")

	// Daily revenue and active users: resample("D")
	type day struct {
		users   map[string]bool
		revenue float64
		events  int
	}
	days := map[string]*day{}
	for _, e := range events {
		k := e.TS.Format("2006-01-02")
		d := days[k]
		if d == nil {
			d = &day{users: map[string]bool{}}
			days[k] = d
		}
		d.users[e.User] = true
		d.revenue += e.Value
		d.events++
	}
	var dk []string
	for k := range days {
		dk = append(dk, k)
	}
	sort.Strings(dk)
	fmt.Println("\ndaily:")
	for _, k := range dk {
		d := days[k]
		us := make([]string, 0, len(d.users))
		for u := range d.users {
			us = append(us, u)
		}
		sort.Strings(us)
		fmt.Printf("  %s events=%2d dau=%d revenue=%6.2f users=[%s]\n", k, d.events, len(us), d.revenue, strings.Join(us, ","))
	}

	// Serialize an aggregate back to JSON (df.to_json analogue); map keys are sorted by encoding/json.
	perUser := map[string]float64{}
	for _, e := range events {
		if e.Type == "purchase" {
			perUser[e.User] += e.Value
		}
	}
	out, err := json.MarshalIndent(perUser, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("\nrevenue per user JSON:")
	fmt.Println(string(out))
}
