// h20: sessionize clickstream events per user with a 30-minute inactivity gap.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

const clicks = `alice 2024-04-02T09:00:00Z /home
bob   2024-04-02T09:05:00Z /home
alice 2024-04-02T09:02:30Z /products
alice 2024-04-02T09:10:00Z /cart
bob   2024-04-02T09:50:00Z /products
alice 2024-04-02T10:05:00Z /home
carol 2024-04-02T11:00:00Z /blog
alice 2024-04-02T10:06:10Z /cart
alice 2024-04-02T10:07:00Z /checkout
bob   2024-04-02T09:51:00Z /cart
bob   2024-04-02T10:40:00Z /home
carol 2024-04-02T11:29:59Z /blog/post-1
carol 2024-04-02T12:00:00Z /blog/post-2
alice 2024-04-02T10:08:00Z /thanks`

type event struct {
	user string
	at   time.Time
	path string
}

type session struct {
	user       string
	start, end time.Time
	pages      []string
}

func (s session) duration() time.Duration { return s.end.Sub(s.start) }

func sessionize(events []event, gap time.Duration) []session {
	slices.SortStableFunc(events, func(a, b event) int {
		return cmp.Or(strings.Compare(a.user, b.user), a.at.Compare(b.at))
	})
	var out []session
	for _, e := range events {
		n := len(out)
		if n > 0 && out[n-1].user == e.user && e.at.Sub(out[n-1].end) <= gap {
			out[n-1].end = e.at
			out[n-1].pages = append(out[n-1].pages, e.path)
			continue
		}
		out = append(out, session{user: e.user, start: e.at, end: e.at, pages: []string{e.path}})
	}
	return out
}

func main() {
	var events []event
	for line := range strings.Lines(clicks) {
		f := strings.Fields(line)
		t, err := time.Parse(time.RFC3339, f[1])
		if err != nil {
			panic(err)
		}
		events = append(events, event{f[0], t, f[2]})
	}

	sessions := sessionize(events, 30*time.Minute)
	fmt.Printf("%d events -> %d sessions\n\n", len(events), len(sessions))
	for i, s := range sessions {
		fmt.Printf("S%02d %-5s %s-%s %8v  %s\n", i+1, s.user, s.start.Format("15:04:05"),
			s.end.Format("15:04:05"), s.duration(), strings.Join(s.pages, " > "))
	}

	// Funnel: how many sessions reached each step in order.
	funnel := []string{"/home", "/cart", "/checkout", "/thanks"}
	reached := make([]int, len(funnel))
	for _, s := range sessions {
		step := 0
		for _, p := range s.pages {
			// Steps must occur in order but other pages may be interleaved.
			if step < len(funnel) && p == funnel[step] {
				reached[step]++
				step++
			}
		}
	}
	fmt.Println("\nfunnel:")
	for i, step := range funnel {
		rate := 100.0
		if i > 0 {
			rate = 0
			if reached[i-1] > 0 {
				rate = 100 * float64(reached[i]) / float64(reached[i-1])
			}
		}
		fmt.Printf("  %-10s %d (%.0f%% of previous)\n", step, reached[i], rate)
	}

	// Per-user summary, bounce = single-page session.
	type summary struct {
		sessions, bounces int
		total             time.Duration
	}
	per := map[string]*summary{}
	for _, s := range sessions {
		if per[s.user] == nil {
			per[s.user] = &summary{}
		}
		p := per[s.user]
		p.sessions++
		p.total += s.duration()
		if len(s.pages) == 1 {
			p.bounces++
		}
	}
	users := slices.Sorted(func(yield func(string) bool) {
		for u := range per {
			if !yield(u) {
				return
			}
		}
	})
	fmt.Println("\nuser   sessions bounces avg_duration")
	for _, u := range users {
		p := per[u]
		fmt.Printf("%-6s %8d %7d %12v\n", u, p.sessions, p.bounces, (p.total / time.Duration(p.sessions)).Round(time.Second))
	}
}
