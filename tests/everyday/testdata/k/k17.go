package main

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

var layouts = []string{
	time.RFC3339,
	"2006-01-02 15:04:05",
	"02/01/2006 15:04",
	"Jan 2, 2006 3:04 PM",
	time.RFC1123Z,
	"20060102T150405",
}

func parseAny(s string, loc *time.Location) (time.Time, string, error) {
	var firstErr error
	for _, l := range layouts {
		t, err := time.ParseInLocation(l, s, loc)
		if err == nil {
			return t, l, nil
		}
		if firstErr == nil {
			firstErr = err
		}
	}
	return time.Time{}, "", fmt.Errorf("no layout matched %q: %w", s, firstErr)
}

type event struct {
	user string
	at   time.Time
}

func main() {
	est := time.FixedZone("EST", -5*3600)
	raw := []struct{ user, ts string }{
		{"u1", "2024-03-08T09:15:00Z"},
		{"u2", "2024-03-08 04:20:10"},
		{"u1", "08/03/2024 09:40"},
		{"u3", "Mar 8, 2024 11:05 AM"},
		{"u1", "Fri, 08 Mar 2024 04:35:00 -0500"},
		{"u2", "20240308T043000"},
		{"u3", "2024-03-08T16:45:00+00:00"},
		{"u2", "yesterday at noon"},
		{"u1", "2024-03-08T14:02:30Z"},
		{"u3", "2024-03-08 11:20:00"},
	}

	var events []event
	for _, r := range raw {
		t, layout, err := parseAny(r.ts, est)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		fmt.Printf("%-3s %-34q -> %s  via %q\n", r.user, r.ts, t.UTC().Format(time.RFC3339), layout)
		events = append(events, event{r.user, t.UTC()})
	}

	slices.SortFunc(events, func(a, b event) int {
		if c := strings.Compare(a.user, b.user); c != 0 {
			return c
		}
		return a.at.Compare(b.at)
	})

	const gap = 45 * time.Minute
	fmt.Printf("\nSessions (gap > %v starts a new session):\n", gap)
	for i := 0; i < len(events); {
		j := i
		sessions := 0
		var longest time.Duration
		for j < len(events) && events[j].user == events[i].user {
			start := j
			for j+1 < len(events) && events[j+1].user == events[i].user && events[j+1].at.Sub(events[j].at) <= gap {
				j++
			}
			sessions++
			d := events[j].at.Sub(events[start].at)
			longest = max(longest, d)
			fmt.Printf("  %s session %d: %s-%s (%v, %d events)\n", events[i].user, sessions,
				events[start].at.Format("15:04"), events[j].at.Format("15:04"), d, j-start+1)
			j++
		}
		fmt.Printf("  %s total sessions=%d longest=%v\n", events[i].user, sessions, longest)
		i = j
	}

	first, last := events[0].at, events[0].at
	for _, e := range events {
		if e.at.Before(first) {
			first = e.at
		}
		if e.at.After(last) {
			last = e.at
		}
	}
	fmt.Printf("\nwindow %s .. %s = %s\n", first.Format(time.Kitchen), last.Format(time.Kitchen), last.Sub(first).Round(time.Minute))
	fmt.Println("in EST:", first.In(est).Format("Mon Jan 2 15:04 MST"), "/", last.In(est).Format("15:04 MST"))
	fmt.Println("truncated to hour:", last.Truncate(time.Hour).Format(time.TimeOnly), "rounded:", last.Round(time.Hour).Format(time.TimeOnly))
}
